package io.feedbackloop.routing.assign;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * An available member of a team, with the number of cases they own that are still open.
 *
 * @param member the member
 * @param openCases how many open cases the member owns, {@code >= 0}
 */
public record Candidate(Member member, int openCases) {
  /** Creates a candidate. */
  public Candidate {
    Checks.notNull("member", member);
    Checks.check(openCases >= 0, "openCases", ">= 0", openCases);
  }
}
