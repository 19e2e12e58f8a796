package io.feedbackloop.routing.internal.rules;

import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.Survey;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A survey prepared for evaluation: the scale of each scaled question computed once (a question's
 * {@code scale()} may build a new value on every call).
 * Immutable and thread-safe.
 */
public final class BoundSurvey {
  private final Survey survey;
  private final Map<String, Scale> scales = new HashMap<>();

  private BoundSurvey(Survey survey) {
    this.survey = survey;
    for (Question q : survey.questions()) {
      if (q instanceof ScaledQuestion s) {
        scales.put(q.id(), s.scale());
      }
    }
  }

  /** Prepares {@code survey}. */
  public static BoundSurvey of(Survey survey) {
    return new BoundSurvey(survey);
  }

  /** The survey. */
  public Survey survey() {
    return survey;
  }

  /** The scale of the scaled question {@code questionId}, or null. */
  @Nullable Scale scale(String questionId) {
    return scales.get(questionId);
  }
}
