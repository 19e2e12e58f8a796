package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * One rung of an {@link EscalationLadder}: when {@code trigger} is reached on {@code milestone}'s
 * clock, notify {@code audience} with the message template {@code templateKey}.
 *
 * @param id the stable id (1-64 letters, digits, '.', '_', '-'), unique in its ladder; the case
 *     service records each fired step under it, so renaming a step makes it fire again
 * @param milestone whose clock the trigger watches
 * @param trigger when the step fires
 * @param audience who is notified
 * @param templateKey the key of the message template (an identifier)
 */
public record EscalationStep(
    String id,
    Milestone milestone,
    EscalationTrigger trigger,
    Audience audience,
    String templateKey) {

  /**
   * Creates a step.
   *
   * @throws IllegalArgumentException if the id or template key is not an identifier
   */
  public EscalationStep {
    Checks.identifier("step id", id);
    Checks.notNull("milestone", milestone);
    Checks.notNull("trigger", trigger);
    Checks.notNull("audience", audience);
    Checks.identifier("templateKey", templateKey);
  }

  /** Whether the step is due in {@code state}: its clock runs and has reached the trigger. */
  public boolean isDue(SlaState state) {
    MilestoneState clock = Checks.notNull("state", state).milestone(milestone);
    return !clock.isMet() && clock.hasUsed(trigger.share());
  }
}
