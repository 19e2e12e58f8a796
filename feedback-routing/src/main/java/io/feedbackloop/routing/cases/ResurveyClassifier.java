package io.feedbackloop.routing.cases;

import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.scoring.Category;

/**
 * Tells whether a re-survey score (and the score that opened the case) is negative: the plug-in
 * behind {@link RecoveryTracker}. Implementations must be thread-safe and side-effect free.
 */
@FunctionalInterface
public interface ResurveyClassifier {

  /**
   * The category of {@code score}.
   *
   * @throws IllegalArgumentException if the score is not on the classifier's scale
   */
  Category classify(int score);

  /** NPS: 0-6 negative (detractor), 7-8 neutral, 9-10 positive; the default. */
  static ResurveyClassifier nps() {
    return Category::nps;
  }

  /**
   * Classifies on {@code scale} with {@link Category#of(Scale, int)} (CSAT 1-2 negative on 1-5,
   * CES 1-3 on 1-7, ...).
   *
   * @throws NullPointerException if {@code scale} is null
   */
  static ResurveyClassifier of(Scale scale) {
    Checks.notNull("scale", scale);
    return score -> Category.of(scale, score);
  }
}
