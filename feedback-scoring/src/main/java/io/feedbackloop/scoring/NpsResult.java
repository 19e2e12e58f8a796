package io.feedbackloop.scoring;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A Net Promoter Score with its counts, shares, variance and adjusted-Wald confidence interval.
 *
 * <p>{@link #score()} is the plain NPS, {@code 100 * (promoter share - detractor share)}, in points
 * (-100..100). The {@link #interval()} is the adjusted-Wald interval (Rocks 2016): 3 is added to
 * the (effective) sample size and 3/4 to the promoters and to the detractors, the interval is
 * centred on that adjusted NPS and clipped to [-100, 100]; it is therefore not symmetric around
 * {@code score}. {@link #marginOfError()} is the unclipped half-width, in points.
 *
 * <p>Counts are exact numbers of answers; shares, variance and intervals use the weights, and the
 * Kish effective sample size {@code (sum w)^2 / sum w^2} stands in for n (it equals n when no
 * answer was weighted).
 *
 * <p>Without an estimate, that is with no answers or with every weight zero, {@code score},
 * {@code interval} and {@code marginOfError} are empty and the shares, variance and effective
 * sample size are 0. Nothing is rounded.
 *
 * @param n number of answers
 * @param promoters answers 9-10
 * @param passives answers 7-8
 * @param detractors answers 0-6
 * @param effectiveSampleSize Kish effective sample size, {@code n} when unweighted
 * @param promoterShare weighted share of promoters in [0, 1]
 * @param passiveShare weighted share of passives in [0, 1]
 * @param detractorShare weighted share of detractors in [0, 1]
 * @param variance per-respondent variance {@code pP + pD - (pP - pD)^2}, in [0, 1]
 * @param score the NPS in points, empty without an estimate
 * @param interval the adjusted-Wald interval in points, empty without an estimate
 * @param marginOfError half-width of the adjusted-Wald interval before clipping, in points
 * @param belowMinimum whether {@code n} is below the scorer's minimum sample size
 */
public record NpsResult(
    long n,
    long promoters,
    long passives,
    long detractors,
    double effectiveSampleSize,
    double promoterShare,
    double passiveShare,
    double detractorShare,
    double variance,
    OptionalDouble score,
    Optional<Interval> interval,
    OptionalDouble marginOfError,
    boolean belowMinimum) {

  /**
   * Creates a result; meant for the scorer and for tests.
   *
   * @throws IllegalArgumentException if a count is negative or the counts do not add up to n
   * @throws NullPointerException if an optional is null
   */
  public NpsResult {
    Objects.requireNonNull(score, "score must not be null");
    Objects.requireNonNull(interval, "interval must not be null");
    Objects.requireNonNull(marginOfError, "marginOfError must not be null");
    if (promoters < 0 || passives < 0 || detractors < 0
        || promoters + passives + detractors != n) {
      throw new IllegalArgumentException(
          "n must be promoters + passives + detractors >= 0, but was "
              + n + " (" + promoters + " + " + passives + " + " + detractors + ")");
    }
  }

  /** Whether there is an estimate: at least one answer with a weight above zero. */
  public boolean hasEstimate() {
    return score.isPresent();
  }
}
