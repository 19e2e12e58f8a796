package io.feedbackloop.core.response;

import io.feedbackloop.core.internal.Args;

/**
 * A number given on a scale (NPS, CSAT, CES, rating, smiley). Whether it lies on the question's
 * scale is checked by validation, not here.
 *
 * @param questionId the question answered
 * @param value the score
 */
public record ScoreAnswer(String questionId, int value) implements Answer {

  /** Creates the answer, checking the question id. */
  public ScoreAnswer {
    Args.identifier("questionId", questionId);
  }

  @Override
  public String typeName() {
    return "score";
  }
}
