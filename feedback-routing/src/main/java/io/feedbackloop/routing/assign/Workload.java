package io.feedbackloop.routing.assign;

import io.feedbackloop.core.TenantId;

/**
 * How many open cases a member owns; the case store answers this for {@link
 * AssignmentStrategy#leastLoaded()}.
 *
 * <p>Implementations must be thread-safe. One that throws is caught by the {@link Assigner}, logged
 * with ids only, and the case stays unassigned with that reason.
 */
@FunctionalInterface
public interface Workload {

  /**
   * The number of open cases {@code member} owns in {@code tenant}, {@code >= 0}.
   *
   * @param tenant the tenant
   * @param member the member
   */
  int openCases(TenantId tenant, Member member);

  /** Nobody has open cases (every count is zero): least loaded then means the first in order. */
  static Workload none() {
    return (tenant, member) -> 0;
  }
}
