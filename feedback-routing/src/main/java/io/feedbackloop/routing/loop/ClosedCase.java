package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.Resurvey;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Optional;

/**
 * What {@link FeedbackLoop#closeCase} did.
 *
 * @param closedCase the case, CLOSED
 * @param resurvey the customer's re-survey, if one was scheduled (or had been before)
 */
public record ClosedCase(FollowUpCase closedCase, Optional<Resurvey> resurvey) {
  /** Checks the parts. */
  public ClosedCase {
    Checks.notNull("closedCase", closedCase);
    Checks.notNull("resurvey", resurvey);
  }
}
