package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * The closed-loop figures of one group of cases (all, a team, an owner, a period).
 *
 * @param closure closed loops (cases RESOLVED or CLOSED) of the cases opened: the closure rate
 * @param firstContact time from opening to first contact, over the cases contacted
 * @param resolution time from opening to the last resolution, over the cases RESOLVED or CLOSED
 * @param firstContactWithinSla cases contacted by their stored due instant, of the cases whose
 *     first-contact target is decided (contacted, or still waiting past the due instant); cases
 *     without a due instant are left out
 * @param resolutionWithinSla the same for resolution
 * @param backlog the open cases by age
 * @param recovery the re-surveys of the group's cases
 */
public record CaseMetricsSummary(
    CaseMetricsShare closure,
    CaseMetricsDurations firstContact,
    CaseMetricsDurations resolution,
    CaseMetricsShare firstContactWithinSla,
    CaseMetricsShare resolutionWithinSla,
    CaseMetricsBacklog backlog,
    RecoveryRate recovery) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public CaseMetricsSummary {
    Checks.notNull("closure", closure);
    Checks.notNull("firstContact", firstContact);
    Checks.notNull("resolution", resolution);
    Checks.notNull("firstContactWithinSla", firstContactWithinSla);
    Checks.notNull("resolutionWithinSla", resolutionWithinSla);
    Checks.notNull("backlog", backlog);
    Checks.notNull("recovery", recovery);
  }

  /** The cases opened (counted) in the group. */
  public long opened() {
    return closure.whole();
  }

  /** The closed loops: cases RESOLVED or CLOSED. */
  public long closed() {
    return closure.part();
  }
}
