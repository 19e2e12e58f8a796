package io.feedbackloop.routing.internal.assign;

import io.feedbackloop.routing.assign.Assignment;
import io.feedbackloop.routing.assign.AssignmentRequest;
import io.feedbackloop.routing.assign.AssignmentStrategy;
import io.feedbackloop.routing.assign.Candidate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Round robin over team order. The position is the team index after the last chosen member; a
 * compare-and-set claims each turn, so concurrent callers never get the same turn and the counts
 * stay equal.
 */
public final class RoundRobin implements AssignmentStrategy {
  private final ConcurrentMap<String, AtomicInteger> positions = new ConcurrentHashMap<>();

  @Override
  public Assignment assign(AssignmentRequest request) {
    List<Candidate> candidates = request.candidates();
    if (candidates.isEmpty()) {
      return Outcomes.noneAvailable(request);
    }
    AtomicInteger position =
        positions.computeIfAbsent(
            request.tenant().value() + '/' + request.team().name(), k -> new AtomicInteger());
    while (true) {
      int current = position.get();
      Candidate chosen = next(request, candidates, current);
      int next = request.team().indexOf(chosen.member()) + 1;
      if (position.compareAndSet(current, next)) {
        return Assignment.assigned(
            request.team(),
            chosen.member(),
            "round-robin: "
                + chosen.member().id()
                + " is next of "
                + candidates.size()
                + " available"
                + Outcomes.skipped(request));
      }
    }
  }

  /** The candidate at or after {@code position} in team order, wrapping around. */
  private static Candidate next(
      AssignmentRequest request, List<Candidate> candidates, int position) {
    Candidate first = candidates.get(0);
    int firstIndex = Integer.MAX_VALUE;
    Candidate atOrAfter = null;
    int atOrAfterIndex = Integer.MAX_VALUE;
    for (Candidate c : candidates) {
      int index = request.team().indexOf(c.member());
      if (index < 0) {
        continue;
      }
      if (index < firstIndex) {
        firstIndex = index;
        first = c;
      }
      if (index >= position && index < atOrAfterIndex) {
        atOrAfterIndex = index;
        atOrAfter = c;
      }
    }
    return atOrAfter != null ? atOrAfter : first;
  }

  @Override
  public String toString() {
    return "roundRobin";
  }
}
