package io.feedbackloop.core.response;

import io.feedbackloop.core.internal.Args;
import java.util.List;

/**
 * The ids of the options chosen, in the order given. Whether they are offered, unique and within
 * the question's selection bounds is checked by validation.
 *
 * @param questionId the question answered
 * @param choiceIds the chosen option ids
 */
public record ChoiceAnswer(String questionId, List<String> choiceIds) implements Answer {

  /** Creates the answer; the list is copied. */
  public ChoiceAnswer {
    Args.identifier("questionId", questionId);
    choiceIds = List.copyOf(Args.notNull("choiceIds", choiceIds));
  }

  /** An answer choosing {@code choiceIds}. */
  public static ChoiceAnswer of(String questionId, String... choiceIds) {
    return new ChoiceAnswer(questionId, List.of(choiceIds));
  }

  @Override
  public String typeName() {
    return "choice";
  }
}
