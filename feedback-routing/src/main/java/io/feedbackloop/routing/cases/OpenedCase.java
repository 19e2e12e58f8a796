package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * The result of opening a case: the case, and whether this call created it or found the one an
 * earlier call (maybe on another node) created for the same creation key.
 *
 * @param followUpCase the case, new or existing
 * @param created true if this call created it
 */
public record OpenedCase(FollowUpCase followUpCase, boolean created) {

  /**
   * Creates the result.
   *
   * @throws NullPointerException if {@code followUpCase} is null
   */
  public OpenedCase {
    Checks.notNull("followUpCase", followUpCase);
  }
}
