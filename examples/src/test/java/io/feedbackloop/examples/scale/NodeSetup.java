package io.feedbackloop.examples.scale;

import io.feedbackloop.examples.scenarios.SharedPostgresLoop;
import io.feedbackloop.routing.delivery.http.HttpChannelConfig;
import io.feedbackloop.routing.delivery.http.UrlPolicy;
import io.feedbackloop.routing.delivery.http.WebhookChannel;
import io.feedbackloop.routing.delivery.http.WebhookSecret;
import io.feedbackloop.routing.loop.FeedbackLoop;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * How every node of the multi-node run builds its {@link FeedbackLoop}: the shared configuration
 * of {@link SharedPostgresLoop#nodeBuilder} plus what is the node's own, namely signed webhooks
 * to the test's receiver for the staff ({@code /staff}) and customer ({@code /email}) channels, its
 * clock, node id and lease.
 */
final class NodeSetup {
  /** The secret every node signs with (a test value, 32 bytes). */
  static final WebhookSecret SECRET =
      WebhookSecret.of("whsec_bXVsdGktbm9kZS10ZXN0LXNlY3JldC0zMi1ieXRlcyE=");

  private NodeSetup() {}

  static FeedbackLoop loop(
      DataSource dataSource,
      String prefix,
      String nodeId,
      URI receiver,
      Duration lease,
      Duration firstContact,
      Clock clock) {
    HttpChannelConfig http =
        HttpChannelConfig.builder()
            .urlPolicy(UrlPolicy.builder().allowHttp().allowLoopback().build())
            .clock(clock)
            .build();
    return SharedPostgresLoop.nodeBuilder(dataSource, prefix, firstContact)
        .channel("staff", webhook(receiver.resolve("/staff"), http))
        .channel("email", webhook(receiver.resolve("/email"), http))
        .nodeId(nodeId)
        .leaseLength(lease)
        .clock(clock)
        .build();
  }

  private static WebhookChannel webhook(URI url, HttpChannelConfig config) {
    return WebhookChannel.builder().url(url).secret(SECRET).config(config).build();
  }
}
