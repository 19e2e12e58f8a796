package io.feedbackloop.routing.outbox;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * What one {@link OutboxWorker#runDueWork()} did. Every claimed message is counted in exactly one
 * of the other fields.
 *
 * @param claimed messages claimed
 * @param delivered delivered and recorded
 * @param retried failed for now and rescheduled
 * @param deadLettered given up on (out of attempts, permanent failure, unknown channel)
 * @param deferred not tried because their endpoint's circuit breaker was open; put back without
 *     using an attempt
 * @param leaseLost not tried because their lease had expired before their turn, or tried but the
 *     result not recorded because another worker had taken the lease over
 * @param unrecorded tried, but recording the result failed (the store threw); delivered again
 *     after the lease expires
 */
public record WorkReport(
    int claimed,
    int delivered,
    int retried,
    int deadLettered,
    int deferred,
    int leaseLost,
    int unrecorded) {

  /** Checks that no count is negative. */
  public WorkReport {
    Checks.check(claimed >= 0, "claimed", ">= 0", claimed);
    Checks.check(delivered >= 0, "delivered", ">= 0", delivered);
    Checks.check(retried >= 0, "retried", ">= 0", retried);
    Checks.check(deadLettered >= 0, "deadLettered", ">= 0", deadLettered);
    Checks.check(deferred >= 0, "deferred", ">= 0", deferred);
    Checks.check(leaseLost >= 0, "leaseLost", ">= 0", leaseLost);
    Checks.check(unrecorded >= 0, "unrecorded", ">= 0", unrecorded);
  }

  /** A report of a run that found nothing due. */
  public static WorkReport empty() {
    return new WorkReport(0, 0, 0, 0, 0, 0, 0);
  }

  /** This report and {@code other} added up, for totals over several runs. */
  public WorkReport plus(WorkReport other) {
    return new WorkReport(
        claimed + other.claimed,
        delivered + other.delivered,
        retried + other.retried,
        deadLettered + other.deadLettered,
        deferred + other.deferred,
        leaseLost + other.leaseLost,
        unrecorded + other.unrecorded);
  }
}
