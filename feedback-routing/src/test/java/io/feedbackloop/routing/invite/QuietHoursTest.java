package io.feedbackloop.routing.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final QuietHours NIGHT = QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0));

  @Test
  void windowCrossingMidnightContainsEveningAndEarlyMorningOnly() {
    assertThat(NIGHT.contains(LocalTime.of(21, 0))).isTrue();
    assertThat(NIGHT.contains(LocalTime.of(23, 59))).isTrue();
    assertThat(NIGHT.contains(LocalTime.MIDNIGHT)).isTrue();
    assertThat(NIGHT.contains(LocalTime.of(7, 59, 59))).isTrue();
    assertThat(NIGHT.contains(LocalTime.of(8, 0))).isFalse();
    assertThat(NIGHT.contains(LocalTime.of(20, 59, 59))).isFalse();
    assertThat(NIGHT.contains(LocalTime.NOON)).isFalse();
  }

  @Test
  void windowWithinOneDayContainsItsHoursOnly() {
    QuietHours lunch = QuietHours.of(LocalTime.of(12, 0), LocalTime.of(13, 0));
    assertThat(lunch.contains(LocalTime.of(12, 0))).isTrue();
    assertThat(lunch.contains(LocalTime.of(12, 59))).isTrue();
    assertThat(lunch.contains(LocalTime.of(13, 0))).isFalse();
    assertThat(lunch.contains(LocalTime.of(11, 59))).isFalse();
    assertThat(lunch.contains(LocalTime.of(22, 0))).isFalse();
  }

  @Test
  void eveningIsDeferredToEightNextMorningLocalTime() {
    // 22:30 in Stockholm (winter, UTC+1)
    Instant evening = Instant.parse("2026-01-14T21:30:00Z");
    assertThat(NIGHT.endAfter(evening, STOCKHOLM)).contains(Instant.parse("2026-01-15T07:00:00Z"));
  }

  @Test
  void earlyMorningIsDeferredToEightTheSameDay() {
    Instant early = Instant.parse("2026-01-15T04:00:00Z"); // 05:00 local
    assertThat(NIGHT.endAfter(early, STOCKHOLM)).contains(Instant.parse("2026-01-15T07:00:00Z"));
  }

  @Test
  void daytimeIsNotMoved() {
    Instant noon = Instant.parse("2026-01-15T11:00:00Z");
    assertThat(NIGHT.endAfter(noon, STOCKHOLM)).isEmpty();
    assertThat(NIGHT.adjust(noon, STOCKHOLM)).isEqualTo(noon);
  }

  @Test
  void nightOfSpringForwardEndsAtEightSummerTime() {
    // 2026-03-29 02:00 CET jumps to 03:00 CEST: the night is an hour shorter
    Instant evening = Instant.parse("2026-03-28T21:00:00Z"); // 22:00 CET
    assertThat(NIGHT.endAfter(evening, STOCKHOLM)).contains(Instant.parse("2026-03-29T06:00:00Z"));
  }

  @Test
  void nightOfFallBackEndsAtEightWinterTime() {
    // 2026-10-25 03:00 CEST falls back to 02:00 CET: the night is an hour longer
    Instant evening = Instant.parse("2026-10-24T20:00:00Z"); // 22:00 CEST
    assertThat(NIGHT.endAfter(evening, STOCKHOLM)).contains(Instant.parse("2026-10-25T07:00:00Z"));
    // 02:30 local, the second time (CET): still quiet
    Instant repeated = Instant.parse("2026-10-25T01:30:00Z");
    assertThat(NIGHT.endAfter(repeated, STOCKHOLM)).contains(Instant.parse("2026-10-25T07:00:00Z"));
  }

  @Test
  void endInsideTheSpringForwardGapIsWhenTheGapEnds() {
    QuietHours shortNight = QuietHours.of(LocalTime.of(22, 0), LocalTime.of(2, 30));
    Instant evening = Instant.parse("2026-03-28T22:00:00Z"); // 23:00 CET
    // 02:30 does not exist that night: 02:00 CET is 03:00 CEST = 01:00Z
    assertThat(shortNight.endAfter(evening, STOCKHOLM)).contains(Instant.parse("2026-03-29T01:00:00Z"));
  }

  @Test
  void endInsideTheFallBackOverlapIsItsFirstOccurrence() {
    QuietHours shortNight = QuietHours.of(LocalTime.of(22, 0), LocalTime.of(2, 30));
    Instant evening = Instant.parse("2026-10-24T21:00:00Z"); // 23:00 CEST
    // 02:30 happens twice: first at CEST (00:30Z)
    assertThat(shortNight.endAfter(evening, STOCKHOLM)).contains(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void equalStartAndEndAreRejected() {
    assertThatThrownBy(() -> QuietHours.of(LocalTime.NOON, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must be different from start 12:00, but was 12:00");
  }
}
