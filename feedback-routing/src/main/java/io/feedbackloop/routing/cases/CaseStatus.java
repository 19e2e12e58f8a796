package io.feedbackloop.routing.cases;

/**
 * Where a follow-up case is in its lifecycle. The allowed moves between them are in {@link
 * CaseLifecycle}.
 */
public enum CaseStatus {
  /** Opened, nobody owns it yet. */
  NEW,
  /** Has an owner who has not contacted the customer yet. */
  ASSIGNED,
  /** The owner has contacted the customer and works on it. */
  IN_PROGRESS,
  /** Waiting for something outside the team (the customer, a supplier); the SLA clock pauses. */
  ON_HOLD,
  /** Fixed, with root cause and resolution; the customer has been told. */
  RESOLVED,
  /** Done for good (unless reopened). */
  CLOSED,
  /** Resolved or closed, then opened again (the customer wrote back, the fix did not hold). */
  REOPENED;

  /**
   * Tells whether a case in this status still needs work: every status but {@link #RESOLVED} and
   * {@link #CLOSED}. A respondent with an open case is not surveyed again.
   */
  public boolean isOpen() {
    return this != RESOLVED && this != CLOSED;
  }
}
