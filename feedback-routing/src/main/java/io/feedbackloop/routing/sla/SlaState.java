package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;

/**
 * Where both SLA clocks of a case stand at {@code now}, as computed by {@link SlaClock}.
 *
 * @param policy the policy the clocks follow
 * @param now the instant the state is for
 * @param paused whether a pause holds the clocks at {@code now}
 * @param firstContact the first-contact clock
 * @param resolution the resolution clock
 */
public record SlaState(
    SlaPolicy policy,
    Instant now,
    boolean paused,
    MilestoneState firstContact,
    MilestoneState resolution) {

  /** Creates a state. */
  public SlaState {
    Checks.notNull("policy", policy);
    Checks.notNull("now", now);
    Checks.notNull("firstContact", firstContact);
    Checks.notNull("resolution", resolution);
  }

  /** The clock of {@code milestone}. */
  public MilestoneState milestone(Milestone milestone) {
    return Checks.notNull("milestone", milestone) == Milestone.FIRST_CONTACT
        ? firstContact
        : resolution;
  }
}
