package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.response.ThumbsAnswer;

/**
 * Shown when the earlier score lies in {@code [min, max]} (thumbs: up = 1, down = 0).
 *
 * @param questionId the earlier question
 * @param min lowest score that shows the question
 * @param max highest score that shows the question
 */
public record ScoreBetween(String questionId, int min, int max) implements DisplayCondition {

  /** Creates the condition, checking {@code min <= max}. */
  public ScoreBetween {
    Args.identifier("questionId", questionId);
    Args.check(min <= max, "max", ">= min (" + min + ")", max);
  }

  @Override
  public boolean isMetBy(Answer answer) {
    int value;
    if (answer instanceof ScoreAnswer score) {
      value = score.value();
    } else if (answer instanceof ThumbsAnswer thumbs) {
      value = thumbs.up() ? 1 : 0;
    } else {
      return false;
    }
    return value >= min && value <= max;
  }
}
