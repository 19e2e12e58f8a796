package io.feedbackloop.scoring;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.scoring.internal.Checks;
import io.feedbackloop.scoring.internal.Estimates;
import java.util.Optional;

/**
 * Computes NPS, CSAT and CES results and compares them, at one confidence level and with one
 * minimum sample size. Methodology: adjusted-Wald interval for NPS, Wilson score interval for
 * shares, Student-t interval for means; weights through the Kish effective sample size.
 *
 * <p>Defaults ({@link #ofDefaults()}): confidence 0.95, minimum sample size 30. Results below the
 * minimum are still computed in full and flagged {@code belowMinimum}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scorer {
  /** The default confidence level, 0.95. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  /** The default minimum sample size, 30. */
  public static final int DEFAULT_MINIMUM_SAMPLE = 30;

  private static final Scorer DEFAULTS = builder().build();

  private final double confidence;
  private final int minimumSample;

  private Scorer(Builder b) {
    this.confidence = b.confidence;
    this.minimumSample = b.minimumSample;
  }

  /** A scorer with confidence 0.95 and minimum sample size 30. */
  public static Scorer ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A scorer with the given confidence and minimum sample size.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1) or {@code
   *     minimumSample} is negative
   */
  public static Scorer of(double confidence, int minimumSample) {
    return builder().confidence(confidence).minimumSample(minimumSample).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The confidence level of every interval this scorer produces. */
  public double confidence() {
    return confidence;
  }

  /** Results with fewer answers than this are flagged {@code belowMinimum}. */
  public int minimumSample() {
    return minimumSample;
  }

  /**
   * The NPS of unweighted 0-10 scores.
   *
   * @throws IllegalArgumentException if a score is not in 0..10
   * @throws NullPointerException if {@code scores} is null
   */
  public NpsResult nps(int[] scores) {
    return nps(new NpsAccumulator().addAll(scores));
  }

  /**
   * The weighted NPS: {@code weights[i]} (finite, &gt;= 0) belongs to {@code scores[i]}.
   *
   * @throws IllegalArgumentException if the lengths differ, a score is not in 0..10 or a weight is
   *     invalid
   * @throws NullPointerException if an array is null
   */
  public NpsResult nps(int[] scores, double[] weights) {
    return nps(new NpsAccumulator().addAll(scores, weights));
  }

  /** The NPS of what {@code accumulator} has collected. */
  public NpsResult nps(NpsAccumulator accumulator) {
    return Estimates.nps(Checks.notNull("accumulator", accumulator).tally(), confidence,
        minimumSample);
  }

  /**
   * The CSAT of unweighted answers on the standard 1-5 scale (satisfied from 4).
   *
   * @throws IllegalArgumentException if a value is not in 1..5
   */
  public ScaleResult csat(int[] values) {
    return csat(Scale.csat(), values);
  }

  /**
   * The CSAT of unweighted answers on {@code scale}.
   *
   * @throws IllegalArgumentException if the scale does not feed CSAT or a value is off the scale
   */
  public ScaleResult csat(Scale scale, int[] values) {
    return score(ScaleAccumulator.of(Checks.metric(scale, Metric.CSAT)).addAll(values));
  }

  /**
   * The weighted CSAT of answers on {@code scale}.
   *
   * @throws IllegalArgumentException if the scale does not feed CSAT, the lengths differ, a value
   *     is off the scale or a weight is invalid
   */
  public ScaleResult csat(Scale scale, int[] values, double[] weights) {
    return score(ScaleAccumulator.of(Checks.metric(scale, Metric.CSAT)).addAll(values, weights));
  }

  /**
   * The CES of unweighted answers on the standard 1-7 scale (easy from 5).
   *
   * @throws IllegalArgumentException if a value is not in 1..7
   */
  public ScaleResult ces(int[] values) {
    return ces(Scale.ces(), values);
  }

  /**
   * The CES of unweighted answers on {@code scale}.
   *
   * @throws IllegalArgumentException if the scale does not feed CES or a value is off the scale
   */
  public ScaleResult ces(Scale scale, int[] values) {
    return score(ScaleAccumulator.of(Checks.metric(scale, Metric.CES)).addAll(values));
  }

  /**
   * The weighted CES of answers on {@code scale}.
   *
   * @throws IllegalArgumentException if the scale does not feed CES, the lengths differ, a value
   *     is off the scale or a weight is invalid
   */
  public ScaleResult ces(Scale scale, int[] values, double[] weights) {
    return score(ScaleAccumulator.of(Checks.metric(scale, Metric.CES)).addAll(values, weights));
  }

  /** The CSAT or CES result (by the accumulator's scale) of what it has collected. */
  public ScaleResult score(ScaleAccumulator accumulator) {
    return Estimates.scale(Checks.notNull("accumulator", accumulator).tally(), confidence,
        minimumSample);
  }

  /**
   * Compares two NPS results with a z-test on the adjusted-Wald quantities. The difference is
   * {@code current.score - baseline.score} in points; the interval (in points, clipped to
   * [-200, 200]) is centred on the difference of the adjusted scores, like the single interval.
   *
   * @return empty if either result has no estimate
   */
  public Optional<Comparison> compare(NpsResult current, NpsResult baseline) {
    return Estimates.compareNps(Checks.notNull("current", current),
        Checks.notNull("baseline", baseline), confidence);
  }

  /**
   * Compares two shares (CSAT top-2-box, CES agree) with a two-proportion z-test: pooled standard
   * error for the statistic, unpooled Wald interval (clipped to [-1, 1]) for the difference {@code
   * current - baseline}. With both shares 0 or both 1 the statistic is 0 and the p-value 1.
   */
  public Comparison compare(Proportion current, Proportion baseline) {
    return Estimates.compareShares(Checks.notNull("current", current),
        Checks.notNull("baseline", baseline), confidence);
  }

  /**
   * Compares two means with Welch's t-test and Welch-Satterthwaite degrees of freedom.
   *
   * @return empty if either mean has no standard deviation (effective sample size 1 or less), both
   *     standard deviations are 0, or the degrees of freedom are too small for a finite interval
   */
  public Optional<Comparison> compare(Mean current, Mean baseline) {
    return Estimates.compareMeans(Checks.notNull("current", current),
        Checks.notNull("baseline", baseline), confidence);
  }

  @Override
  public String toString() {
    return "Scorer[confidence=" + confidence + ", minimumSample=" + minimumSample + "]";
  }

  /** Builds a {@link Scorer}; not thread-safe. */
  public static final class Builder {
    private double confidence = DEFAULT_CONFIDENCE;
    private int minimumSample = DEFAULT_MINIMUM_SAMPLE;

    private Builder() {}

    /**
     * Sets the confidence level; default 0.95.
     *
     * @return this
     * @throws IllegalArgumentException if {@code confidence} is not in (0, 1)
     */
    public Builder confidence(double confidence) {
      this.confidence = Checks.confidence(confidence);
      return this;
    }

    /**
     * Sets the minimum sample size below which results are flagged; default 30.
     *
     * @return this
     * @throws IllegalArgumentException if {@code minimumSample} is negative
     */
    public Builder minimumSample(int minimumSample) {
      if (minimumSample < 0) {
        throw new IllegalArgumentException(
            "minimumSample must be >= 0, but was " + minimumSample);
      }
      this.minimumSample = minimumSample;
      return this;
    }

    /** The scorer. */
    public Scorer build() {
      return new Scorer(this);
    }
  }
}
