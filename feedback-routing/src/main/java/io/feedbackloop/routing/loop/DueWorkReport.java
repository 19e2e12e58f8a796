package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.cases.EscalationReport;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.outbox.WorkReport;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link FeedbackLoop#runDueWork()} did, part by part.
 *
 * @param at when the run started (the loop's clock)
 * @param escalations the SLA steps and reminders of open cases (summed over the batches run)
 * @param deliveries the outbox deliveries (summed over the batches run); invitation reminders and
 *     re-survey invitations are outbox messages with a later send time, delivered here when due
 * @param retention what the retention pass deleted, or null if no pass was due (it runs at most
 *     once per configured interval, and never with a policy that keeps everything)
 */
public record DueWorkReport(
    Instant at,
    EscalationReport escalations,
    WorkReport deliveries,
    @Nullable RetentionReport retention) {

  /** Checks the parts. */
  public DueWorkReport {
    Checks.notNull("at", at);
    Checks.notNull("escalations", escalations);
    Checks.notNull("deliveries", deliveries);
  }

  /** The retention pass, if one ran. */
  public Optional<RetentionReport> optionalRetention() {
    return Optional.ofNullable(retention);
  }

  /** Messages delivered in this run. */
  public int delivered() {
    return deliveries.delivered();
  }

  /** Escalation steps fired in this run. */
  public int stepsFired() {
    return escalations.fired();
  }

  /** Messages given up on in this run. */
  public int deadLettered() {
    return deliveries.deadLettered();
  }
}
