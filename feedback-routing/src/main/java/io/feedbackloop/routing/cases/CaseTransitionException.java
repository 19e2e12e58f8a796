package io.feedbackloop.routing.cases;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A command would move a case along a transition {@link CaseLifecycle} does not allow, e.g. {@code
 * case c-12 cannot move from NEW to RESOLVED; allowed: ASSIGNED}.
 */
public class CaseTransitionException extends CaseException {
  private static final long serialVersionUID = 1L;

  private final CaseStatus from;
  private final CaseStatus to;
  private final Set<CaseStatus> allowed;

  /**
   * Creates the exception.
   *
   * @param caseId the case
   * @param from its status
   * @param to the status the command would move it to
   * @param allowed the statuses it may move to from {@code from}
   */
  public CaseTransitionException(
      CaseId caseId, CaseStatus from, CaseStatus to, Set<CaseStatus> allowed) {
    super(caseId, message(caseId, from, to, allowed));
    this.from = from;
    this.to = to;
    this.allowed = Set.copyOf(allowed);
  }

  private static String message(
      CaseId caseId, CaseStatus from, CaseStatus to, Set<CaseStatus> allowed) {
    String list =
        allowed.isEmpty()
            ? "none"
            : allowed.stream().sorted().map(CaseStatus::name).collect(Collectors.joining(", "));
    return "case " + caseId + " cannot move from " + from + " to " + to + "; allowed: " + list;
  }

  /** The status the case was in. */
  public CaseStatus from() {
    return from;
  }

  /** The status the command would have moved it to. */
  public CaseStatus to() {
    return to;
  }

  /** The statuses the case may move to from {@link #from()}. */
  public Set<CaseStatus> allowed() {
    return allowed;
  }
}
