package io.feedbackloop.routing.internal.cases;

import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.HoldInterval;
import io.feedbackloop.routing.internal.sla.PausedClock;
import io.feedbackloop.routing.sla.EscalationLadder;
import io.feedbackloop.routing.sla.EscalationStep;
import io.feedbackloop.routing.sla.Pause;
import io.feedbackloop.routing.sla.SlaClock;
import io.feedbackloop.routing.sla.SlaPolicy;
import io.feedbackloop.routing.sla.SlaState;
import io.feedbackloop.routing.sla.SlaTarget;
import io.feedbackloop.routing.sla.SlaTimeline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The SLA arithmetic of a stored case: its timeline (opened, holds, first contact, resolution), its
 * due instants, and when the escalation worker must look at it next. Pure functions.
 */
public final class SlaMath {
  private SlaMath() {}

  /** The SLA timeline of {@code c}: zero-length holds are left out (they paused nothing). */
  public static SlaTimeline timeline(FollowUpCase c) {
    List<Pause> pauses = new ArrayList<>();
    for (HoldInterval h : c.holds()) {
      if (h.end().isAfter(h.start())) {
        pauses.add(Pause.of(h.start(), h.end()));
      }
    }
    c.onHoldSince().ifPresent(since -> pauses.add(Pause.since(since)));
    Instant resolved =
        c.status() == CaseStatus.RESOLVED || c.status() == CaseStatus.CLOSED
            ? c.resolvedAt().orElse(null)
            : null;
    return new SlaTimeline(c.createdAt(), pauses, c.firstContactAt().orElse(null), resolved);
  }

  /** Both clocks of {@code c} under {@code policy} at {@code now}. */
  public static SlaState state(SlaPolicy policy, FollowUpCase c, Instant now) {
    return SlaClock.of(policy).state(timeline(c), now);
  }

  /**
   * {@code c} with its due instants recomputed under {@code policy} at {@code now} (pauses shift
   * them), same version, no audit entry: the due instants are derived values.
   */
  public static FollowUpCase withDueTimes(SlaPolicy policy, FollowUpCase c, Instant now) {
    SlaState s = state(policy, c, now);
    Instant first = s.firstContact().due();
    Instant resolution = s.resolution().due();
    if (first.equals(c.firstContactDue().orElse(null))
        && resolution.equals(c.resolutionDue().orElse(null))) {
      return c;
    }
    return c.toBuilder().firstContactDue(first).resolutionDue(resolution).build();
  }

  /**
   * When the next not-yet-fired step of {@code ladder} comes due for {@code c}, rounded up to the
   * microsecond; null if none can (the case is not open, is on hold, or every step has fired or
   * belongs to a met milestone). May be at or before {@code now} if a step is due already.
   */
  public static @Nullable Instant nextCheck(
      SlaPolicy policy, EscalationLadder ladder, FollowUpCase c, Set<String> fired, Instant now) {
    if (!c.isOpen() || c.status() == CaseStatus.ON_HOLD) {
      return null;
    }
    SlaTimeline t = timeline(c);
    Instant next = null;
    for (EscalationStep step : ladder.steps()) {
      if (fired.contains(step.id()) || t.stoppedAt(step.milestone()) != null) {
        continue;
      }
      SlaTarget target = policy.target(step.milestone());
      Instant at =
          ceilMicros(
              new PausedClock(target.calendar(), t.start(), t.pauses())
                  .reach(share(target.duration(), step.trigger().share()), now));
      if (next == null || at.isBefore(next)) {
        next = at;
      }
    }
    return next;
  }

  /** {@code share} of {@code d}, rounded up to the nanosecond as the trigger check rounds it. */
  static Duration share(Duration d, double share) {
    BigDecimal nanos =
        new BigDecimal(d.getSeconds())
            .add(BigDecimal.valueOf(d.getNano(), 9))
            .multiply(BigDecimal.valueOf(share))
            .setScale(9, RoundingMode.CEILING)
            .movePointRight(9);
    return Duration.ofNanos(nanos.longValueExact());
  }

  /** {@code at} rounded up to the microsecond. */
  static Instant ceilMicros(Instant at) {
    Instant down = at.truncatedTo(ChronoUnit.MICROS);
    return down.equals(at) ? at : down.plus(1, ChronoUnit.MICROS);
  }
}
