package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * What one {@link EscalationWorker#runDueWork()} did.
 *
 * @param claimed cases claimed
 * @param checked claimed cases looked at and released with their next check
 * @param fired escalation steps this run recorded as fired (each exactly once, across all nodes)
 * @param notifications outbox messages queued for those steps (one per step and recipient)
 * @param alreadyFired due steps another worker had recorded meanwhile (nothing queued again)
 * @param leaseLost claimed cases not looked at because their lease had expired before their turn
 * @param failed claimed cases whose work failed (a store error, a failing plug-in); their lease
 *     expires and a later run takes them again
 */
public record EscalationReport(
    int claimed,
    int checked,
    int fired,
    int notifications,
    int alreadyFired,
    int leaseLost,
    int failed) {

  /** Checks that no count is negative. */
  public EscalationReport {
    Checks.check(claimed >= 0, "claimed", ">= 0", claimed);
    Checks.check(checked >= 0, "checked", ">= 0", checked);
    Checks.check(fired >= 0, "fired", ">= 0", fired);
    Checks.check(notifications >= 0, "notifications", ">= 0", notifications);
    Checks.check(alreadyFired >= 0, "alreadyFired", ">= 0", alreadyFired);
    Checks.check(leaseLost >= 0, "leaseLost", ">= 0", leaseLost);
    Checks.check(failed >= 0, "failed", ">= 0", failed);
  }

  /** A report of a run that found nothing due. */
  public static EscalationReport empty() {
    return new EscalationReport(0, 0, 0, 0, 0, 0, 0);
  }

  /** This report and {@code other} added up, for totals over several runs. */
  public EscalationReport plus(EscalationReport other) {
    return new EscalationReport(
        claimed + other.claimed,
        checked + other.checked,
        fired + other.fired,
        notifications + other.notifications,
        alreadyFired + other.alreadyFired,
        leaseLost + other.leaseLost,
        failed + other.failed);
  }
}
