package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.sla.EscalationStep;
import java.time.Instant;

/**
 * Told when an {@link EscalationWorker} has fired an escalation step, after the transaction that
 * recorded the step (and queued its notices) committed: to report SLA breaches to a host's
 * monitoring. Never told of a step whose transaction rolled back. The worker guards it: one that
 * throws is logged (by case id and step id) and the worker carries on. Called on the thread that
 * runs the worker; must not block for long.
 */
@FunctionalInterface
public interface EscalationStepListener {

  /**
   * A step fired.
   *
   * @param escalated the case as it stands after the step was recorded
   * @param step the step
   * @param at when it fired (the worker's clock)
   */
  void onStepFired(FollowUpCase escalated, EscalationStep step, Instant at);

  /** A listener that does nothing (the default). */
  static EscalationStepListener noop() {
    return (escalated, step, at) -> {};
  }
}
