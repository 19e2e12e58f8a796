package io.feedbackloop.scoring;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.scoring.internal.Checks;
import io.feedbackloop.scoring.internal.Tally;
import io.feedbackloop.scoring.internal.TallyCodec;

/**
 * Collects NPS answers (0-10) for {@link Scorer#nps(NpsAccumulator)}: exact counts per score and,
 * for weighted answers, the sums of weights and squared weights.
 *
 * <p>Accumulators {@link #merge merge} associatively and commutatively (counts exactly, weight sums
 * up to floating-point rounding), so partial results from shards, days or nodes can be combined.
 * They travel as compact versioned bytes ({@link #toBytes()}) or a small JSON document ({@link
 * #toJson()}); Java serialization is not supported.
 *
 * <p>Mutable and <b>not thread-safe</b>: confine an instance to one thread, or give each thread its
 * own and merge them.
 */
public final class NpsAccumulator {
  private final Tally tally;

  /** An empty accumulator. */
  public NpsAccumulator() {
    this(new Tally(Scale.nps()));
  }

  private NpsAccumulator(Tally tally) {
    this.tally = tally;
  }

  static NpsAccumulator wrap(Tally tally) {
    Checks.metric(tally.scale(), Metric.NPS);
    return new NpsAccumulator(tally);
  }

  /**
   * Adds one answer with weight 1.
   *
   * @return this
   * @throws IllegalArgumentException if {@code score} is not in 0..10
   */
  public NpsAccumulator add(int score) {
    tally.add(score);
    return this;
  }

  /**
   * Adds one weighted answer. A weight of 0 counts the answer in {@code n} but not in any share.
   *
   * @return this
   * @throws IllegalArgumentException if {@code score} is not in 0..10 or {@code weight} is
   *     negative, infinite or NaN
   */
  public NpsAccumulator add(int score, double weight) {
    tally.add(score, weight);
    return this;
  }

  /**
   * Adds all {@code scores} with weight 1.
   *
   * @return this
   * @throws IllegalArgumentException if a score is not in 0..10 (nothing is added then)
   */
  public NpsAccumulator addAll(int[] scores) {
    return addAll(Checks.notNull("scores", scores), 0, scores.length);
  }

  /**
   * Adds {@code scores[from..to)} with weight 1 in one allocation-free pass: the columnar bulk
   * path.
   *
   * @return this
   * @throws IllegalArgumentException if the range is not within the array or a score is not in
   *     0..10 (nothing is added then)
   */
  public NpsAccumulator addAll(int[] scores, int from, int to) {
    tally.addAll(scores, from, to);
    return this;
  }

  /**
   * Adds {@code scores[i]} with {@code weights[i]}.
   *
   * @return this
   * @throws IllegalArgumentException if the arrays differ in length, a score is off the scale or a
   *     weight is invalid (nothing is added then)
   */
  public NpsAccumulator addAll(int[] scores, double[] weights) {
    tally.addAll(scores, weights);
    return this;
  }

  /**
   * Adds everything {@code other} has collected; {@code other} is not changed.
   *
   * @return this
   */
  public NpsAccumulator merge(NpsAccumulator other) {
    tally.merge(Checks.notNull("other", other).tally);
    return this;
  }

  /** An independent copy. */
  public NpsAccumulator copy() {
    return new NpsAccumulator(tally.copy());
  }

  /** Number of answers collected, weighted or not. */
  public long count() {
    return tally.count();
  }

  /**
   * Number of answers with {@code score}.
   *
   * @throws IllegalArgumentException if {@code score} is not in 0..10
   */
  public long count(int score) {
    return tally.count(tally.index(score));
  }

  /**
   * Sum of the weights of the answers with {@code score} (1 per unweighted answer).
   *
   * @throws IllegalArgumentException if {@code score} is not in 0..10
   */
  public double weightSum(int score) {
    return tally.weightSum(tally.index(score));
  }

  /**
   * Sum of the squared weights of the answers with {@code score} (1 per unweighted answer).
   *
   * @throws IllegalArgumentException if {@code score} is not in 0..10
   */
  public double weightSquareSum(int score) {
    return tally.weightSquareSum(tally.index(score));
  }

  /** The compact versioned byte form (first byte: format version). */
  public byte[] toBytes() {
    return TallyCodec.toBytes(tally);
  }

  /**
   * Reads the byte form.
   *
   * @throws IllegalArgumentException on an unknown version, truncated or trailing bytes, invalid
   *     content, or bytes of a non-NPS accumulator
   */
  public static NpsAccumulator fromBytes(byte[] bytes) {
    return wrap(TallyCodec.fromBytes(bytes));
  }

  /** The JSON form: {@code {"version":1,"scale":{..},"units":[..],...}}. */
  public String toJson() {
    return TallyCodec.toJson(tally);
  }

  /**
   * Reads the JSON form.
   *
   * @throws IllegalArgumentException on malformed JSON, an unknown version, invalid content, or a
   *     non-NPS accumulator
   */
  public static NpsAccumulator fromJson(String json) {
    return wrap(TallyCodec.fromJson(json));
  }

  Tally tally() {
    return tally;
  }

  @Override
  public String toString() {
    return "NpsAccumulator[n=" + count() + "]";
  }
}
