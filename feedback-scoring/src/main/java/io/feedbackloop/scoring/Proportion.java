package io.feedbackloop.scoring;

/**
 * An estimated share with its Wilson score interval, such as the CSAT top-2-box share or the CES
 * share of "agree" answers.
 *
 * @param share the (weighted) share in [0, 1]
 * @param interval the Wilson score interval on the same [0, 1] scale
 * @param effectiveSampleSize the Kish effective sample size the interval was computed with
 */
public record Proportion(double share, Interval interval, double effectiveSampleSize) {

  /**
   * Creates a proportion.
   *
   * @throws IllegalArgumentException if {@code share} is not in [0, 1] or the sample size is not
   *     &gt; 0
   * @throws NullPointerException if {@code interval} is null
   */
  public Proportion {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in [0, 1], but was " + share);
    }
    java.util.Objects.requireNonNull(interval, "interval must not be null");
    if (!(effectiveSampleSize > 0) || Double.isInfinite(effectiveSampleSize)) {
      throw new IllegalArgumentException(
          "effectiveSampleSize must be finite and > 0, but was " + effectiveSampleSize);
    }
  }

  /** The share in percent, {@code 100 * share}. */
  public double percent() {
    return 100 * share;
  }
}
