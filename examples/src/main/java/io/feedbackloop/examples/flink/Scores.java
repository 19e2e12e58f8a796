package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.ScaleResult;
import java.util.Objects;

/**
 * NPS, CSAT and CES of one group of responses, as {@link ScoresAggregate} computes them.
 *
 * @param nps the NPS with its interval
 * @param csat the CSAT (share satisfied and mean) with intervals
 * @param ces the CES (mean and share easy) with intervals
 */
public record Scores(NpsResult nps, ScaleResult csat, ScaleResult ces) {

  /**
   * Creates scores.
   *
   * @throws NullPointerException if a result is null
   */
  public Scores {
    Objects.requireNonNull(nps, "nps must not be null");
    Objects.requireNonNull(csat, "csat must not be null");
    Objects.requireNonNull(ces, "ces must not be null");
  }
}
