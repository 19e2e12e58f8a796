package io.feedbackloop.routing.internal.sla;

import io.feedbackloop.routing.sla.BusinessCalendar;
import io.feedbackloop.routing.sla.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Business time of a calendar with pauses taken out. Pauses are merged once (sorted, overlaps
 * joined; an open pause runs forever), so each computation is one pass over them. Immutable.
 */
public final class PausedClock {
  private final BusinessCalendar calendar;
  private final Instant start;
  private final List<Pause> pauses;

  /** A clock that started at {@code start} and stood still during {@code pauses}. */
  public PausedClock(BusinessCalendar calendar, Instant start, List<Pause> pauses) {
    this.calendar = calendar;
    this.start = start;
    this.pauses = merge(pauses);
  }

  /** Sorted, disjoint pauses; anything after an open pause is inside it. */
  static List<Pause> merge(List<Pause> pauses) {
    List<Pause> sorted = new ArrayList<>(pauses);
    sorted.sort(Comparator.comparing(Pause::from));
    List<Pause> merged = new ArrayList<>();
    for (Pause p : sorted) {
      if (!merged.isEmpty()) {
        Pause last = merged.get(merged.size() - 1);
        Instant lastUntil = last.until();
        if (lastUntil == null) {
          break;
        }
        if (!p.from().isAfter(lastUntil)) {
          Instant until = p.until();
          merged.set(
              merged.size() - 1,
              new Pause(
                  last.from(), until == null || until.isAfter(lastUntil) ? until : lastUntil));
          continue;
        }
      }
      merged.add(p);
    }
    return List.copyOf(merged);
  }

  /** The running time from the start to {@code end} with the pauses taken out. */
  public Duration elapsed(Instant end) {
    Duration total = calendar.between(start, end);
    for (Pause p : pauses) {
      Instant from = p.from().isBefore(start) ? start : p.from();
      Instant until = p.until();
      Instant to = until == null || until.isAfter(end) ? end : until;
      total = total.minus(calendar.between(from, to));
    }
    return total;
  }

  /**
   * The instant at which the running time reaches {@code amount}. While an open pause holds the
   * clock, the answer assumes the clock resumes at {@code now} (or at the pause's start if that is
   * later).
   */
  public Instant reach(Duration amount, Instant now) {
    Instant cursor = start;
    Duration remaining = amount;
    for (Pause p : pauses) {
      Instant until = p.until();
      if (until != null && !until.isAfter(cursor)) {
        continue;
      }
      if (p.from().isAfter(cursor)) {
        Duration run = calendar.between(cursor, p.from());
        if (run.compareTo(remaining) >= 0) {
          return calendar.plus(cursor, remaining);
        }
        remaining = remaining.minus(run);
      }
      if (until == null) {
        return calendar.plus(now.isAfter(p.from()) ? now : p.from(), remaining);
      }
      cursor = until;
    }
    return calendar.plus(cursor, remaining);
  }

  /** Whether a pause holds the clock at {@code instant}. */
  public boolean isPaused(Instant instant) {
    for (Pause p : pauses) {
      Instant until = p.until();
      if (!instant.isBefore(p.from()) && (until == null || instant.isBefore(until))) {
        return true;
      }
    }
    return false;
  }
}
