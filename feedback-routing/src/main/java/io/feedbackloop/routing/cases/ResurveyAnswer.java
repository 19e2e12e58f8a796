package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.cases.Micros;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.scoring.Category;
import java.time.Instant;

/**
 * The answer to a re-survey.
 *
 * @param score the score given
 * @param category how the tracker's classifier read it
 * @param at when it was recorded (truncated to the microsecond)
 * @param reopened whether recording it reopened the case (it was still negative and the case was
 *     RESOLVED or CLOSED)
 */
public record ResurveyAnswer(int score, Category category, Instant at, boolean reopened) {

  /**
   * Checks the parts and truncates {@code at} to the microsecond.
   *
   * @throws NullPointerException if {@code category} or {@code at} is null
   * @throws IllegalArgumentException if a case was reopened for an answer that is not negative
   */
  public ResurveyAnswer {
    Checks.notNull("category", category);
    at = Micros.truncate(Checks.notNull("at", at));
    Checks.check(
        !reopened || category == Category.NEGATIVE,
        "reopened",
        "false for a " + category + " answer",
        reopened);
  }

  /** Tells whether the customer is no longer negative: the answer is neutral or positive. */
  public boolean recovered() {
    return category != Category.NEGATIVE;
  }
}
