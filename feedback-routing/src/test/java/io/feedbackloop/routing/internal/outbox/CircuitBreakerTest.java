package io.feedbackloop.routing.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.routing.internal.outbox.CircuitBreaker.State;
import io.feedbackloop.routing.outbox.CircuitBreakerConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration COOL_DOWN = Duration.ofSeconds(30);

  private final CircuitBreaker breaker =
      new CircuitBreaker(
          CircuitBreakerConfig.builder().failureThreshold(3).coolDown(COOL_DOWN).build());

  @Test
  void opensAfterTheThresholdOfConsecutiveFailures() {
    assertThat(breaker.tryAcquire(T0)).isNull();
    breaker.onFailure(T0);
    breaker.onFailure(T0);
    assertThat(breaker.state()).isEqualTo(State.CLOSED);
    assertThat(breaker.failures()).isEqualTo(2);
    assertThat(breaker.tryAcquire(T0)).isNull();

    breaker.onFailure(T0.plusSeconds(1));

    assertThat(breaker.state()).isEqualTo(State.OPEN);
    assertThat(breaker.tryAcquire(T0.plusSeconds(2))).isEqualTo(T0.plusSeconds(31));
    assertThat(breaker.tryAcquire(T0.plusSeconds(30).plusMillis(999)))
        .isEqualTo(T0.plusSeconds(31));
  }

  @Test
  void aSuccessResetsTheCount() {
    breaker.onFailure(T0);
    breaker.onFailure(T0);
    breaker.onSuccess();
    breaker.onFailure(T0);
    breaker.onFailure(T0);

    assertThat(breaker.state()).isEqualTo(State.CLOSED);
    assertThat(breaker.failures()).isEqualTo(2);
  }

  @Test
  void afterTheCoolDownOneTrialGoesThroughAndItsSuccessCloses() {
    open();

    assertThat(breaker.tryAcquire(T0.plus(COOL_DOWN))).isNull();
    assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
    assertThat(breaker.tryAcquire(T0.plus(COOL_DOWN).plusSeconds(1)))
        .as("only one trial at a time")
        .isEqualTo(T0.plus(COOL_DOWN).plus(COOL_DOWN));

    breaker.onSuccess();

    assertThat(breaker.state()).isEqualTo(State.CLOSED);
    assertThat(breaker.failures()).isZero();
    assertThat(breaker.tryAcquire(T0.plus(COOL_DOWN).plusSeconds(2))).isNull();
  }

  @Test
  void aFailedTrialOpensForAnotherCoolDown() {
    open();
    Instant trial = T0.plus(COOL_DOWN).plusSeconds(5);
    assertThat(breaker.tryAcquire(trial)).isNull();

    breaker.onFailure(trial.plusSeconds(1));

    assertThat(breaker.state()).isEqualTo(State.OPEN);
    assertThat(breaker.tryAcquire(trial.plusSeconds(2))).isEqualTo(trial.plusSeconds(31));
  }

  @Test
  void aTrialWhoseOutcomeNeverCameIsReplacedAfterACoolDown() {
    open();
    assertThat(breaker.tryAcquire(T0.plus(COOL_DOWN))).isNull();

    assertThat(breaker.tryAcquire(T0.plus(COOL_DOWN).plus(COOL_DOWN))).isNull();
    assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
  }

  @Test
  void aLateFailureWhileOpenDoesNotExtendTheCoolDown() {
    open();
    breaker.onFailure(T0.plusSeconds(10));

    assertThat(breaker.tryAcquire(T0.plusSeconds(11))).isEqualTo(T0.plus(COOL_DOWN));
  }

  @Test
  void configIsChecked() {
    assertThatThrownBy(() -> CircuitBreakerConfig.builder().failureThreshold(0))
        .hasMessage("failureThreshold must be > 0, but was 0");
    assertThatThrownBy(() -> CircuitBreakerConfig.builder().coolDown(Duration.ZERO))
        .hasMessage("coolDown must be > 0, but was PT0S");
    assertThat(CircuitBreakerConfig.ofDefaults().failureThreshold()).isEqualTo(5);
    assertThat(CircuitBreakerConfig.ofDefaults().coolDown()).isEqualTo(Duration.ofSeconds(30));
    assertThat(CircuitBreakerConfig.disabled().failureThreshold()).isEqualTo(Integer.MAX_VALUE);
  }

  private void open() {
    for (int i = 0; i < 3; i++) {
      breaker.onFailure(T0);
    }
    assertThat(breaker.state()).isEqualTo(State.OPEN);
  }
}
