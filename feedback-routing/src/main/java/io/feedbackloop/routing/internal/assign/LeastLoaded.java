package io.feedbackloop.routing.internal.assign;

import io.feedbackloop.routing.assign.Assignment;
import io.feedbackloop.routing.assign.AssignmentRequest;
import io.feedbackloop.routing.assign.AssignmentStrategy;
import io.feedbackloop.routing.assign.Candidate;

/** The candidate with the fewest open cases; the earliest in team order wins a tie. */
public final class LeastLoaded implements AssignmentStrategy {
  /** The only instance: the strategy has no state. */
  public static final LeastLoaded INSTANCE = new LeastLoaded();

  private LeastLoaded() {}

  @Override
  public Assignment assign(AssignmentRequest request) {
    Candidate best = null;
    int bestIndex = Integer.MAX_VALUE;
    for (Candidate c : request.candidates()) {
      int index = request.team().indexOf(c.member());
      int order = index < 0 ? Integer.MAX_VALUE - 1 : index;
      if (best == null
          || c.openCases() < best.openCases()
          || (c.openCases() == best.openCases() && order < bestIndex)) {
        best = c;
        bestIndex = order;
      }
    }
    if (best == null) {
      return Outcomes.noneAvailable(request);
    }
    return Assignment.assigned(
        request.team(),
        best.member(),
        "least-loaded: "
            + best.member().id()
            + " has "
            + best.openCases()
            + (best.openCases() == 1 ? " open case" : " open cases")
            + ", the fewest of "
            + request.candidates().size()
            + " available"
            + Outcomes.skipped(request));
  }

  @Override
  public String toString() {
    return "leastLoaded";
  }
}
