package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a case that matters to its SLA clocks: when the clock started, the pauses (ON
 * HOLD), and when first contact and resolution happened, if they did. Resolution also stops the
 * first-contact clock.
 *
 * @param start when the clocks started (the case was opened)
 * @param pauses the pauses, in any order; overlapping pauses count once; at most one is open
 * @param firstContactAt when the customer was first contacted, or null
 * @param resolvedAt when the case was resolved, or null
 */
public record SlaTimeline(
    Instant start,
    List<Pause> pauses,
    @Nullable Instant firstContactAt,
    @Nullable Instant resolvedAt) {

  /**
   * Creates a timeline.
   *
   * @throws IllegalArgumentException if first contact or resolution is before the start, or more
   *     than one pause is open
   */
  public SlaTimeline {
    Checks.notNull("start", start);
    pauses = List.copyOf(Checks.notNull("pauses", pauses));
    long open = pauses.stream().filter(Pause::isOpen).count();
    Checks.check(open <= 1, "open pauses", "<= 1", open);
    if (firstContactAt != null) {
      Checks.check(
          !firstContactAt.isBefore(start), "firstContactAt", "not before " + start, firstContactAt);
    }
    if (resolvedAt != null) {
      Checks.check(!resolvedAt.isBefore(start), "resolvedAt", "not before " + start, resolvedAt);
    }
  }

  /** A timeline that started at {@code start}, without pauses, contact or resolution. */
  public static SlaTimeline startingAt(Instant start) {
    return new SlaTimeline(start, List.of(), null, null);
  }

  /** This timeline with one more pause. */
  public SlaTimeline withPause(Pause pause) {
    List<Pause> more = new ArrayList<>(pauses);
    more.add(Checks.notNull("pause", pause));
    return new SlaTimeline(start, more, firstContactAt, resolvedAt);
  }

  /** This timeline with first contact at {@code at}. */
  public SlaTimeline withFirstContactAt(Instant at) {
    return new SlaTimeline(start, pauses, Checks.notNull("at", at), resolvedAt);
  }

  /** This timeline with the resolution at {@code at}. */
  public SlaTimeline withResolvedAt(Instant at) {
    return new SlaTimeline(start, pauses, firstContactAt, Checks.notNull("at", at));
  }

  /** When the clock of {@code milestone} stopped, or null while it runs. */
  public @Nullable Instant stoppedAt(Milestone milestone) {
    Checks.notNull("milestone", milestone);
    if (milestone == Milestone.RESOLUTION || firstContactAt == null) {
      return resolvedAt;
    }
    if (resolvedAt == null) {
      return firstContactAt;
    }
    return resolvedAt.isBefore(firstContactAt) ? resolvedAt : firstContactAt;
  }
}
