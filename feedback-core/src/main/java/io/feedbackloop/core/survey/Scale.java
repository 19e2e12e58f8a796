package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;

/**
 * Explicit metadata of a numeric answer scale: its range, step, direction, the metric it feeds and
 * where "positive" starts.
 *
 * <p>{@code positiveFrom} is the first value counted as positive in the scale's good direction: the
 * CSAT "satisfied" threshold (4 on 1-5), the CES "agree" threshold (5 on 1-7), the NPS promoter
 * threshold (9). On an {@link ScaleDirection#ASCENDING ascending} scale values {@code >=
 * positiveFrom} are positive; on a descending scale values {@code <= positiveFrom} are.
 *
 * <p>Rules checked on construction: {@code min < max}; {@code step > 0}; {@code max - min} is a
 * multiple of {@code step}; {@code positiveFrom} lies on the scale. An {@link Metric#NPS} scale must
 * be exactly 0-10 step 1 ascending with {@code positiveFrom} 9.
 *
 * @param min the lowest value
 * @param max the highest value
 * @param step distance between allowed values, starting at {@code min}
 * @param direction which end is good
 * @param metric the metric this scale feeds
 * @param positiveFrom first positive value in the good direction
 */
public record Scale(
    int min, int max, int step, ScaleDirection direction, Metric metric, int positiveFrom) {

  /** Creates a scale, checking the rules above. */
  public Scale {
    Args.notNull("direction", direction);
    Args.notNull("metric", metric);
    Args.check(min < max, "max", "> min (" + min + ")", max);
    Args.positive("step", step);
    Args.check(
        ((long) max - min) % step == 0, "max - min", "a multiple of step " + step, max - min);
    Args.check(
        positiveFrom >= min && positiveFrom <= max && ((long) positiveFrom - min) % step == 0,
        "positiveFrom",
        "a value on the scale " + min + ".." + max + " step " + step,
        positiveFrom);
    if (metric == Metric.NPS) {
      Args.check(
          min == 0 && max == 10 && step == 1 && direction == ScaleDirection.ASCENDING,
          "an NPS scale",
          "0..10 step 1 ascending",
          min + ".." + max + " step " + step + " " + direction.wireName());
      Args.check(positiveFrom == 9, "positiveFrom of an NPS scale", "9", positiveFrom);
    }
  }

  /** The NPS scale: 0-10, promoters from 9. */
  public static Scale nps() {
    return new Scale(0, 10, 1, ScaleDirection.ASCENDING, Metric.NPS, 9);
  }

  /** The CSAT scale: 1-5, satisfied from 4 (top-2-box). */
  public static Scale csat() {
    return new Scale(1, 5, 1, ScaleDirection.ASCENDING, Metric.CSAT, 4);
  }

  /** The CES 2.0 agree scale: 1-7, "agree" (easy) from 5. */
  public static Scale ces() {
    return new Scale(1, 7, 1, ScaleDirection.ASCENDING, Metric.CES, 5);
  }

  /**
   * A general ascending rating scale feeding no metric, step 1, positive from the top two values.
   *
   * @throws IllegalArgumentException if {@code min >= max}
   */
  public static Scale rating(int min, int max) {
    Args.check(min < max, "max", "> min (" + min + ")", max);
    return new Scale(min, max, 1, ScaleDirection.ASCENDING, Metric.NONE, Math.max(min, max - 1));
  }

  /** Tells whether {@code value} is on this scale: within range and on a step. */
  public boolean contains(int value) {
    return value >= min && value <= max && ((long) value - min) % step == 0;
  }

  /** Tells whether {@code value} counts as positive (see the class description). */
  public boolean isPositive(int value) {
    return direction == ScaleDirection.ASCENDING ? value >= positiveFrom : value <= positiveFrom;
  }

  /** Number of distinct values on the scale. */
  public int points() {
    return (int) Math.min(Integer.MAX_VALUE, ((long) max - min) / step + 1);
  }

  /** Returns this scale feeding another metric (the other rules are checked again). */
  public Scale withMetric(Metric newMetric) {
    return new Scale(min, max, step, direction, newMetric, positiveFrom);
  }

  /** Returns this scale with another positive threshold (checked again). */
  public Scale withPositiveFrom(int newPositiveFrom) {
    return new Scale(min, max, step, direction, metric, newPositiveFrom);
  }
}
