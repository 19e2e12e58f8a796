package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * What one retention pass deleted, per kind of data.
 *
 * @param responses responses deleted
 * @param cases closed cases deleted, with their notes, audit trail and schedule
 * @param messages finished outbox messages deleted
 * @param invitations invitations deleted
 */
public record RetentionReport(long responses, long cases, long messages, long invitations) {

  /** Checks that no count is negative. */
  public RetentionReport {
    Checks.check(responses >= 0, "responses", ">= 0", responses);
    Checks.check(cases >= 0, "cases", ">= 0", cases);
    Checks.check(messages >= 0, "messages", ">= 0", messages);
    Checks.check(invitations >= 0, "invitations", ">= 0", invitations);
  }

  /** A pass that deleted nothing. */
  public static RetentionReport empty() {
    return new RetentionReport(0, 0, 0, 0);
  }

  /** Everything deleted. */
  public long total() {
    return responses + cases + messages + invitations;
  }
}
