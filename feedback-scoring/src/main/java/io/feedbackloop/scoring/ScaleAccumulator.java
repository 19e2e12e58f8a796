package io.feedbackloop.scoring;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.scoring.internal.Checks;
import io.feedbackloop.scoring.internal.Tally;
import io.feedbackloop.scoring.internal.TallyCodec;

/**
 * Collects CSAT or CES answers on one {@link Scale} for {@link Scorer#score(ScaleAccumulator)}:
 * exact counts per scale value and, for weighted answers, the sums of weights and squared weights.
 *
 * <p>Merges associatively and commutatively with an accumulator of the same scale; travels as
 * versioned bytes or JSON, like {@link NpsAccumulator}. Scales of at most 101 points are accepted.
 *
 * <p>Mutable and <b>not thread-safe</b>.
 */
public final class ScaleAccumulator {
  private final Tally tally;

  private ScaleAccumulator(Tally tally) {
    this.tally = tally;
  }

  /**
   * An empty accumulator for a CSAT or CES scale.
   *
   * @throws IllegalArgumentException if the scale feeds another metric or has more than 101 points
   * @throws NullPointerException if {@code scale} is null
   */
  public static ScaleAccumulator of(Scale scale) {
    return wrap(new Tally(checkScale(scale)));
  }

  /** An empty accumulator for the standard CSAT scale 1-5, satisfied from 4. */
  public static ScaleAccumulator csat() {
    return of(Scale.csat());
  }

  /** An empty accumulator for the standard CES scale 1-7, easy from 5. */
  public static ScaleAccumulator ces() {
    return of(Scale.ces());
  }

  static ScaleAccumulator wrap(Tally tally) {
    checkScale(tally.scale());
    return new ScaleAccumulator(tally);
  }

  private static Scale checkScale(Scale scale) {
    Checks.notNull("scale", scale);
    if (scale.metric() != Metric.CSAT && scale.metric() != Metric.CES) {
      throw new IllegalArgumentException(
          "scale must feed metric CSAT or CES, but feeds " + scale.metric());
    }
    return scale;
  }

  /** The scale answers are collected on. */
  public Scale scale() {
    return tally.scale();
  }

  /**
   * Adds one answer with weight 1.
   *
   * @return this
   * @throws IllegalArgumentException if {@code value} is not on the scale
   */
  public ScaleAccumulator add(int value) {
    tally.add(value);
    return this;
  }

  /**
   * Adds one weighted answer. A weight of 0 counts the answer in {@code n} but in no estimate.
   *
   * @return this
   * @throws IllegalArgumentException if {@code value} is not on the scale or {@code weight} is
   *     negative, infinite or NaN
   */
  public ScaleAccumulator add(int value, double weight) {
    tally.add(value, weight);
    return this;
  }

  /**
   * Adds all {@code values} with weight 1.
   *
   * @return this
   * @throws IllegalArgumentException if a value is off the scale (nothing is added then)
   */
  public ScaleAccumulator addAll(int[] values) {
    return addAll(Checks.notNull("values", values), 0, values.length);
  }

  /**
   * Adds {@code values[from..to)} with weight 1 in one allocation-free pass.
   *
   * @return this
   * @throws IllegalArgumentException if the range is not within the array or a value is off the
   *     scale (nothing is added then)
   */
  public ScaleAccumulator addAll(int[] values, int from, int to) {
    tally.addAll(values, from, to);
    return this;
  }

  /**
   * Adds {@code values[i]} with {@code weights[i]}.
   *
   * @return this
   * @throws IllegalArgumentException if the arrays differ in length, a value is off the scale or a
   *     weight is invalid (nothing is added then)
   */
  public ScaleAccumulator addAll(int[] values, double[] weights) {
    tally.addAll(values, weights);
    return this;
  }

  /**
   * Adds everything {@code other} has collected; {@code other} is not changed.
   *
   * @return this
   * @throws IllegalArgumentException if {@code other} has another scale
   */
  public ScaleAccumulator merge(ScaleAccumulator other) {
    tally.merge(Checks.notNull("other", other).tally);
    return this;
  }

  /** An independent copy. */
  public ScaleAccumulator copy() {
    return new ScaleAccumulator(tally.copy());
  }

  /** Number of answers collected, weighted or not. */
  public long count() {
    return tally.count();
  }

  /**
   * Number of answers with {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is not on the scale
   */
  public long count(int value) {
    return tally.count(tally.index(value));
  }

  /**
   * Sum of the weights of the answers with {@code value} (1 per unweighted answer).
   *
   * @throws IllegalArgumentException if {@code value} is not on the scale
   */
  public double weightSum(int value) {
    return tally.weightSum(tally.index(value));
  }

  /**
   * Sum of the squared weights of the answers with {@code value} (1 per unweighted answer).
   *
   * @throws IllegalArgumentException if {@code value} is not on the scale
   */
  public double weightSquareSum(int value) {
    return tally.weightSquareSum(tally.index(value));
  }

  /** The compact versioned byte form (first byte: format version), scale included. */
  public byte[] toBytes() {
    return TallyCodec.toBytes(tally);
  }

  /**
   * Reads the byte form.
   *
   * @throws IllegalArgumentException on an unknown version, truncated or trailing bytes, invalid
   *     content, or a scale that feeds neither CSAT nor CES
   */
  public static ScaleAccumulator fromBytes(byte[] bytes) {
    return wrap(TallyCodec.fromBytes(bytes));
  }

  /** The JSON form, scale included. */
  public String toJson() {
    return TallyCodec.toJson(tally);
  }

  /**
   * Reads the JSON form.
   *
   * @throws IllegalArgumentException on malformed JSON, an unknown version, invalid content, or a
   *     scale that feeds neither CSAT nor CES
   */
  public static ScaleAccumulator fromJson(String json) {
    return wrap(TallyCodec.fromJson(json));
  }

  Tally tally() {
    return tally;
  }

  @Override
  public String toString() {
    return "ScaleAccumulator[metric=" + scale().metric() + ", n=" + count() + "]";
  }
}
