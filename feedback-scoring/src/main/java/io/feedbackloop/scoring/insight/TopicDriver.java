package io.feedbackloop.scoring.insight;

import io.feedbackloop.scoring.Interval;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one topic relates to the NPS: who mentions it and what their score is. See {@link
 * TopicDrivers} for the formulas.
 *
 * @param topic the topic id
 * @param mentions the responses whose comment mentions the topic
 * @param detractorShare the share of detractors (0-6) whose comment mentions it, in [0, 1]; 0 when
 *     there are no detractors
 * @param promoterShare the same among promoters (9-10); 0 when there are no promoters
 * @param lift {@code detractorShare / promoterShare}, the risk ratio (with the Haldane-Anscombe
 *     correction when a cell is zero); empty when there are no detractors or no promoters at all
 * @param liftCi the Katz log confidence interval of the lift; empty exactly when {@code lift} is
 * @param npsWith the NPS (-100..100) of the responses mentioning the topic; empty when none do
 * @param npsWithout the NPS of the responses not mentioning it; empty when all do
 * @param impact the NPS points the whole sample would gain if those mentioning the topic scored
 *     like the rest: {@code (npsWithout - npsWith) × mentions / n}; 0 when either NPS is empty
 */
public record TopicDriver(
    String topic,
    long mentions,
    double detractorShare,
    double promoterShare,
    OptionalDouble lift,
    Optional<Interval> liftCi,
    OptionalDouble npsWith,
    OptionalDouble npsWithout,
    double impact) {

  /**
   * Creates a driver row.
   *
   * @throws IllegalArgumentException if {@code mentions} is negative, a share is not in [0, 1],
   *     {@code impact} is not finite, or only one of {@code lift} and {@code liftCi} is present
   */
  public TopicDriver {
    Objects.requireNonNull(topic, "topic must not be null");
    Objects.requireNonNull(lift, "lift must not be null");
    Objects.requireNonNull(liftCi, "liftCi must not be null");
    Objects.requireNonNull(npsWith, "npsWith must not be null");
    Objects.requireNonNull(npsWithout, "npsWithout must not be null");
    if (mentions < 0) {
      throw new IllegalArgumentException("mentions must be >= 0, but was " + mentions);
    }
    share("detractorShare", detractorShare);
    share("promoterShare", promoterShare);
    if (!Double.isFinite(impact)) {
      throw new IllegalArgumentException("impact must be finite, but was " + impact);
    }
    if (lift.isPresent() != liftCi.isPresent()) {
      throw new IllegalArgumentException(
          "liftCi must be present exactly when lift is, but was " + liftCi + " for lift " + lift);
    }
  }

  private static void share(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], but was " + value);
    }
  }
}
