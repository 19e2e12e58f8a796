package io.feedbackloop.routing.internal.assign;

import io.feedbackloop.routing.assign.Assignment;
import io.feedbackloop.routing.assign.AssignmentRequest;
import io.feedbackloop.routing.assign.AssignmentStrategy;
import io.feedbackloop.routing.assign.Candidate;
import io.feedbackloop.routing.assign.Member;

/**
 * The account owner named in an attribute, when available in the team. A name that is not a team
 * member is not echoed in the reason (it is response data).
 */
public final class StickyAccountOwner implements AssignmentStrategy {
  private final String attribute;
  private final AssignmentStrategy fallback;

  /** Sticks to the member named in {@code attribute}, else uses {@code fallback}. */
  public StickyAccountOwner(String attribute, AssignmentStrategy fallback) {
    this.attribute = attribute;
    this.fallback = fallback;
  }

  @Override
  public Assignment assign(AssignmentRequest request) {
    String id = request.attributes().get(attribute);
    if (id == null || id.isBlank()) {
      return fallback.assign(request).explainedBy("no account owner in " + attribute + "; ");
    }
    for (Candidate c : request.candidates()) {
      if (c.member().id().equals(id)) {
        return Assignment.assigned(
            request.team(), c.member(), "account owner " + id + " named in " + attribute);
      }
    }
    boolean member = request.team().members().stream().map(Member::id).anyMatch(m -> m.equals(id));
    String why =
        member
            ? "account owner " + id + " is unavailable; "
            : "account owner named in "
                + attribute
                + " is not in team "
                + request.team().name()
                + "; ";
    return fallback.assign(request).explainedBy(why);
  }

  @Override
  public String toString() {
    return "stickyAccountOwner(" + attribute + ", " + fallback + ")";
  }
}
