package io.feedbackloop.scoring;

/**
 * A two-sided confidence interval {@code [low, high]} at a confidence {@code level}, in the units
 * of the estimate it belongs to (NPS points, a share in [0, 1], scale units for a mean).
 *
 * @param low the lower bound
 * @param high the upper bound, {@code >= low}
 * @param level the confidence level in (0, 1), for example 0.95
 */
public record Interval(double low, double high, double level) {

  /**
   * Creates an interval.
   *
   * @throws IllegalArgumentException if a bound is not finite, {@code low > high}, or {@code
   *     level} is not in (0, 1)
   */
  public Interval {
    if (!Double.isFinite(low)) {
      throw new IllegalArgumentException("low must be finite, but was " + low);
    }
    if (!(high >= low) || Double.isInfinite(high)) {
      throw new IllegalArgumentException("high must be finite and >= low (" + low + "), but was "
          + high);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), but was " + level);
    }
  }

  /** The distance {@code high - low}. */
  public double width() {
    return high - low;
  }

  /** Tells whether {@code value} lies in the closed interval. */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }
}
