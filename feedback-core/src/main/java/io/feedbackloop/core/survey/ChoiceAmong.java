package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.ChoiceAnswer;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shown when at least one of {@code choiceIds} was chosen for the earlier question.
 *
 * @param questionId the earlier (choice) question
 * @param choiceIds the choices that show the question; not empty
 */
public record ChoiceAmong(String questionId, Set<String> choiceIds) implements DisplayCondition {

  /** Creates the condition; the set is copied into sorted, immutable form. */
  public ChoiceAmong {
    Args.identifier("questionId", questionId);
    Args.notNull("choiceIds", choiceIds);
    Args.check(!choiceIds.isEmpty(), "choiceIds", "not empty", choiceIds);
    choiceIds.forEach(c -> Args.identifier("choiceId", c));
    choiceIds = java.util.Collections.unmodifiableSet(new TreeSet<>(choiceIds));
  }

  @Override
  public boolean isMetBy(Answer answer) {
    if (answer instanceof ChoiceAnswer choice) {
      for (String id : choice.choiceIds()) {
        if (choiceIds.contains(id)) {
          return true;
        }
      }
    }
    return false;
  }
}
