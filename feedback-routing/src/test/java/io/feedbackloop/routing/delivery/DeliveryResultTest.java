package io.feedbackloop.routing.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryResultTest {

  @Test
  void factoriesBuildTheMatchingKinds() {
    assertThat(DeliveryResult.delivered()).isEqualTo(new DeliveryResult.Delivered(Optional.empty()));
    assertThat(DeliveryResult.delivered("msg-9"))
        .isEqualTo(new DeliveryResult.Delivered(Optional.of("msg-9")));
    assertThat(DeliveryResult.delivered(null)).isEqualTo(DeliveryResult.delivered());
    assertThat(DeliveryResult.retryable("HTTP 500"))
        .isEqualTo(new DeliveryResult.Retryable("HTTP 500", Optional.empty()));
    assertThat(DeliveryResult.retryAfter("HTTP 429", Duration.ofSeconds(7)))
        .isEqualTo(new DeliveryResult.Retryable("HTTP 429", Optional.of(Duration.ofSeconds(7))));
    assertThat(DeliveryResult.permanent("HTTP 400")).isEqualTo(new DeliveryResult.Permanent("HTTP 400"));
    assertThat(DeliveryResult.ambiguous("timeout")).isEqualTo(new DeliveryResult.Ambiguous("timeout"));
  }

  @Test
  void describeSaysWhatHappened() {
    assertThat(DeliveryResult.delivered().describe()).isEqualTo("delivered");
    assertThat(DeliveryResult.delivered("msg-9").describe()).isEqualTo("delivered (msg-9)");
    assertThat(DeliveryResult.retryable("HTTP 500").describe()).isEqualTo("retryable: HTTP 500");
    assertThat(DeliveryResult.retryAfter("HTTP 429", Duration.ofSeconds(7)).describe())
        .isEqualTo("retryable: HTTP 429 (retry after PT7S)");
    assertThat(DeliveryResult.permanent("HTTP 400").describe()).isEqualTo("permanent: HTTP 400");
    assertThat(DeliveryResult.ambiguous("timeout").describe()).isEqualTo("ambiguous: timeout");
  }

  @Test
  void aNegativeRetryAfterIsRefused() {
    assertThatThrownBy(() -> DeliveryResult.retryAfter("x", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retryAfter must be >= 0, but was PT-1S");
    assertThat(DeliveryResult.retryAfter("x", Duration.ZERO)).isNotNull();
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullPartsAreRefused() {
    assertThatThrownBy(() -> DeliveryResult.permanent(null)).hasMessage("reason must not be null");
    assertThatThrownBy(() -> DeliveryResult.ambiguous(null)).hasMessage("reason must not be null");
    assertThatThrownBy(() -> DeliveryResult.retryable(null)).hasMessage("reason must not be null");
    assertThatThrownBy(() -> new DeliveryResult.Retryable("x", null))
        .hasMessage("retryAfter must not be null");
    assertThatThrownBy(() -> new DeliveryResult.Delivered(null))
        .hasMessage("reference must not be null");
  }

  @Test
  void stockChannelsReportDelivered() {
    Message m =
        Message.builder()
            .tenant(TenantId.of("t"))
            .recipient(Recipient.team("support"))
            .idempotencyKey("k")
            .text("x")
            .build();
    assertThat(DeliveryChannel.noop().deliver(m)).isEqualTo(DeliveryResult.delivered());
    assertThat(DeliveryChannel.logging().deliver(m)).isEqualTo(DeliveryResult.delivered());
    assertThat(DeliveryChannel.noop().endpoint(m)).isEqualTo("default");
    assertThat(DeliveryChannel.logging()).hasToString("LoggingChannel");
  }
}
