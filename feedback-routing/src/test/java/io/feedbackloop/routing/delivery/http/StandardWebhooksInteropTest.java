package io.feedbackloop.routing.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.internal.http.Signer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Our signatures against the specification's reference Java library ({@code
 * com.standardwebhooks:standardwebhooks}), both ways. The reference verifier reads the system
 * clock, so the channel's clock is set to the current second for those checks.
 */
class StandardWebhooksInteropTest {
  private static final WebhookSecret OLD = WebhookSecret.generate();
  private static final WebhookSecret NEW = WebhookSecret.generate();

  private final LocalServer server = LocalServer.start();
  private final MutableClock clock = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));

  @AfterEach
  void stop() {
    server.close();
  }

  private WebhookChannel channel(WebhookSecret... secrets) {
    WebhookChannel.Builder b =
        WebhookChannel.builder()
            .url(server.uri("/in"))
            .config(
                HttpChannelConfig.builder()
                    .clock(clock)
                    .urlPolicy(UrlPolicy.builder().allowHttp().allowLoopback().build())
                    .build());
    for (WebhookSecret s : secrets) {
      b.secret(s);
    }
    return b.build();
  }

  @Test
  void theReferenceLibraryVerifiesWhatOurChannelSends() throws Exception {
    assertThat(channel(NEW).deliver(TestMessages.detractor("case-42-notify")))
        .isEqualTo(DeliveryResult.delivered());
    LocalServer.Received r = server.last();
    String body = new String(r.body(), StandardCharsets.UTF_8);

    assertThatCode(() -> new Webhook(NEW.encoded()).verify(body, r.headers()))
        .doesNotThrowAnyException();
    assertThat(r.header("webhook-signature"))
        .isEqualTo(
            new Webhook(NEW.encoded())
                .sign("case-42-notify", clock.instant().getEpochSecond(), body));
    assertThatThrownBy(() -> new Webhook(OLD.encoded()).verify(body, r.headers()))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> new Webhook(NEW.encoded()).verify(body + " ", r.headers()))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void duringKeyRotationTheReferenceLibraryAcceptsEitherSecret() throws Exception {
    channel(OLD, NEW).deliver(TestMessages.detractor("k-rotation"));
    LocalServer.Received r = server.last();
    String body = new String(r.body(), StandardCharsets.UTF_8);

    assertThat(r.header("webhook-signature").split(" "))
        .hasSize(2)
        .allMatch(s -> s.startsWith("v1,"));
    assertThatCode(() -> new Webhook(OLD.encoded()).verify(body, r.headers()))
        .doesNotThrowAnyException();
    assertThatCode(() -> new Webhook(NEW.encoded()).verify(body, r.headers()))
        .doesNotThrowAnyException();
  }

  @Test
  void ourVerifierAcceptsWhatTheReferenceLibrarySigns() throws Exception {
    String body = "{\"type\":\"ping\",\"text\":\"Hallå ✓\"}";
    long ts = clock.instant().getEpochSecond();
    String signature = new Webhook(NEW.encoded()).sign("msg_1", ts, body);
    Map<String, List<String>> headers =
        Map.of(
            "webhook-id", List.of("msg_1"),
            "webhook-timestamp", List.of(Long.toString(ts)),
            "webhook-signature", List.of(signature));
    WebhookVerifier verifier =
        WebhookVerifier.builder().secret(OLD).secret(NEW).clock(clock).build();

    assertThat(verifier.verify(headers, body.getBytes(StandardCharsets.UTF_8))).isEqualTo("msg_1");
    assertThat(Signer.sign(NEW.key(), "msg_1", ts, body.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(signature);
    clock.advance(Duration.ofMinutes(6));
    assertThatThrownBy(() -> verifier.verify(headers, body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(io.feedbackloop.routing.delivery.http.WebhookVerificationException.class)
        .hasMessageStartingWith("webhook rejected: webhook-timestamp is 360 s old");
  }
}
