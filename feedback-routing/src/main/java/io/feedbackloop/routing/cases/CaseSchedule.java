package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.cases.Micros;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When the escalation worker must look at a case next, under which SLA policy. The {@link
 * CaseService} writes it when it opens a case with an SLA and whenever a change can move the SLA
 * clocks (hold, resume, first contact, resolve, close, reopen); the escalation worker replaces the
 * next check after each look.
 *
 * @param tenant the tenant
 * @param caseId the case
 * @param policy the name of the SLA policy chosen when the case was opened
 * @param version rises with every change the case service makes (not with the worker's); a worker
 *     only replaces the next check if the version is still the one it claimed
 * @param nextCheckAt when to look next, to the microsecond; null if nothing can come due (the case
 *     is resolved, closed or on hold, or every step has fired)
 */
public record CaseSchedule(
    TenantId tenant, CaseId caseId, String policy, long version, @Nullable Instant nextCheckAt) {

  /**
   * Creates a schedule.
   *
   * @throws IllegalArgumentException if the policy is not an identifier or the version is negative
   * @throws NullPointerException if the tenant or case id is null
   */
  public CaseSchedule {
    Checks.notNull("tenant", tenant);
    Checks.notNull("caseId", caseId);
    Checks.identifier("policy", policy);
    Checks.check(version >= 0, "version", ">= 0", version);
    nextCheckAt = Micros.truncateOrNull(nextCheckAt);
  }

  /** When to look next, if ever. */
  public Optional<Instant> nextCheck() {
    return Optional.ofNullable(nextCheckAt);
  }
}
