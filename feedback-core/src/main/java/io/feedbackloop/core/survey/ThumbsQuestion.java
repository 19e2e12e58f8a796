package io.feedbackloop.core.survey;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A thumbs up / thumbs down question, answered with a {@link
 * io.feedbackloop.core.response.ThumbsAnswer}.
 *
 * @param id the question id
 * @param text the question text
 * @param required whether an answer is required when shown
 * @param showIf the display condition, or null when always shown
 */
public record ThumbsQuestion(
    String id, LocalizedText text, boolean required, @Nullable DisplayCondition showIf)
    implements Question {

  /** Creates the question, checking its id. */
  public ThumbsQuestion {
    Questions.common(id, text);
  }

  /** A required thumbs question without condition. */
  public static ThumbsQuestion of(String id, LocalizedText text) {
    return new ThumbsQuestion(id, text, true, null);
  }

  @Override
  public Optional<DisplayCondition> displayCondition() {
    return Optional.ofNullable(showIf);
  }

  @Override
  public QuestionType type() {
    return QuestionType.THUMBS;
  }

  /** A copy with another required flag. */
  public ThumbsQuestion withRequired(boolean newRequired) {
    return new ThumbsQuestion(id, text, newRequired, showIf);
  }

  /** A copy with another display condition (null: always shown). */
  public ThumbsQuestion withShowIf(@Nullable DisplayCondition condition) {
    return new ThumbsQuestion(id, text, required, condition);
  }
}
