package io.feedbackloop.core.response;

import io.feedbackloop.core.internal.Args;

/**
 * Thumbs up ({@code up == true}) or down.
 *
 * @param questionId the question answered
 * @param up true for thumbs up
 */
public record ThumbsAnswer(String questionId, boolean up) implements Answer {

  /** Creates the answer, checking the question id. */
  public ThumbsAnswer {
    Args.identifier("questionId", questionId);
  }

  @Override
  public String typeName() {
    return "thumbs";
  }
}
