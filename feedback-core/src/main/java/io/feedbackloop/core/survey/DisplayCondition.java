package io.feedbackloop.core.survey;

import io.feedbackloop.core.response.Answer;
import java.util.Set;

/**
 * When a question is shown, decided by the answer to an earlier question: a score range or a set of
 * choices. A question whose condition refers to an unanswered question is not shown.
 */
public sealed interface DisplayCondition permits ScoreBetween, ChoiceAmong {

  /** The id of the earlier question the condition looks at. */
  String questionId();

  /** Tells whether {@code answer} (to {@link #questionId()}) makes the question shown. */
  boolean isMetBy(Answer answer);

  /**
   * Shown when the score given to {@code questionId} lies in {@code [min, max]}. For a thumbs
   * question, up counts as 1 and down as 0.
   */
  static DisplayCondition scoreBetween(String questionId, int min, int max) {
    return new ScoreBetween(questionId, min, max);
  }

  /** Shown when at least one of {@code choiceIds} was chosen for {@code questionId}. */
  static DisplayCondition choiceAmong(String questionId, String... choiceIds) {
    return new ChoiceAmong(questionId, Set.of(choiceIds));
  }
}
