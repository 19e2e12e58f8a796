package io.feedbackloop.scoring;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An estimated mean score with its Student-t confidence interval.
 *
 * <p>The standard deviation is the (reliability-)weighted sample standard deviation {@code
 * sqrt(sum w (x - mean)^2 / sum w * nEff / (nEff - 1))}, the usual {@code n - 1} estimate when
 * unweighted. The interval is {@code mean +- t(nEff - 1) * sd / sqrt(nEff)}. With an effective
 * sample size of 1 or less (a single answer) both are empty.
 *
 * @param value the (weighted) mean, in scale units
 * @param standardDeviation the sample standard deviation, empty when {@code nEff <= 1}
 * @param interval the t interval, empty when {@code nEff <= 1}
 * @param effectiveSampleSize the Kish effective sample size
 */
public record Mean(
    double value,
    OptionalDouble standardDeviation,
    Optional<Interval> interval,
    double effectiveSampleSize) {

  /**
   * Creates a mean.
   *
   * @throws IllegalArgumentException if {@code value} is not finite or the sample size not &gt; 0
   * @throws NullPointerException if an optional is null
   */
  public Mean {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, but was " + value);
    }
    Objects.requireNonNull(standardDeviation, "standardDeviation must not be null");
    Objects.requireNonNull(interval, "interval must not be null");
    if (!(effectiveSampleSize > 0) || Double.isInfinite(effectiveSampleSize)) {
      throw new IllegalArgumentException(
          "effectiveSampleSize must be finite and > 0, but was " + effectiveSampleSize);
    }
  }
}
