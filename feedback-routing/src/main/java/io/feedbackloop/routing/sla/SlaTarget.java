package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;

/**
 * How much time one SLA milestone may take, and on which clock: wall-clock time ({@link
 * BusinessCalendar#wallClock()}) or business time of a calendar.
 *
 * @param duration the time allowed, positive
 * @param calendar the calendar whose opening hours the time is counted in
 */
public record SlaTarget(Duration duration, BusinessCalendar calendar) {
  /**
   * Creates a target.
   *
   * @throws IllegalArgumentException if {@code duration} is not positive
   */
  public SlaTarget {
    Checks.notNull("duration", duration);
    Checks.notNull("calendar", calendar);
    Checks.check(!duration.isNegative() && !duration.isZero(), "duration", "> 0", duration);
  }

  /** A target counted in wall-clock time (24/7). */
  public static SlaTarget wallClock(Duration duration) {
    return new SlaTarget(duration, BusinessCalendar.wallClock());
  }

  /** A target counted in the business time of {@code calendar}. */
  public static SlaTarget businessTime(Duration duration, BusinessCalendar calendar) {
    return new SlaTarget(duration, calendar);
  }

  /** Whether the target counts wall-clock time. */
  public boolean isWallClock() {
    return calendar.isWallClock();
  }
}
