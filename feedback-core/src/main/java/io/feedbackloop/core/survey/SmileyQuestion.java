package io.feedbackloop.core.survey;

import io.feedbackloop.core.internal.Args;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A row of 3 or 5 faces, answered with a score from 1 (saddest) to {@code faces} (happiest). The
 * faces carry text labels as well, so they never rely on emoji alone.
 *
 * <p>Its scale feeds no metric: with 5 faces, 4-5 are positive, 3 neutral and 1-2 negative; with 3
 * faces 3 is positive, 2 neutral and 1 negative.
 *
 * @param id the question id
 * @param text the question text
 * @param required whether an answer is required when shown
 * @param showIf the display condition, or null when always shown
 * @param faces 3 or 5
 * @param labels labels of the faces, keyed by value 1..faces
 */
public record SmileyQuestion(
    String id,
    LocalizedText text,
    boolean required,
    @Nullable DisplayCondition showIf,
    int faces,
    Map<Integer, LocalizedText> labels)
    implements ScaledQuestion {

  /** Creates the question, checking the number of faces and label values. */
  public SmileyQuestion {
    Questions.common(id, text);
    Args.check(faces == 3 || faces == 5, "faces of question " + id, "3 or 5", faces);
    labels = Questions.labels(id, scaleFor(faces), labels);
  }

  /** A required smiley question without labels or condition. */
  public static SmileyQuestion of(String id, LocalizedText text, int faces) {
    return new SmileyQuestion(id, text, true, null, faces, Map.of());
  }

  private static Scale scaleFor(int faces) {
    return new Scale(1, faces, 1, ScaleDirection.ASCENDING, Metric.NONE, faces == 5 ? 4 : 3);
  }

  @Override
  public Scale scale() {
    return scaleFor(faces);
  }

  @Override
  public Optional<DisplayCondition> displayCondition() {
    return Optional.ofNullable(showIf);
  }

  @Override
  public QuestionType type() {
    return QuestionType.SMILEY;
  }

  /** A copy with another required flag. */
  public SmileyQuestion withRequired(boolean newRequired) {
    return new SmileyQuestion(id, text, newRequired, showIf, faces, labels);
  }

  /** A copy with another display condition (null: always shown). */
  public SmileyQuestion withShowIf(@Nullable DisplayCondition condition) {
    return new SmileyQuestion(id, text, required, condition, faces, labels);
  }

  /** A copy with these face labels. */
  public SmileyQuestion withLabels(Map<Integer, LocalizedText> newLabels) {
    return new SmileyQuestion(id, text, required, showIf, faces, newLabels);
  }
}
