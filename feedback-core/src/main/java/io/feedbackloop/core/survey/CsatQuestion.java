package io.feedbackloop.core.survey;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer-satisfaction question on a scale feeding {@link Metric#CSAT}, by default 1-5 with
 * "satisfied" from 4 ({@link Scale#csat()}).
 *
 * @param id the question id
 * @param text the question text
 * @param required whether an answer is required when shown
 * @param showIf the display condition, or null when always shown
 * @param scale the scale
 * @param labels labels of scale values (usually the ends)
 */
public record CsatQuestion(
    String id,
    LocalizedText text,
    boolean required,
    @Nullable DisplayCondition showIf,
    Scale scale,
    Map<Integer, LocalizedText> labels)
    implements ScaledQuestion {

  /** Creates the question, checking ids, the scale's metric and label values. */
  public CsatQuestion {
    Questions.common(id, text);
    Questions.metric(id, scale, Metric.CSAT);
    labels = Questions.labels(id, scale, labels);
  }

  /** A required question on the default scale ({@code Scale.csat()}), without labels or condition. */
  public static CsatQuestion of(String id, LocalizedText text) {
    return new CsatQuestion(id, text, true, null, Scale.csat(), Map.of());
  }

  @Override
  public Optional<DisplayCondition> displayCondition() {
    return Optional.ofNullable(showIf);
  }

  @Override
  public QuestionType type() {
    return QuestionType.CSAT;
  }

  /** A copy with another required flag. */
  public CsatQuestion withRequired(boolean newRequired) {
    return new CsatQuestion(id, text, newRequired, showIf, scale, labels);
  }

  /** A copy with another display condition (null: always shown). */
  public CsatQuestion withShowIf(@Nullable DisplayCondition condition) {
    return new CsatQuestion(id, text, required, condition, scale, labels);
  }

  /** A copy on another scale (labels are checked against it). */
  public CsatQuestion withScale(Scale newScale) {
    return new CsatQuestion(id, text, required, showIf, newScale, labels);
  }

  /** A copy with these value labels. */
  public CsatQuestion withLabels(Map<Integer, LocalizedText> newLabels) {
    return new CsatQuestion(id, text, required, showIf, scale, newLabels);
  }
}
