package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.sla.PausedClock;
import java.time.Instant;

/**
 * The SLA clocks of a case under one {@link SlaPolicy}: due instants, elapsed time, the share used,
 * breach and time left, for a {@link SlaTimeline} at an instant. Pauses (ON_HOLD) stop both clocks
 * and shift the due instants; outside the calendar's opening hours a business-time clock does not
 * run either. Reaching first contact stops the first-contact clock; resolution stops both.
 *
 * <p>Pure functions of their arguments: no clock is read, nothing is stored. Immutable and
 * thread-safe.
 */
public final class SlaClock {
  private final SlaPolicy policy;

  private SlaClock(SlaPolicy policy) {
    this.policy = policy;
  }

  /** The clocks of {@code policy}. */
  public static SlaClock of(SlaPolicy policy) {
    return new SlaClock(Checks.notNull("policy", policy));
  }

  /** The policy. */
  public SlaPolicy policy() {
    return policy;
  }

  /**
   * Where both clocks stand at {@code now}.
   *
   * @param timeline the case's start, pauses, first contact and resolution
   * @param now the instant to evaluate at; instants before the start give zero elapsed time
   */
  public SlaState state(SlaTimeline timeline, Instant now) {
    Checks.notNull("timeline", timeline);
    Checks.notNull("now", now);
    return new SlaState(
        policy,
        now,
        new PausedClock(BusinessCalendar.wallClock(), timeline.start(), timeline.pauses())
            .isPaused(now),
        milestone(Milestone.FIRST_CONTACT, timeline, now),
        milestone(Milestone.RESOLUTION, timeline, now));
  }

  private MilestoneState milestone(Milestone milestone, SlaTimeline timeline, Instant now) {
    SlaTarget target = policy.target(milestone);
    PausedClock clock = new PausedClock(target.calendar(), timeline.start(), timeline.pauses());
    Instant stoppedAt = timeline.stoppedAt(milestone);
    Instant end = stoppedAt != null && stoppedAt.isBefore(now) ? stoppedAt : now;
    Instant metAt = stoppedAt != null && !stoppedAt.isAfter(now) ? stoppedAt : null;
    return new MilestoneState(
        milestone,
        target.duration(),
        clock.elapsed(end),
        clock.reach(target.duration(), end),
        metAt);
  }
}
