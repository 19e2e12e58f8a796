package io.feedbackloop.core.survey;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Choose exactly one of a list of options; answered with a {@link
 * io.feedbackloop.core.response.ChoiceAnswer} holding one choice id.
 *
 * @param id the question id
 * @param text the question text
 * @param required whether an answer is required when shown
 * @param showIf the display condition, or null when always shown
 * @param choices the options, in display order, with unique ids
 */
public record SingleChoiceQuestion(
    String id,
    LocalizedText text,
    boolean required,
    @Nullable DisplayCondition showIf,
    List<Choice> choices)
    implements Question {

  /** Creates the question, checking that choice ids are unique. */
  public SingleChoiceQuestion {
    Questions.common(id, text);
    choices = Questions.choices(id, choices);
  }

  /** A required single-choice question without condition. */
  public static SingleChoiceQuestion of(String id, LocalizedText text, List<Choice> choices) {
    return new SingleChoiceQuestion(id, text, true, null, choices);
  }

  @Override
  public Optional<DisplayCondition> displayCondition() {
    return Optional.ofNullable(showIf);
  }

  @Override
  public QuestionType type() {
    return QuestionType.SINGLE_CHOICE;
  }

  /** The option with this id, if offered. */
  public Optional<Choice> choice(String choiceId) {
    return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
  }

  /** A copy with another required flag. */
  public SingleChoiceQuestion withRequired(boolean newRequired) {
    return new SingleChoiceQuestion(id, text, newRequired, showIf, choices);
  }

  /** A copy with another display condition (null: always shown). */
  public SingleChoiceQuestion withShowIf(@Nullable DisplayCondition condition) {
    return new SingleChoiceQuestion(id, text, required, condition, choices);
  }
}
