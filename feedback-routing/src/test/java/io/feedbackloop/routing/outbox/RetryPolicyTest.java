package io.feedbackloop.routing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** Always draws the largest allowed value. */
  private static final RandomGenerator MAX =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
          return bound - 1;
        }
      };

  /** Always draws zero. */
  private static final RandomGenerator ZERO =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return 0;
        }

        @Override
        public long nextLong(long bound) {
          return 0;
        }
      };

  @Test
  void theCeilingDoublesFromTheBaseUpToTheCap() {
    RetryPolicy p =
        RetryPolicy.builder().baseDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(20))
            .build();

    assertThat(p.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.ceiling(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.ceiling(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(p.ceiling(5)).isEqualTo(Duration.ofSeconds(16));
    assertThat(p.ceiling(6)).isEqualTo(Duration.ofSeconds(20));
    assertThat(p.ceiling(64)).isEqualTo(Duration.ofSeconds(20));
    assertThat(p.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void theCeilingNeverOverflowsWithAHugeCap() {
    RetryPolicy p =
        RetryPolicy.builder().baseDelay(Duration.ofDays(1)).maxDelay(Duration.ofDays(100_000))
            .build();

    assertThat(p.ceiling(17)).isEqualTo(Duration.ofDays(65_536));
    assertThat(p.ceiling(18)).isEqualTo(Duration.ofDays(100_000));
    assertThat(p.ceiling(40)).isEqualTo(Duration.ofDays(100_000));
  }

  @Test
  void fullJitterStaysWithinZeroAndTheCeilingAndSpreadsOverIt() {
    long seed = Long.getLong("feedback.seed", System.nanoTime());
    RetryPolicy p =
        RetryPolicy.builder()
            .baseDelay(Duration.ofSeconds(1))
            .maxDelay(Duration.ofMinutes(1))
            .random(new Random(seed))
            .build();
    for (int attempt = 1; attempt <= 10; attempt++) {
      Duration ceiling = p.ceiling(attempt);
      Duration min = ceiling;
      Duration max = Duration.ZERO;
      for (int i = 0; i < 500; i++) {
        Duration d = p.backoff(attempt);
        assertThat(d).as("seed %d, attempt %d", seed, attempt)
            .isBetween(Duration.ZERO, ceiling);
        min = d.compareTo(min) < 0 ? d : min;
        max = d.compareTo(max) > 0 ? d : max;
      }
      assertThat(min).as("seed %d", seed).isLessThan(ceiling.dividedBy(10));
      assertThat(max).as("seed %d", seed).isGreaterThan(ceiling.multipliedBy(9).dividedBy(10));
    }
  }

  @Test
  void theBoundsOfTheJitterAreReachable() {
    RetryPolicy high = RetryPolicy.builder().random(MAX).build();
    RetryPolicy low = RetryPolicy.builder().random(ZERO).build();

    assertThat(high.backoff(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(low.backoff(3)).isEqualTo(Duration.ZERO);
    assertThat(RetryPolicy.builder().baseDelay(Duration.ZERO).random(MAX).build().backoff(4))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void retryAfterIsALowerBound() {
    RetryPolicy p = RetryPolicy.builder().random(MAX).maxDelay(Duration.ofMinutes(1)).build();

    assertThat(p.nextAttempt(NOW, 1, Optional.of(Duration.ofMinutes(10))))
        .isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    assertThat(p.nextAttempt(NOW, 3, Optional.of(Duration.ofSeconds(1))))
        .isEqualTo(NOW.plusSeconds(4));
    assertThat(p.nextAttempt(NOW, 3, Optional.empty())).isEqualTo(NOW.plusSeconds(4));
  }

  @Test
  void mayRetryUntilTheAttemptsAreUsedUp() {
    RetryPolicy p = RetryPolicy.builder().maxAttempts(3).build();

    assertThat(p.mayRetry(2)).isTrue();
    assertThat(p.mayRetry(3)).isFalse();
    assertThat(p.maxAttempts()).isEqualTo(3);
  }

  @Test
  void defaults() {
    RetryPolicy p = RetryPolicy.ofDefaults();

    assertThat(p.baseDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.maxDelay()).isEqualTo(Duration.ofMinutes(15));
    assertThat(p.maxAttempts()).isEqualTo(8);
    assertThat(p).hasToString("RetryPolicy[base=PT1S, max=PT15M, maxAttempts=8]");
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(-3))
        .hasMessage("maxAttempts must be > 0, but was -3");
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(-1)))
        .hasMessage("baseDelay must be >= 0, but was PT-1S");
    assertThatThrownBy(() -> RetryPolicy.builder().maxDelay(Duration.ofSeconds(-1)))
        .hasMessage("maxDelay must be >= 0, but was PT-1S");
    assertThatThrownBy(
            () -> RetryPolicy.builder().baseDelay(Duration.ofMinutes(2))
                .maxDelay(Duration.ofMinutes(1)).build())
        .hasMessage("baseDelay must be <= maxDelay (PT1M), but was PT2M");
    assertThatThrownBy(() -> RetryPolicy.ofDefaults().backoff(0))
        .hasMessage("failedAttempts must be > 0, but was 0");
  }
}
