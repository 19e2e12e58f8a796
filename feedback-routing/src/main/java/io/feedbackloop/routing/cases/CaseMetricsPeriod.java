package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The buckets {@link CaseMetrics} groups cases into by the day they were opened, in a zone. */
public enum CaseMetricsPeriod {
  /** Calendar days. */
  DAY,
  /** ISO weeks, starting on Monday. */
  WEEK,
  /** Calendar months. */
  MONTH;

  /**
   * The first day of the bucket that holds {@code instant} in {@code zone}.
   *
   * @throws NullPointerException if an argument is null
   */
  public LocalDate start(Instant instant, ZoneId zone) {
    LocalDate day =
        LocalDate.ofInstant(Checks.notNull("instant", instant), Checks.notNull("zone", zone));
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }
}
