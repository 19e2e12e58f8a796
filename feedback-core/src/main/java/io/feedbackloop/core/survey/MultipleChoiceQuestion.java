package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Choose between {@code minSelections} and {@code maxSelections} of a list of options; answered
 * with a {@link io.feedbackloop.core.response.ChoiceAnswer}.
 *
 * @param id the question id
 * @param text the question text
 * @param required whether an answer is required when shown
 * @param showIf the display condition, or null when always shown
 * @param choices the options, in display order, with unique ids
 * @param minSelections fewest choices an answer must hold, {@code >= 1}
 * @param maxSelections most choices an answer may hold, between min and the number of choices
 */
public record MultipleChoiceQuestion(
    String id,
    LocalizedText text,
    boolean required,
    @Nullable DisplayCondition showIf,
    List<Choice> choices,
    int minSelections,
    int maxSelections)
    implements Question {

  /** Creates the question, checking choice ids and the selection bounds. */
  public MultipleChoiceQuestion {
    Questions.common(id, text);
    choices = Questions.choices(id, choices);
    Args.positive("minSelections of question " + id, minSelections);
    Args.check(
        maxSelections >= minSelections && maxSelections <= choices.size(),
        "maxSelections of question " + id,
        "between minSelections (" + minSelections + ") and the number of choices ("
            + choices.size() + ")",
        maxSelections);
  }

  /** A required question allowing 1 to all choices, without condition. */
  public static MultipleChoiceQuestion of(String id, LocalizedText text, List<Choice> choices) {
    return new MultipleChoiceQuestion(id, text, true, null, choices, 1, choices.size());
  }

  @Override
  public Optional<DisplayCondition> displayCondition() {
    return Optional.ofNullable(showIf);
  }

  @Override
  public QuestionType type() {
    return QuestionType.MULTIPLE_CHOICE;
  }

  /** The option with this id, if offered. */
  public Optional<Choice> choice(String choiceId) {
    return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
  }

  /** A copy with another required flag. */
  public MultipleChoiceQuestion withRequired(boolean newRequired) {
    return new MultipleChoiceQuestion(
        id, text, newRequired, showIf, choices, minSelections, maxSelections);
  }

  /** A copy with another display condition (null: always shown). */
  public MultipleChoiceQuestion withShowIf(@Nullable DisplayCondition condition) {
    return new MultipleChoiceQuestion(
        id, text, required, condition, choices, minSelections, maxSelections);
  }

  /** A copy with other selection bounds. */
  public MultipleChoiceQuestion withSelections(int min, int max) {
    return new MultipleChoiceQuestion(id, text, required, showIf, choices, min, max);
  }
}
