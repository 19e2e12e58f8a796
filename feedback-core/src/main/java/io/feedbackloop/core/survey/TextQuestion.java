package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A free-text question, answered with a {@link io.feedbackloop.core.response.TextAnswer} of at most
 * {@code maxLength} characters (Unicode code points).
 *
 * @param id the question id
 * @param text the question text
 * @param required whether an answer is required when shown (a blank answer does not count)
 * @param showIf the display condition, or null when always shown
 * @param maxLength the longest answer accepted, 1 to {@value #MAX_LENGTH_LIMIT}
 */
public record TextQuestion(
    String id,
    LocalizedText text,
    boolean required,
    @Nullable DisplayCondition showIf,
    int maxLength)
    implements Question {

  /** The default {@code maxLength}. */
  public static final int DEFAULT_MAX_LENGTH = 2000;

  /** The largest {@code maxLength} allowed (responses are limited to 64 KiB of JSON). */
  public static final int MAX_LENGTH_LIMIT = 20_000;

  /** Creates the question, checking the length limit. */
  public TextQuestion {
    Questions.common(id, text);
    Args.check(
        maxLength >= 1 && maxLength <= MAX_LENGTH_LIMIT,
        "maxLength of question " + id,
        "in 1.." + MAX_LENGTH_LIMIT,
        maxLength);
  }

  /** An optional text question of up to {@value #DEFAULT_MAX_LENGTH} characters. */
  public static TextQuestion of(String id, LocalizedText text) {
    return new TextQuestion(id, text, false, null, DEFAULT_MAX_LENGTH);
  }

  @Override
  public Optional<DisplayCondition> displayCondition() {
    return Optional.ofNullable(showIf);
  }

  @Override
  public QuestionType type() {
    return QuestionType.TEXT;
  }

  /** A copy with another required flag. */
  public TextQuestion withRequired(boolean newRequired) {
    return new TextQuestion(id, text, newRequired, showIf, maxLength);
  }

  /** A copy with another display condition (null: always shown). */
  public TextQuestion withShowIf(@Nullable DisplayCondition condition) {
    return new TextQuestion(id, text, required, condition, maxLength);
  }

  /** A copy with another length limit. */
  public TextQuestion withMaxLength(int newMaxLength) {
    return new TextQuestion(id, text, required, showIf, newMaxLength);
  }
}
