package io.feedbackloop.scoring;

import io.feedbackloop.scoring.internal.Checks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The length of a time window for trend series: a calendar day, an ISO week (Monday to Sunday) or
 * a calendar month, always read in a given time zone. A window is named by the local date it
 * starts on.
 */
public enum TimeWindow {
  /** One calendar day. */
  DAY,
  /** One ISO week, starting on Monday. */
  WEEK,
  /** One calendar month, starting on the first. */
  MONTH;

  /**
   * The first day of the window that holds {@code date}.
   *
   * @throws NullPointerException if {@code date} is null
   */
  public LocalDate start(LocalDate date) {
    Checks.notNull("date", date);
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
    };
  }

  /**
   * The first day of the window that holds {@code instant} as seen in {@code zone}: 23:30 UTC on
   * a winter Monday is already Tuesday in Europe/Stockholm.
   *
   * @throws NullPointerException if an argument is null
   */
  public LocalDate start(Instant instant, ZoneId zone) {
    Checks.notNull("instant", instant);
    Checks.notNull("zone", zone);
    return start(LocalDate.ofInstant(instant, zone));
  }

  /**
   * The first day of the window after the one that holds {@code date}.
   *
   * @throws NullPointerException if {@code date} is null
   */
  public LocalDate next(LocalDate date) {
    LocalDate start = start(date);
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }
}
