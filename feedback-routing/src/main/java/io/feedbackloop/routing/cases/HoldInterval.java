package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.cases.Micros;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * A finished pause of a case's SLA clock: the time it spent {@link CaseStatus#ON_HOLD}. SLA
 * calculations subtract these intervals (in business time) from the time a case has been open.
 *
 * @param start when the hold began, to the microsecond
 * @param end when it ended, to the microsecond, not before {@code start}
 */
public record HoldInterval(Instant start, Instant end) {

  /**
   * Creates the interval.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   * @throws NullPointerException if an argument is null
   */
  public HoldInterval {
    start = Micros.truncate(Checks.notNull("start", start));
    end = Micros.truncate(Checks.notNull("end", end));
    Checks.check(!end.isBefore(start), "end", "not before start (" + start + ")", end);
  }

  /** The length of the pause. */
  public Duration duration() {
    return Duration.between(start, end);
  }
}
