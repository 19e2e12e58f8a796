package io.feedbackloop.scoring.internal;

import io.feedbackloop.core.survey.Scale;
import java.util.Arrays;

/**
 * Per-value totals of one scale: exact counts of unit-weight answers and of weighted answers, and
 * the weighted answers' sums of weights and of squared weights. Every statistic is a function of
 * these, and merging is element-wise addition (associative and commutative; exact for counts).
 *
 * <p>Mutable, not thread-safe.
 */
public final class Tally {
  /** Largest number of scale points a tally accepts. */
  public static final int MAX_POINTS = 101;

  private final Scale scale;
  final long[] units;
  final long[] weightedCounts;
  final double[] weightSums;
  final double[] weightSquareSums;

  /** An empty tally for {@code scale}. */
  public Tally(Scale scale) {
    this.scale = Checks.notNull("scale", scale);
    int points = scale.points();
    if (points > MAX_POINTS) {
      throw new IllegalArgumentException(
          "scale must have at most " + MAX_POINTS + " points, but has " + points);
    }
    units = new long[points];
    weightedCounts = new long[points];
    weightSums = new double[points];
    weightSquareSums = new double[points];
  }

  /** The scale. */
  public Scale scale() {
    return scale;
  }

  /** Number of points on the scale. */
  public int points() {
    return units.length;
  }

  /** The scale value at index {@code i}. */
  public int value(int i) {
    return scale.min() + i * scale.step();
  }

  /** The index of {@code value}, or throws if it is not on the scale. */
  public int index(int value) {
    if (!scale.contains(value)) {
      throw Checks.offScale(scale, value);
    }
    return (value - scale.min()) / scale.step();
  }

  /** Adds one answer of weight 1. */
  public void add(int value) {
    units[index(value)]++;
  }

  /** Adds one weighted answer. */
  public void add(int value, double weight) {
    Checks.weight(weight);
    int i = index(value);
    weightedCounts[i]++;
    weightSums[i] += weight;
    weightSquareSums[i] += weight * weight;
  }

  /**
   * Adds {@code values[from..to)} with weight 1 in one pass. All or nothing: on a value off the
   * scale the increments made so far are undone before throwing.
   */
  public void addAll(int[] values, int from, int to) {
    Checks.notNull("values", values);
    Checks.range(from, to, values.length);
    long[] u = units;
    int min = scale.min();
    int step = scale.step();
    int points = u.length;
    for (int i = from; i < to; i++) {
      int offset = values[i] - min;
      int idx = step == 1 ? offset : offset / step;
      if (offset < 0 || idx >= points || (step != 1 && offset % step != 0)) {
        for (int j = from; j < i; j++) {
          u[(values[j] - min) / step]--;
        }
        throw Checks.offScale(scale, values[i]);
      }
      u[idx]++;
    }
  }

  /** Adds {@code values[i]} with {@code weights[i]}; all or nothing (checked first). */
  public void addAll(int[] values, double[] weights) {
    Checks.notNull("values", values);
    Checks.notNull("weights", weights);
    Checks.sameLength("weights", weights.length, values.length);
    for (int i = 0; i < values.length; i++) {
      index(values[i]);
      Checks.weight(weights[i]);
    }
    for (int i = 0; i < values.length; i++) {
      add(values[i], weights[i]);
    }
  }

  /** Adds every total of {@code other}, which must have the same scale. */
  public void merge(Tally other) {
    Checks.notNull("other", other);
    if (!scale.equals(other.scale)) {
      throw new IllegalArgumentException(
          "other must have the scale " + scale + ", but had " + other.scale);
    }
    for (int i = 0; i < units.length; i++) {
      units[i] += other.units[i];
      weightedCounts[i] += other.weightedCounts[i];
      weightSums[i] += other.weightSums[i];
      weightSquareSums[i] += other.weightSquareSums[i];
    }
  }

  /** Adds {@code count} unit-weight answers at index {@code i} (for the segmented path). */
  public void addUnits(int i, long count) {
    units[i] += count;
  }

  /** A copy. */
  public Tally copy() {
    Tally t = new Tally(scale);
    t.merge(this);
    return t;
  }

  /** Answers at index {@code i}, weighted or not. */
  public long count(int i) {
    return units[i] + weightedCounts[i];
  }

  /** Unit-weight answers at index {@code i}. */
  public long units(int i) {
    return units[i];
  }

  /** Weighted answers at index {@code i}. */
  public long weightedCount(int i) {
    return weightedCounts[i];
  }

  /** Sum of the weights at index {@code i}, unit weights included. */
  public double weightSum(int i) {
    return units[i] + weightSums[i];
  }

  /** Sum of the squared weights at index {@code i}, unit weights included. */
  public double weightSquareSum(int i) {
    return units[i] + weightSquareSums[i];
  }

  /** Sum of the weights of the weighted answers only at index {@code i}. */
  public double extraWeightSum(int i) {
    return weightSums[i];
  }

  /** Sum of the squared weights of the weighted answers only at index {@code i}. */
  public double extraWeightSquareSum(int i) {
    return weightSquareSums[i];
  }

  /** Sets the totals at index {@code i} (for the codecs). */
  void set(int i, long unitCount, long weightedCount, double weightSum, double weightSquareSum) {
    units[i] = unitCount;
    weightedCounts[i] = weightedCount;
    weightSums[i] = weightSum;
    weightSquareSums[i] = weightSquareSum;
  }

  /** All answers. */
  public long count() {
    long n = 0;
    for (int i = 0; i < units.length; i++) {
      n += count(i);
    }
    return n;
  }

  @Override
  public String toString() {
    return "Tally[scale="
        + scale
        + ", units="
        + Arrays.toString(units)
        + ", weightedCounts="
        + Arrays.toString(weightedCounts)
        + "]";
  }
}
