package io.feedbackloop.routing.internal.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Business-time arithmetic over a weekly schedule of local opening windows, a time zone and
 * holidays. Business time is real elapsed time (so a window spanning a DST change is an hour longer
 * or shorter) inside opening windows.
 *
 * <p>Days are walked one by one only where they can differ from the nominal week: runs of whole
 * weeks without a holiday and without a zone transition are skipped arithmetically, so the cost is
 * O(days in the partial weeks + holidays + transitions), never proportional to minutes.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessTime {
  private static final long SECONDS_PER_DAY = 86_400;

  private final ZoneId zone;
  // index DayOfWeek.getValue() - 1; each entry holds [from, to) second-of-day pairs, to <= 86400
  private final long[][] windows;
  private final NavigableSet<LocalDate> holidays;
  private final Duration nominalWeek;
  private final boolean wallClock;

  /**
   * Creates the arithmetic.
   *
   * @param zone the time zone the windows are in
   * @param windows per day of week (Monday first), sorted non-overlapping [from, to) second-of-day
   *     pairs; at least one day must have a window
   * @param holidays dates without opening windows
   * @param wallClock whether this is the 24/7 UTC calendar (a shortcut, same results)
   */
  public BusinessTime(
      ZoneId zone, long[][] windows, NavigableSet<LocalDate> holidays, boolean wallClock) {
    this.zone = zone;
    this.windows = new long[7][];
    long week = 0;
    for (int d = 0; d < 7; d++) {
      this.windows[d] = windows[d].clone();
      for (int i = 0; i < windows[d].length; i += 2) {
        week += windows[d][i + 1] - windows[d][i];
      }
    }
    if (week == 0) {
      throw new IllegalArgumentException(
          "opening hours must have at least one window, but had none");
    }
    this.holidays = new TreeSet<>(holidays);
    this.nominalWeek = Duration.ofSeconds(week);
    this.wallClock = wallClock;
  }

  /**
   * The instant at which {@code amount} of business time has elapsed since {@code start}. A start
   * outside opening hours begins counting at the next opening; a zero amount returns {@code start}.
   * If the amount runs out exactly at a closing time, that closing time is returned.
   */
  public Instant plus(Instant start, Duration amount) {
    if (amount.isZero()) {
      return start;
    }
    if (wallClock) {
      return start.plus(amount);
    }
    Duration remaining = amount;
    LocalDate date = LocalDate.ofInstant(start, zone);
    Instant cursor = start;
    boolean fresh = false;
    Regularity regularity = new Regularity();
    while (true) {
      if (fresh && remaining.compareTo(nominalWeek) > 0) {
        long weeks = Math.min(weeksBefore(remaining), regularity.safeWeeks(date));
        if (weeks > 0) {
          remaining = remaining.minus(nominalWeek.multipliedBy(weeks));
          date = date.plusWeeks(weeks);
        }
      }
      for (Instant[] w : windowsOn(date)) {
        Instant from = fresh || w[0].isAfter(cursor) ? w[0] : cursor;
        if (!from.isBefore(w[1])) {
          continue;
        }
        Duration length = Duration.between(from, w[1]);
        if (length.compareTo(remaining) >= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(length);
      }
      date = date.plusDays(1);
      fresh = true;
    }
  }

  /** The most whole nominal weeks that are strictly less than {@code amount}. */
  private long weeksBefore(Duration amount) {
    long seconds = amount.getNano() == 0 ? amount.getSeconds() - 1 : amount.getSeconds();
    return seconds / nominalWeek.toSeconds();
  }

  /**
   * The business time elapsed from {@code a} to {@code b}; zero if {@code b} is not after {@code
   * a}.
   */
  public Duration between(Instant a, Instant b) {
    if (!b.isAfter(a)) {
      return Duration.ZERO;
    }
    if (wallClock) {
      return Duration.between(a, b);
    }
    Duration sum = Duration.ZERO;
    LocalDate date = LocalDate.ofInstant(a, zone);
    LocalDate last = LocalDate.ofInstant(b, zone);
    boolean fresh = false;
    Regularity regularity = new Regularity();
    while (!date.isAfter(last)) {
      if (fresh && ChronoUnit.DAYS.between(date, last) >= 7) {
        long weeks = Math.min(ChronoUnit.DAYS.between(date, last) / 7, regularity.safeWeeks(date));
        if (weeks > 0) {
          sum = sum.plus(nominalWeek.multipliedBy(weeks));
          date = date.plusWeeks(weeks);
        }
      }
      for (Instant[] w : windowsOn(date)) {
        Instant from = w[0].isBefore(a) ? a : w[0];
        Instant to = w[1].isAfter(b) ? b : w[1];
        if (from.isBefore(to)) {
          sum = sum.plus(Duration.between(from, to));
        }
      }
      date = date.plusDays(1);
      fresh = true;
    }
    return sum;
  }

  /** Whether {@code instant} falls inside an opening window. */
  public boolean isOpen(Instant instant) {
    if (wallClock) {
      return true;
    }
    LocalDate date = LocalDate.ofInstant(instant, zone);
    for (Instant[] w : windowsOn(date)) {
      if (!instant.isBefore(w[0]) && instant.isBefore(w[1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The opening windows of {@code date} as instants, in order and not overlapping. Local times in a
   * DST gap move forward by the gap; a local time that occurs twice means its first occurrence.
   * Because a gap shift can move a start past a later window's start, each start is clamped to the
   * previous end so that no time is counted twice.
   */
  List<Instant[]> windowsOn(LocalDate date) {
    long[] day = windows[date.getDayOfWeek().getValue() - 1];
    if (day.length == 0 || holidays.contains(date)) {
      return List.of();
    }
    List<Instant[]> out = new ArrayList<>(day.length / 2);
    @Nullable Instant previousEnd = null;
    for (int i = 0; i < day.length; i += 2) {
      Instant from = toInstant(date, day[i]);
      Instant to = toInstant(date, day[i + 1]);
      if (previousEnd != null && from.isBefore(previousEnd)) {
        from = previousEnd;
      }
      if (from.isBefore(to)) {
        out.add(new Instant[] {from, to});
        previousEnd = to;
      }
    }
    return out;
  }

  private Instant toInstant(LocalDate date, long secondOfDay) {
    if (secondOfDay == SECONDS_PER_DAY) {
      return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
    return ZonedDateTime.ofLocal(
            LocalDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay)), zone, null)
        .toInstant();
  }

  /**
   * Remembers where the next irregular day is, so that a walk over many weeks asks the zone rules
   * and the holiday set once per irregular day rather than once per day.
   */
  private final class Regularity {
    // days in [from, to] may differ from the nominal schedule; before from, every day is nominal
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private boolean located;

    /** How many whole weeks from {@code date} on have only nominal days. */
    long safeWeeks(LocalDate date) {
      LocalDate last = to;
      if (!located || (last != null && date.isAfter(last))) {
        locate(date);
        located = true;
      }
      LocalDate f = from;
      if (f == null) {
        return Long.MAX_VALUE;
      }
      return date.isBefore(f) ? ChronoUnit.DAYS.between(date, f) / 7 : 0;
    }

    /**
     * Finds the next irregular day from {@code date} on: a holiday, or a zone transition together
     * with the day before it (a window ending at midnight touches the next day).
     */
    private void locate(LocalDate date) {
      @Nullable LocalDate holiday = holidays.ceiling(date);
      ZoneOffsetTransition next =
          zone.getRules().nextTransition(date.atStartOfDay(zone).toInstant().minusSeconds(1));
      @Nullable LocalDate transition =
          next == null ? null : LocalDate.ofInstant(next.getInstant(), zone);
      if (transition != null && (holiday == null || !holiday.isBefore(transition.minusDays(1)))) {
        from = transition.minusDays(1);
        to = transition;
      } else {
        from = holiday;
        to = holiday;
      }
    }
  }

  /** The nominal business time of a week without holidays or zone transitions. */
  public Duration nominalWeek() {
    return nominalWeek;
  }
}
