package io.feedbackloop.routing.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final BusinessCalendar OFFICE = BusinessCalendar.builder().zone(STOCKHOLM).build();
  private static final BusinessCalendar EIGHT_TO_FIVE =
      BusinessCalendar.builder()
          .zone(STOCKHOLM)
          .hours(LocalTime.of(8, 0), LocalTime.of(17, 0))
          .build();

  private static Instant sthlm(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), STOCKHOLM).toInstant();
  }

  private static Instant utc(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void fridayAfternoonPlusTwoHoursIsMondayMorningAcrossSpringForward() {
    // 2026-03-29 02:00 CET -> 03:00 CEST; open 08:00-17:00: half an hour Friday, 1.5 h Monday
    Instant opened = sthlm("2026-03-27T16:30");

    Instant due = EIGHT_TO_FIVE.plus(opened, Duration.ofHours(2));

    assertThat(due).isEqualTo(sthlm("2026-03-30T09:30")).isEqualTo(utc("2026-03-30T07:30:00Z"));
    assertThat(EIGHT_TO_FIVE.between(opened, due)).isEqualTo(Duration.ofHours(2));
    assertThat(OFFICE.plus(opened, Duration.ofHours(2))).isEqualTo(sthlm("2026-03-30T10:30"));
    assertThat(Duration.between(opened, due)).isEqualTo(Duration.ofHours(64));
  }

  @Test
  void fridayAfternoonPlusTwoHoursIsMondayMorningAcrossFallBack() {
    // 2026-10-25 03:00 CEST -> 02:00 CET
    Instant opened = sthlm("2026-10-23T16:30");

    Instant due = EIGHT_TO_FIVE.plus(opened, Duration.ofHours(2));

    assertThat(due).isEqualTo(sthlm("2026-10-26T09:30")).isEqualTo(utc("2026-10-26T08:30:00Z"));
    assertThat(Duration.between(opened, due)).isEqualTo(Duration.ofHours(66));
  }

  @Test
  void aWholeDayIsTwentyThreeHoursOnSpringForwardAndTwentyFiveOnFallBack() {
    BusinessCalendar sundays =
        BusinessCalendar.builder()
            .zone(STOCKHOLM)
            .workingDays()
            .hours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .build();

    assertThat(sundays.between(sthlm("2026-03-28T12:00"), sthlm("2026-03-30T12:00")))
        .isEqualTo(Duration.ofHours(23));
    assertThat(sundays.between(sthlm("2026-10-24T12:00"), sthlm("2026-10-26T12:00")))
        .isEqualTo(Duration.ofHours(25));
    assertThat(sundays.plus(sthlm("2026-03-28T12:00"), Duration.ofHours(23)))
        .isEqualTo(sthlm("2026-03-30T00:00"));
    // the fall-back Sunday has 25 hours: 24 of them end at 23:00 local
    assertThat(sundays.plus(sthlm("2026-10-24T12:00"), Duration.ofHours(24)))
        .isEqualTo(sthlm("2026-10-25T23:00"));
  }

  @Test
  void aWindowAcrossTheGapCountsRealTimeAndNothingTwice() {
    BusinessCalendar night =
        BusinessCalendar.builder()
            .zone(STOCKHOLM)
            .workingDays()
            .hours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(2, 30))
            .hours(DayOfWeek.SUNDAY, LocalTime.of(3, 0), LocalTime.of(4, 0))
            .build();
    Instant saturday = sthlm("2026-03-28T12:00");
    Instant monday = sthlm("2026-03-30T12:00");

    // 02:30 does not exist and moves to 03:30; 01:00-04:00 local is two real hours in all
    assertThat(night.between(saturday, monday)).isEqualTo(Duration.ofHours(2));
    assertThat(night.plus(saturday, Duration.ofHours(2))).isEqualTo(sthlm("2026-03-29T04:00"));
    // fall back: 01:00-02:30 (first 02:30) is 1.5 h, 03:00-04:00 is 1 h
    assertThat(night.between(sthlm("2026-10-24T12:00"), sthlm("2026-10-26T12:00")))
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void holidaysAreSkipped() {
    BusinessCalendar easter =
        BusinessCalendar.builder()
            .holiday(LocalDate.of(2026, 4, 3))
            .holiday(LocalDate.of(2026, 4, 6))
            .build();
    Instant thursday = utc("2026-04-02T16:00:00Z");

    // Thursday 1 h, Good Friday and Easter Monday closed, Tuesday 8 h, Wednesday 7 h
    assertThat(easter.plus(thursday, Duration.ofHours(16))).isEqualTo(utc("2026-04-08T16:00:00Z"));
    assertThat(easter.between(thursday, utc("2026-04-08T16:00:00Z")))
        .isEqualTo(Duration.ofHours(16));
    assertThat(easter.isOpen(utc("2026-04-06T10:00:00Z"))).isFalse();
    assertThat(easter.isOpen(utc("2026-04-07T10:00:00Z"))).isTrue();
  }

  @Test
  void aDayWithALunchBreakHasTwoWindows() {
    BusinessCalendar lunch =
        BusinessCalendar.builder()
            .hours(LocalTime.of(8, 0), LocalTime.of(12, 0))
            .hours(LocalTime.of(13, 0), LocalTime.of(17, 0))
            .build();

    assertThat(lunch.plus(utc("2026-03-02T11:00:00Z"), Duration.ofHours(2)))
        .isEqualTo(utc("2026-03-02T14:00:00Z"));
    assertThat(lunch.plus(utc("2026-03-02T12:30:00Z"), Duration.ofHours(1)))
        .isEqualTo(utc("2026-03-02T14:00:00Z"));
    assertThat(lunch.between(utc("2026-03-02T11:30:00Z"), utc("2026-03-02T13:30:00Z")))
        .isEqualTo(Duration.ofHours(1));
    assertThat(lunch.isOpen(utc("2026-03-02T12:00:00Z"))).isFalse();
    assertThat(lunch.isOpen(utc("2026-03-02T11:59:59Z"))).isTrue();
    assertThat(lunch.hours(DayOfWeek.MONDAY))
        .containsExactly(TimeWindow.parse("08:00-12:00"), TimeWindow.parse("13:00-17:00"));
  }

  @Test
  void timeRunningOutAtClosingTimeEndsThereNotAtTheNextOpening() {
    assertThat(BusinessCalendar.ofDefaults().plus(utc("2026-03-06T16:00:00Z"), Duration.ofHours(1)))
        .isEqualTo(utc("2026-03-06T17:00:00Z"));
  }

  @Test
  void aStartOutsideHoursBeginsCountingAtTheNextOpening() {
    BusinessCalendar office = BusinessCalendar.ofDefaults();

    assertThat(office.plus(utc("2026-03-07T10:00:00Z"), Duration.ofHours(1)))
        .isEqualTo(utc("2026-03-09T10:00:00Z"));
    assertThat(office.plus(utc("2026-03-02T07:00:00Z"), Duration.ofMinutes(30)))
        .isEqualTo(utc("2026-03-02T09:30:00Z"));
    assertThat(office.plus(utc("2026-03-07T10:00:00Z"), Duration.ZERO))
        .isEqualTo(utc("2026-03-07T10:00:00Z"));
  }

  @Test
  void aNightShiftRunsAcrossMidnight() {
    BusinessCalendar nights =
        BusinessCalendar.builder()
            .workingDays(DayOfWeek.values())
            .hours(LocalTime.of(0, 0), LocalTime.of(2, 0))
            .hours(LocalTime.of(22, 0), LocalTime.MIDNIGHT)
            .build();

    assertThat(nights.plus(utc("2026-03-02T23:00:00Z"), Duration.ofHours(2)))
        .isEqualTo(utc("2026-03-03T01:00:00Z"));
    assertThat(nights.between(utc("2026-03-02T21:00:00Z"), utc("2026-03-03T03:00:00Z")))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void fiveBusinessDaysOfEightHoursIsTheSameTimeAWeekLater() {
    BusinessCalendar office = BusinessCalendar.ofDefaults();

    assertThat(office.plus(utc("2026-03-02T10:00:00Z"), Duration.ofHours(40)))
        .isEqualTo(utc("2026-03-09T10:00:00Z"));
    assertThat(office.plus(utc("2026-03-06T17:00:00Z"), Duration.ofHours(40)))
        .isEqualTo(utc("2026-03-13T17:00:00Z"));
  }

  @Test
  void longSpansSkipWholeWeeksAndStillStopAtHolidaysAndDstChanges() {
    BusinessCalendar office =
        BusinessCalendar.builder().zone(STOCKHOLM).holiday(LocalDate.of(2027, 12, 24)).build();
    Instant start = sthlm("2026-01-05T09:00");

    // 2026-01-05 .. 2027-12-31 is 104 weeks minus the holiday (a Friday)
    Duration twoYears = Duration.ofHours(40).multipliedBy(104).minusHours(8);
    assertThat(office.plus(start, twoYears)).isEqualTo(sthlm("2027-12-31T17:00"));
    assertThat(office.between(start, sthlm("2028-01-03T09:00"))).isEqualTo(twoYears);
    assertThat(office.between(sthlm("2026-03-27T16:00"), sthlm("2026-11-02T10:00")))
        .isEqualTo(Duration.ofHours(31L * 5 * 8 + 1 + 1));
  }

  @Test
  void betweenIsZeroWhenTheEndIsNotAfterTheStart() {
    Instant t = utc("2026-03-02T10:00:00Z");

    assertThat(BusinessCalendar.ofDefaults().between(t, t)).isZero();
    assertThat(BusinessCalendar.ofDefaults().between(t, t.minusSeconds(60))).isZero();
  }

  @Test
  void theWallClockIsAlwaysOpen() {
    BusinessCalendar wall = BusinessCalendar.wallClock();
    Instant t = utc("2026-03-28T12:00:00Z");

    assertThat(wall.isWallClock()).isTrue();
    assertThat(wall.isOpen(t)).isTrue();
    assertThat(wall.plus(t, Duration.ofHours(47))).isEqualTo(t.plus(Duration.ofHours(47)));
    assertThat(wall.between(t, t.plusSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    assertThat(wall.zone()).isEqualTo(java.time.ZoneOffset.UTC);
    assertThat(BusinessCalendar.ofDefaults().isWallClock()).isFalse();
    assertThat(wall).hasToString("BusinessCalendar[24/7]");
  }

  @Test
  void aWholeWeekCalendarInAnyZoneIsWallClock() {
    BusinessCalendar always =
        BusinessCalendar.builder()
            .zone(STOCKHOLM)
            .workingDays(DayOfWeek.values())
            .hours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .build();

    assertThat(always.isWallClock()).isTrue();
    assertThat(always.between(sthlm("2026-03-28T00:00"), sthlm("2026-03-30T00:00")))
        .isEqualTo(Duration.ofHours(47));
    assertThat(always.toBuilder().holiday(LocalDate.of(2026, 3, 29)).build().isWallClock())
        .isFalse();
  }

  @Test
  void toBuilderKeepsEverythingAndEqualsComparesValues() {
    BusinessCalendar lunch =
        BusinessCalendar.builder()
            .zone(STOCKHOLM)
            .hours(LocalTime.of(8, 0), LocalTime.of(12, 0))
            .hours(LocalTime.of(13, 0), LocalTime.of(17, 0))
            .hours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))
            .holiday(LocalDate.of(2026, 12, 25))
            .build();

    assertThat(lunch.toBuilder().build()).isEqualTo(lunch).hasSameHashCodeAs(lunch);
    assertThat(lunch.hours(DayOfWeek.SATURDAY)).containsExactly(TimeWindow.parse("10:00-14:00"));
    assertThat(lunch.hours(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(lunch.holidays()).containsExactly(LocalDate.of(2026, 12, 25));
    assertThat(lunch).isNotEqualTo(BusinessCalendar.ofDefaults());
    assertThat(lunch.toString()).contains("Europe/Stockholm", "holidays=1");
  }

  @Test
  void badConfigurationsAreRejectedWithClearMessages() {
    assertThatThrownBy(
            () ->
                BusinessCalendar.builder()
                    .hours(LocalTime.of(8, 0), LocalTime.of(12, 0))
                    .hours(LocalTime.of(11, 0), LocalTime.of(13, 0))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "opening windows on MONDAY must not overlap, but were 08:00-12:00 and 11:00-13:00");
    assertThatThrownBy(() -> BusinessCalendar.builder().workingDays().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("opening hours must be on at least one day, but was none");
    assertThatThrownBy(() -> TimeWindow.of(LocalTime.of(17, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "opening window end must be after its start 17:00 or 00:00 (end of day), but was"
                + " 09:00");
    assertThatThrownBy(
            () -> BusinessCalendar.ofDefaults().plus(Instant.EPOCH, Duration.ofSeconds(-3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("businessTime must be >= 0, but was PT-3S");
    assertThatThrownBy(() -> TimeWindow.parse("nine to five"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be HH:mm-HH:mm, but was 'nine to five'");
    assertThatThrownBy(() -> TimeWindow.parse("09:00-5pm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be HH:mm-HH:mm, but was '09:00-5pm'");
  }

  @Test
  void windowsParseAndPrintTwentyFourHundred() {
    assertThat(TimeWindow.parse("22:00-24:00"))
        .isEqualTo(TimeWindow.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT));
    assertThat(TimeWindow.parse(" 08:00 - 12:30 ")).hasToString("08:00-12:30");
    assertThat(TimeWindow.WHOLE_DAY).hasToString("00:00-24:00");
  }
}
