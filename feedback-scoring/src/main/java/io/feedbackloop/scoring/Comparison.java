package io.feedbackloop.scoring;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The difference between a current and a baseline estimate with its confidence interval and a
 * two-sided significance test. Produced by {@link Scorer#compare(NpsResult, NpsResult)} and its
 * overloads.
 *
 * @param difference current minus baseline, in the estimates' units (NPS points, share, mean)
 * @param interval confidence interval of the difference
 * @param statistic the test statistic (z, or Welch's t)
 * @param pValue the two-sided p-value in [0, 1]
 * @param degreesOfFreedom Welch-Satterthwaite degrees of freedom; empty for z-tests
 */
public record Comparison(
    double difference,
    Interval interval,
    double statistic,
    double pValue,
    OptionalDouble degreesOfFreedom) {

  /**
   * Creates a comparison.
   *
   * @throws IllegalArgumentException if {@code pValue} is not in [0, 1] or a number is not finite
   * @throws NullPointerException if an argument is null
   */
  public Comparison {
    Objects.requireNonNull(interval, "interval must not be null");
    Objects.requireNonNull(degreesOfFreedom, "degreesOfFreedom must not be null");
    if (!Double.isFinite(difference)) {
      throw new IllegalArgumentException("difference must be finite, but was " + difference);
    }
    if (!Double.isFinite(statistic)) {
      throw new IllegalArgumentException("statistic must be finite, but was " + statistic);
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue must be in [0, 1], but was " + pValue);
    }
  }

  /** Whether the difference is significant at level {@code alpha}: {@code pValue < alpha}. */
  public boolean isSignificant(double alpha) {
    return pValue < alpha;
  }
}
