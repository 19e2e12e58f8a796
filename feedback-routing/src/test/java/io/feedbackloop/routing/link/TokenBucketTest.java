package io.feedbackloop.routing.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.internal.link.TokenBucket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void startsFullRefillsAtTheRateAndNeverAboveCapacity() {
    TokenBucket b = new TokenBucket(60, 2, T0);
    assertThat(b.tryTake(T0)).isTrue();
    assertThat(b.tryTake(T0)).isTrue();
    assertThat(b.tryTake(T0)).isFalse();
    assertThat(b.available(T0.plusMillis(500))).isEqualTo(0.5);
    assertThat(b.tryTake(T0.plusMillis(999))).isFalse();
    assertThat(b.tryTake(T0.plusMillis(1999))).isTrue();
    assertThat(b.available(T0.plus(Duration.ofHours(1)))).isEqualTo(2.0);
    assertThat(b.available(T0.plus(Duration.ofDays(400 * 365)))).as("no overflow").isEqualTo(2.0);
  }

  @Test
  void aClockSteppingBackNeitherAddsNorTakesAndAPermitCanBeGivenBack() {
    TokenBucket b = new TokenBucket(60, 1, T0);
    assertThat(b.tryTake(T0)).isTrue();
    assertThat(b.tryTake(T0.minusSeconds(30))).isFalse();
    b.giveBack();
    b.giveBack();
    assertThat(b.available(T0)).as("capped").isEqualTo(1.0);
  }
}
