package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A general rating on any scale (min, max, step, direction, optional labels). It may feed CSAT, CES
 * or no metric; an NPS question must be an {@link NpsQuestion}.
 *
 * @param id the question id
 * @param text the question text
 * @param required whether an answer is required when shown
 * @param showIf the display condition, or null when always shown
 * @param scale the scale
 * @param labels labels of scale values (usually the ends)
 */
public record RatingQuestion(
    String id,
    LocalizedText text,
    boolean required,
    @Nullable DisplayCondition showIf,
    Scale scale,
    Map<Integer, LocalizedText> labels)
    implements ScaledQuestion {

  /** Creates the question, checking ids, the scale's metric and label values. */
  public RatingQuestion {
    Questions.common(id, text);
    Args.notNull("scale of question " + id, scale);
    Args.check(
        scale.metric() != Metric.NPS, "the scale of rating question " + id, "not an NPS scale (use an nps question)", "an NPS scale");
    labels = Questions.labels(id, scale, labels);
  }

  /** A required question on the default scale ({@code Scale.rating(1, 5)}), without labels or condition. */
  public static RatingQuestion of(String id, LocalizedText text) {
    return new RatingQuestion(id, text, true, null, Scale.rating(1, 5), Map.of());
  }

  @Override
  public Optional<DisplayCondition> displayCondition() {
    return Optional.ofNullable(showIf);
  }

  @Override
  public QuestionType type() {
    return QuestionType.RATING;
  }

  /** A copy with another required flag. */
  public RatingQuestion withRequired(boolean newRequired) {
    return new RatingQuestion(id, text, newRequired, showIf, scale, labels);
  }

  /** A copy with another display condition (null: always shown). */
  public RatingQuestion withShowIf(@Nullable DisplayCondition condition) {
    return new RatingQuestion(id, text, required, condition, scale, labels);
  }

  /** A copy on another scale (labels are checked against it). */
  public RatingQuestion withScale(Scale newScale) {
    return new RatingQuestion(id, text, required, showIf, newScale, labels);
  }

  /** A copy with these value labels. */
  public RatingQuestion withLabels(Map<Integer, LocalizedText> newLabels) {
    return new RatingQuestion(id, text, required, showIf, scale, newLabels);
  }
}
