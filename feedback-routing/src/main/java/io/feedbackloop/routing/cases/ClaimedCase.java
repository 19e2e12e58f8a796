package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.cases.Micros;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;

/**
 * A case an escalation worker has claimed from {@link CaseStore#claimDue}: its schedule as it was
 * when claimed, and the lease. Only the holder of the current token can {@linkplain
 * CaseStore#releaseClaim release} it; once the lease has expired another worker may claim the case
 * again, and the first worker's release then changes nothing.
 *
 * @param schedule the schedule at claim time
 * @param workerId who claimed it
 * @param claimToken the token of this claim
 * @param leaseUntil when the lease ends, to the microsecond
 */
public record ClaimedCase(
    CaseSchedule schedule, String workerId, String claimToken, Instant leaseUntil) {

  /**
   * Creates a claim.
   *
   * @throws IllegalArgumentException if the worker id or token is blank
   * @throws NullPointerException if an argument is null
   */
  public ClaimedCase {
    Checks.notNull("schedule", schedule);
    Checks.notBlank("workerId", workerId);
    Checks.notBlank("claimToken", claimToken);
    leaseUntil = Micros.truncate(Checks.notNull("leaseUntil", leaseUntil));
  }
}
