package io.feedbackloop.examples.demo.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimClockTest {
  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  @Test
  void movesForwardOnly() {
    SimClock clock = new SimClock(START);
    clock.advanceTo(START.plusSeconds(60));
    clock.advanceTo(START);

    assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void aZonedViewShowsTheSameMovingTimeInItsZone() {
    SimClock clock = new SimClock(START);
    ZoneId stockholm = ZoneId.of("Europe/Stockholm");
    Clock view = clock.withZone(stockholm);

    clock.advanceTo(START.plusSeconds(3_600));

    assertThat(view.getZone()).isEqualTo(stockholm);
    assertThat(view.instant()).isEqualTo(START.plusSeconds(3_600));
    assertThat(view.withZone(ZoneOffset.UTC)).isSameAs(clock);
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
  }
}
