package io.feedbackloop.routing.internal.assign;

import io.feedbackloop.routing.assign.Assignment;
import io.feedbackloop.routing.assign.AssignmentRequest;
import io.feedbackloop.routing.assign.Member;
import java.util.List;
import java.util.stream.Collectors;

/** Shared wording of strategy outcomes. */
final class Outcomes {
  private Outcomes() {}

  /** The outcome when the request has no candidate. */
  static Assignment noneAvailable(AssignmentRequest request) {
    return Assignment.unassigned(
        request.team(), "no available member in team " + request.team().name() + skipped(request));
  }

  /** {@code " (skipped a, b)"} for the unavailable members, or empty. */
  static String skipped(AssignmentRequest request) {
    List<Member> away = request.unavailable();
    return away.isEmpty()
        ? ""
        : away.stream().map(Member::id).collect(Collectors.joining(", ", " (skipped ", ")"));
  }
}
