package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.Mean;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.Proportion;
import io.feedbackloop.scoring.ScaleResult;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The scores of one segment in one time window, the output of {@link ScoreJob}.
 *
 * @param segment the segment
 * @param windowStart the window's first instant (inclusive)
 * @param windowEnd the window's end (exclusive)
 * @param scores NPS, CSAT and CES of the responses submitted in the window
 */
public record WindowScores(String segment, Instant windowStart, Instant windowEnd, Scores scores) {

  /** The header of {@link #toCsvLine()}. */
  public static final String HEADER = "segment,windowStart,windowEnd,"
      + "npsN,nps,npsLow,npsHigh,csatN,csat,csatLow,csatHigh,cesN,ces,cesLow,cesHigh";

  /**
   * Creates window scores.
   *
   * @throws IllegalArgumentException if the window does not end after it starts
   * @throws NullPointerException if an argument is null
   */
  public WindowScores {
    Objects.requireNonNull(segment, "segment must not be null");
    Objects.requireNonNull(windowStart, "windowStart must not be null");
    Objects.requireNonNull(windowEnd, "windowEnd must not be null");
    Objects.requireNonNull(scores, "scores must not be null");
    if (!windowEnd.isAfter(windowStart)) {
      throw new IllegalArgumentException(
          "windowEnd must be after windowStart (" + windowStart + "), but was " + windowEnd);
    }
  }

  /**
   * One CSV line (see {@link #HEADER}): per metric the number of answers, the headline figure
   * (NPS points, CSAT share satisfied, CES mean) and its interval; empty cells without an estimate.
   */
  public String toCsvLine() {
    NpsResult nps = scores.nps();
    ScaleResult csat = scores.csat();
    ScaleResult ces = scores.ces();
    Optional<Proportion> share = csat.positiveShare();
    Optional<Mean> mean = ces.mean();
    return String.join(",", segment, windowStart.toString(), windowEnd.toString(),
        Long.toString(nps.n()), cell(nps.score()), low(nps.interval()), high(nps.interval()),
        Long.toString(csat.n()), cell(share.map(Proportion::share)),
        low(share.map(Proportion::interval)), high(share.map(Proportion::interval)),
        Long.toString(ces.n()), cell(mean.map(Mean::value)),
        low(mean.flatMap(Mean::interval)), high(mean.flatMap(Mean::interval)));
  }

  private static String cell(OptionalDouble value) {
    return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
  }

  private static String cell(Optional<Double> value) {
    return value.map(String::valueOf).orElse("");
  }

  private static String low(Optional<Interval> interval) {
    return cell(interval.map(Interval::low));
  }

  private static String high(Optional<Interval> interval) {
    return cell(interval.map(Interval::high));
  }
}
