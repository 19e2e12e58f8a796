package io.feedbackloop.core.survey;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "How likely are you to recommend us to a friend or colleague?" on the fixed 0-10 scale ({@link
 * Scale#nps()}).
 *
 * @param id the question id
 * @param text the question text
 * @param required whether an answer is required when shown
 * @param showIf the display condition, or null when always shown
 * @param labels labels of scale values (usually 0 and 10)
 */
public record NpsQuestion(
    String id,
    LocalizedText text,
    boolean required,
    @Nullable DisplayCondition showIf,
    Map<Integer, LocalizedText> labels)
    implements ScaledQuestion {

  /** Creates the question, checking ids and label values. */
  public NpsQuestion {
    Questions.common(id, text);
    labels = Questions.labels(id, Scale.nps(), labels);
  }

  /** A required NPS question without labels or condition. */
  public static NpsQuestion of(String id, LocalizedText text) {
    return new NpsQuestion(id, text, true, null, Map.of());
  }

  @Override
  public Scale scale() {
    return Scale.nps();
  }

  @Override
  public Optional<DisplayCondition> displayCondition() {
    return Optional.ofNullable(showIf);
  }

  @Override
  public QuestionType type() {
    return QuestionType.NPS;
  }

  /** A copy with another required flag. */
  public NpsQuestion withRequired(boolean newRequired) {
    return new NpsQuestion(id, text, newRequired, showIf, labels);
  }

  /** A copy with another display condition (null: always shown). */
  public NpsQuestion withShowIf(@Nullable DisplayCondition condition) {
    return new NpsQuestion(id, text, required, condition, labels);
  }

  /** A copy with these value labels. */
  public NpsQuestion withLabels(Map<Integer, LocalizedText> newLabels) {
    return new NpsQuestion(id, text, required, showIf, newLabels);
  }
}
