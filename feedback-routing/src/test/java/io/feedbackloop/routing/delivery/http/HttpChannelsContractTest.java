package io.feedbackloop.routing.delivery.http;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryChannelContract;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/** The webhook, Slack and Teams channels against the channel contract, on a real local server. */
class HttpChannelsContractTest {
  private static final WebhookSecret SECRET =
      WebhookSecret.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

  private static HttpChannelConfig config() {
    return HttpChannelConfig.builder()
        .urlPolicy(UrlPolicy.builder().allowHttp().allowLoopback().build())
        .clock(MutableClock.at("2026-03-02T09:00:00Z"))
        .build();
  }

  /** Runs the contract on a fresh local server per test. */
  abstract static class OnLocalServer extends DeliveryChannelContract {
    @SuppressWarnings("NullAway.Init")
    LocalServer server;

    @BeforeEach
    void start() {
      server = LocalServer.start();
    }

    @AfterEach
    void stop() {
      server.close();
    }

    @Override
    protected Message deliverable(String key) {
      return Message.builder()
          .tenant(TENANT)
          .recipient(Recipient.team("support"))
          .idempotencyKey(key)
          .subject("Detractor on post-delivery")
          .text("Score 3: late parcel")
          .metadata("score", "3")
          .build();
    }
  }

  @Nested
  class Webhook extends OnLocalServer {
    @Override
    protected DeliveryChannel channel() {
      return WebhookChannel.builder().url(server.uri("/hook")).secret(SECRET).config(config()).build();
    }

    /** Standard Webhooks: the receiver sees the idempotency key as {@code webhook-id}. */
    @Override
    protected @Nullable List<String> received() {
      List<String> ids = new ArrayList<>();
      for (LocalServer.Received r : server.received()) {
        ids.add(r.header("webhook-id"));
      }
      return ids;
    }
  }

  @Nested
  class Slack extends OnLocalServer {
    @Override
    protected DeliveryChannel channel() {
      return SlackChannel.of(server.uri("/services/T000/B000/XXXX"), config());
    }

    /** Slack has no id header: count the posts (each message once, by its text). */
    @Override
    protected @Nullable List<String> received() {
      return null;
    }
  }

  @Nested
  class Teams extends OnLocalServer {
    @Override
    protected DeliveryChannel channel() {
      return TeamsChannel.of(server.uri("/workflows/abc"), config());
    }

    @Override
    protected @Nullable List<String> received() {
      return null;
    }
  }
}
