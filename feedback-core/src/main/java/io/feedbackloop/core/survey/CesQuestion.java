package io.feedbackloop.core.survey;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Customer Effort Score 2.0 question ("The company made it easy for me to handle my issue") on an
 * agree scale feeding {@link Metric#CES}, by default 1-7 with "agree" from 5 ({@link Scale#ces()}).
 *
 * @param id the question id
 * @param text the question text
 * @param required whether an answer is required when shown
 * @param showIf the display condition, or null when always shown
 * @param scale the scale
 * @param labels labels of scale values (usually the ends)
 */
public record CesQuestion(
    String id,
    LocalizedText text,
    boolean required,
    @Nullable DisplayCondition showIf,
    Scale scale,
    Map<Integer, LocalizedText> labels)
    implements ScaledQuestion {

  /** Creates the question, checking ids, the scale's metric and label values. */
  public CesQuestion {
    Questions.common(id, text);
    Questions.metric(id, scale, Metric.CES);
    labels = Questions.labels(id, scale, labels);
  }

  /** A required question on the default scale ({@code Scale.ces()}), without labels or condition. */
  public static CesQuestion of(String id, LocalizedText text) {
    return new CesQuestion(id, text, true, null, Scale.ces(), Map.of());
  }

  @Override
  public Optional<DisplayCondition> displayCondition() {
    return Optional.ofNullable(showIf);
  }

  @Override
  public QuestionType type() {
    return QuestionType.CES;
  }

  /** A copy with another required flag. */
  public CesQuestion withRequired(boolean newRequired) {
    return new CesQuestion(id, text, newRequired, showIf, scale, labels);
  }

  /** A copy with another display condition (null: always shown). */
  public CesQuestion withShowIf(@Nullable DisplayCondition condition) {
    return new CesQuestion(id, text, required, condition, scale, labels);
  }

  /** A copy on another scale (labels are checked against it). */
  public CesQuestion withScale(Scale newScale) {
    return new CesQuestion(id, text, required, showIf, newScale, labels);
  }

  /** A copy with these value labels. */
  public CesQuestion withLabels(Map<Integer, LocalizedText> newLabels) {
    return new CesQuestion(id, text, required, showIf, scale, newLabels);
  }
}
