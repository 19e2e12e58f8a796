package io.feedbackloop.routing.internal.cases;

import io.feedbackloop.routing.cases.FollowUpCase;
import java.time.Instant;

/**
 * When an open case is in breach of its SLA, the rule the in-memory store applies and the JDBC
 * store states in SQL: not yet contacted and past the first-contact due time, or past the
 * resolution due time. A due time equal to {@code now} is not yet breached.
 */
public final class SlaBreach {
  private SlaBreach() {}

  /** Tells whether {@code c} (assumed open) is past a due time at {@code now}. */
  public static boolean isBreached(FollowUpCase c, Instant now) {
    boolean contactLate =
        c.firstContactAt().isEmpty()
            && c.firstContactDue().filter(due -> due.isBefore(now)).isPresent();
    boolean resolutionLate = c.resolutionDue().filter(due -> due.isBefore(now)).isPresent();
    return contactLate || resolutionLate;
  }
}
