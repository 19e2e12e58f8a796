package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * How long something took over a set of cases (time to first contact, time to resolution): the
 * median and 90th percentile in wall-clock time and in business time on the team's calendar.
 * Percentiles are <b>nearest-rank</b>: the {@code p}-th percentile of {@code n} sorted values is
 * the value at 1-based rank {@code ceil(p/100 * n)}, always an observed duration (of 1..10 hours
 * the median is 5 h and the 90th percentile 9 h; of 1..4 hours, 2 h and 4 h).
 *
 * @param count the number of cases measured
 * @param wallMedian median wall-clock duration, empty if {@code count == 0}
 * @param wallP90 90th-percentile wall-clock duration, empty if {@code count == 0}
 * @param businessMedian median business-time duration, empty if {@code count == 0}
 * @param businessP90 90th-percentile business-time duration, empty if {@code count == 0}
 */
public record CaseMetricsDurations(
    long count,
    Optional<Duration> wallMedian,
    Optional<Duration> wallP90,
    Optional<Duration> businessMedian,
    Optional<Duration> businessP90) {
  /** Nothing measured. */
  public static final CaseMetricsDurations NONE =
      new CaseMetricsDurations(0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the count is negative, or the durations are present when
   *     nothing was measured or missing when something was
   */
  public CaseMetricsDurations {
    Checks.check(count >= 0, "count", ">= 0", count);
    boolean present = count > 0;
    Checks.check(
        Checks.notNull("wallMedian", wallMedian).isPresent() == present
            && Checks.notNull("wallP90", wallP90).isPresent() == present
            && Checks.notNull("businessMedian", businessMedian).isPresent() == present
            && Checks.notNull("businessP90", businessP90).isPresent() == present,
        "durations",
        present ? "present for " + count + " cases" : "empty for no cases",
        wallMedian + ", " + wallP90 + ", " + businessMedian + ", " + businessP90);
  }
}
