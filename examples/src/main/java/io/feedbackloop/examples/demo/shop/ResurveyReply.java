package io.feedbackloop.examples.demo.shop;

import java.time.Instant;
import java.util.Objects;

/**
 * A re-surveyed customer's new answer.
 *
 * @param score the new NPS score, 0-10
 * @param at when it was given
 */
public record ResurveyReply(int score, Instant at) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if {@code at} is null
   * @throws IllegalArgumentException if the score is outside 0-10
   */
  public ResurveyReply {
    Objects.requireNonNull(at, "at");
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("score must be in 0..10, but was " + score);
    }
  }
}
