package io.feedbackloop.routing.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.outbox.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final RetryPolicy POLICY =
      RetryPolicy.builder()
          .maxAttempts(3)
          .random(
              new RandomGenerator() {
                @Override
                public long nextLong() {
                  return 0;
                }

                @Override
                public long nextLong(long bound) {
                  return bound - 1;
                }
              })
          .build();

  @Test
  void deliveredIsDone() {
    assertThat(Outcome.of(DeliveryResult.delivered("ref-1"), 2, NOW, POLICY))
        .isEqualTo(new Outcome.Delivered());
  }

  @Test
  void permanentIsDeadAtOnce() {
    assertThat(Outcome.of(DeliveryResult.permanent("HTTP 410"), 0, NOW, POLICY))
        .isEqualTo(new Outcome.Dead(1, "permanent: HTTP 410"));
  }

  @Test
  void retryableIsRetriedWithBackoffWhileAttemptsRemain() {
    assertThat(Outcome.of(DeliveryResult.retryable("HTTP 503"), 1, NOW, POLICY))
        .isEqualTo(new Outcome.Retry(2, NOW.plusSeconds(2), "retryable: HTTP 503"));
  }

  @Test
  void retryAfterBoundsTheNextAttemptFromBelow() {
    assertThat(
            Outcome.of(DeliveryResult.retryAfter("HTTP 429", Duration.ofMinutes(5)), 0, NOW,
                POLICY))
        .isEqualTo(
            new Outcome.Retry(1, NOW.plus(Duration.ofMinutes(5)),
                "retryable: HTTP 429 (retry after PT5M)"));
  }

  @Test
  void ambiguousIsRetried() {
    assertThat(Outcome.of(DeliveryResult.ambiguous("read timeout"), 0, NOW, POLICY))
        .isEqualTo(new Outcome.Retry(1, NOW.plusSeconds(1), "ambiguous: read timeout"));
  }

  @Test
  void theLastAllowedAttemptFailingIsDead() {
    assertThat(Outcome.of(DeliveryResult.retryable("HTTP 503"), 2, NOW, POLICY))
        .isEqualTo(new Outcome.Dead(3, "retryable: HTTP 503 (gave up after 3 attempts)"));
    assertThat(Outcome.of(DeliveryResult.ambiguous("timeout"), 2, NOW, POLICY))
        .isEqualTo(new Outcome.Dead(3, "ambiguous: timeout (gave up after 3 attempts)"));
  }
}
