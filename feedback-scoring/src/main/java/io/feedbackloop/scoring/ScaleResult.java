package io.feedbackloop.scoring;

import io.feedbackloop.core.survey.Metric;
import java.util.Objects;
import java.util.Optional;

/**
 * A CSAT or CES result: counts per {@link Category}, the share of positive answers with a Wilson
 * interval, and the mean with a Student-t interval.
 *
 * <p>For {@link Metric#CSAT} the headline figure is {@link #positiveShare()} (top-2-box: 4-5 on
 * 1-5) and the mean is the second figure; for {@link Metric#CES} the headline is the {@link
 * #mean()} and the share answering 5-7 ("agree") is the second figure. What counts as positive
 * comes from the scale ({@code positiveFrom} and direction).
 *
 * <p>Without an estimate (no answers, or every weight zero) both estimates are empty and the
 * effective sample size is 0.
 *
 * @param metric the metric scored, CSAT or CES
 * @param n number of answers
 * @param positive satisfied (CSAT) or easy/agree (CES) answers
 * @param neutral answers one step short of positive
 * @param negative the other answers
 * @param effectiveSampleSize Kish effective sample size, {@code n} when unweighted
 * @param positiveShare share of positive answers with its Wilson interval
 * @param mean mean answer with its t interval
 * @param belowMinimum whether {@code n} is below the scorer's minimum sample size
 */
public record ScaleResult(
    Metric metric,
    long n,
    long positive,
    long neutral,
    long negative,
    double effectiveSampleSize,
    Optional<Proportion> positiveShare,
    Optional<Mean> mean,
    boolean belowMinimum) {

  /**
   * Creates a result; meant for the scorer and for tests.
   *
   * @throws IllegalArgumentException if a count is negative or the counts do not add up to n
   * @throws NullPointerException if an argument is null
   */
  public ScaleResult {
    Objects.requireNonNull(metric, "metric must not be null");
    Objects.requireNonNull(positiveShare, "positiveShare must not be null");
    Objects.requireNonNull(mean, "mean must not be null");
    if (positive < 0 || neutral < 0 || negative < 0 || positive + neutral + negative != n) {
      throw new IllegalArgumentException(
          "n must be positive + neutral + negative >= 0, but was "
              + n + " (" + positive + " + " + neutral + " + " + negative + ")");
    }
  }

  /** Whether there is an estimate: at least one answer with a weight above zero. */
  public boolean hasEstimate() {
    return mean.isPresent();
  }
}
