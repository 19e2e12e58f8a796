package io.feedbackloop.scoring;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.scoring.internal.Checks;
import io.feedbackloop.scoring.internal.Tally;

/**
 * Counts unweighted answers per segment and scale value from columnar arrays, in one tight loop
 * with no allocation per answer: {@code values[i]} belongs to segment {@code segmentIds[i]}
 * (0-based, dense). The counts live in one flat {@code long[segmentCount * points]} array.
 *
 * <p>Works for NPS ({@link #npsAccumulator(int)}) and for CSAT or CES ({@link
 * #scaleAccumulator(int)}); per-segment
 * results come out as accumulators that a {@link Scorer} turns into results and that merge with
 * others. Weighted answers are not supported here: use one accumulator per segment for those.
 *
 * <p>Mutable and <b>not thread-safe</b>.
 */
public final class SegmentedCounts {
  private final Scale scale;
  private final int segmentCount;
  private final int points;
  private final long[] counts;

  private SegmentedCounts(Scale scale, int segmentCount) {
    this.scale = scale;
    this.segmentCount = segmentCount;
    this.points = scale.points();
    this.counts = new long[segmentCount * points];
  }

  /**
   * Empty counts for {@code segmentCount} segments of NPS answers.
   *
   * @throws IllegalArgumentException if {@code segmentCount < 1} or too large for one array
   */
  public static SegmentedCounts nps(int segmentCount) {
    return of(Scale.nps(), segmentCount);
  }

  /**
   * Empty counts for {@code segmentCount} segments of answers on {@code scale} (NPS, CSAT or CES).
   *
   * @throws IllegalArgumentException if the scale feeds no metric or has more than 101 points, or
   *     {@code segmentCount} is below 1 or too large for one array
   * @throws NullPointerException if {@code scale} is null
   */
  public static SegmentedCounts of(Scale scale, int segmentCount) {
    Checks.notNull("scale", scale);
    if (scale.metric() == Metric.NONE) {
      throw new IllegalArgumentException(
          "scale must feed metric NPS, CSAT or CES, but feeds NONE");
    }
    int points = new Tally(scale).points();
    if (segmentCount < 1 || segmentCount > Integer.MAX_VALUE / points) {
      throw new IllegalArgumentException("segmentCount must be in 1.."
          + Integer.MAX_VALUE / points + ", but was " + segmentCount);
    }
    return new SegmentedCounts(scale, segmentCount);
  }

  /** The scale. */
  public Scale scale() {
    return scale;
  }

  /** Number of segments. */
  public int segmentCount() {
    return segmentCount;
  }

  /**
   * Counts {@code values[i]} into segment {@code segmentIds[i]} for every i in {@code [from, to)}.
   * All or nothing: on a value off the scale or a segment id out of range the counts made so far
   * are undone before throwing.
   *
   * @return this
   * @throws IllegalArgumentException if the arrays differ in length, the range is not within them,
   *     a value is off the scale or a segment id is not in {@code 0..segmentCount-1}
   * @throws NullPointerException if an array is null
   */
  public SegmentedCounts addAll(int[] values, int[] segmentIds, int from, int to) {
    Checks.notNull("values", values);
    Checks.notNull("segmentIds", segmentIds);
    Checks.sameLength("segmentIds", segmentIds.length, values.length);
    Checks.range(from, to, values.length);
    final long[] c = counts;
    final int p = points;
    final int segments = segmentCount;
    final int min = scale.min();
    final int step = scale.step();
    for (int i = from; i < to; i++) {
      int offset = values[i] - min;
      int s = segmentIds[i];
      int v = step == 1 ? offset : offset / step;
      if (offset < 0 || v >= p || (step != 1 && offset % step != 0) || s < 0 || s >= segments) {
        for (int j = from; j < i; j++) {
          c[segmentIds[j] * p + (values[j] - min) / step]--;
        }
        if (s < 0 || s >= segments) {
          throw new IllegalArgumentException("segmentIds[" + i + "] must be in 0.."
              + (segments - 1) + ", but was " + s);
        }
        throw Checks.offScale(scale, values[i]);
      }
      c[s * p + v]++;
    }
    return this;
  }

  /**
   * Counts whole arrays: {@code addAll(values, segmentIds, 0, values.length)}.
   *
   * @return this
   */
  public SegmentedCounts addAll(int[] values, int[] segmentIds) {
    return addAll(values, segmentIds, 0, Checks.notNull("values", values).length);
  }

  /**
   * Adds the counts of {@code other}, which must have the same scale and segment count.
   *
   * @return this
   * @throws IllegalArgumentException if scale or segment count differ
   */
  public SegmentedCounts merge(SegmentedCounts other) {
    Checks.notNull("other", other);
    if (!scale.equals(other.scale) || segmentCount != other.segmentCount) {
      throw new IllegalArgumentException("other must have the scale " + scale + " and "
          + segmentCount + " segments, but had " + other.scale + " and " + other.segmentCount);
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    return this;
  }

  /**
   * Number of answers with {@code value} in {@code segment}.
   *
   * @throws IllegalArgumentException if the segment is out of range or the value off the scale
   */
  public long count(int segment, int value) {
    checkSegment(segment);
    if (!scale.contains(value)) {
      throw Checks.offScale(scale, value);
    }
    return counts[segment * points + (value - scale.min()) / scale.step()];
  }

  /**
   * A new NPS accumulator holding the answers of {@code segment}.
   *
   * @throws IllegalArgumentException if the scale is not the NPS scale or the segment is out of
   *     range
   */
  public NpsAccumulator npsAccumulator(int segment) {
    Checks.metric(scale, Metric.NPS);
    return NpsAccumulator.wrap(tally(segment));
  }

  /**
   * A new CSAT or CES accumulator holding the answers of {@code segment}.
   *
   * @throws IllegalArgumentException if the scale feeds NPS or the segment is out of range
   */
  public ScaleAccumulator scaleAccumulator(int segment) {
    return ScaleAccumulator.wrap(tally(segment));
  }

  private Tally tally(int segment) {
    checkSegment(segment);
    Tally t = new Tally(scale);
    for (int i = 0; i < points; i++) {
      t.addUnits(i, counts[segment * points + i]);
    }
    return t;
  }

  private void checkSegment(int segment) {
    if (segment < 0 || segment >= segmentCount) {
      throw new IllegalArgumentException(
          "segment must be in 0.." + (segmentCount - 1) + ", but was " + segment);
    }
  }
}
