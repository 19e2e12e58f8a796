package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.sla.BusinessTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * When the clock of a business-time SLA runs: a time zone, opening windows per day of the week (one
 * or more, e.g. 08:00-12:00 and 13:00-17:00) and holidays. {@link #wallClock()} is the calendar
 * that is always open.
 *
 * <p>Business time is real elapsed time inside opening windows, exact to the nanosecond: a window
 * spanning a daylight-saving change is an hour shorter or longer than its local times say. A local
 * time that a DST gap skips moves forward by the gap; a local time that occurs twice (fall back)
 * means its first occurrence.
 *
 * <p>{@link #plus} and {@link #between} skip whole weeks arithmetically; their cost grows with the
 * number of days in partial weeks, holidays and zone transitions passed, not with the amount.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessCalendar {
  private static final BusinessCalendar WALL_CLOCK = wholeWeekUtc();
  private static final BusinessCalendar DEFAULTS = builder().build();

  private final ZoneId zone;
  private final Map<DayOfWeek, List<TimeWindow>> hours;
  private final NavigableSet<LocalDate> holidays;
  private final BusinessTime time;
  private final boolean alwaysOpen;

  private BusinessCalendar(
      ZoneId zone, Map<DayOfWeek, List<TimeWindow>> hours, NavigableSet<LocalDate> holidays) {
    this.zone = zone;
    this.hours = Collections.unmodifiableMap(hours);
    this.holidays = Collections.unmodifiableNavigableSet(holidays);
    long[][] seconds = new long[7][];
    for (DayOfWeek day : DayOfWeek.values()) {
      List<TimeWindow> windows = hours.getOrDefault(day, List.of());
      long[] pairs = new long[windows.size() * 2];
      for (int i = 0; i < windows.size(); i++) {
        pairs[2 * i] = windows.get(i).fromSecond();
        pairs[2 * i + 1] = windows.get(i).toSecond();
      }
      seconds[day.getValue() - 1] = pairs;
    }
    // 24/7 in any zone is contiguous from midnight to midnight, so business time is wall time
    boolean allDay = holidays.isEmpty() && hours.size() == 7;
    for (List<TimeWindow> windows : hours.values()) {
      allDay &= windows.equals(List.of(TimeWindow.WHOLE_DAY));
    }
    this.alwaysOpen = allDay;
    this.time = new BusinessTime(zone, seconds, holidays, allDay);
  }

  private static BusinessCalendar wholeWeekUtc() {
    Map<DayOfWeek, List<TimeWindow>> all = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      all.put(day, List.of(TimeWindow.WHOLE_DAY));
    }
    return new BusinessCalendar(ZoneOffset.UTC, all, new TreeSet<>());
  }

  /** The calendar that is always open (24/7, no holidays): business time is wall-clock time. */
  public static BusinessCalendar wallClock() {
    return WALL_CLOCK;
  }

  /** Monday to Friday, 09:00-17:00 UTC, no holidays: the calendar of the default SLA policy. */
  public static BusinessCalendar ofDefaults() {
    return DEFAULTS;
  }

  /** Starts a calendar. Defaults: UTC, Monday to Friday, 09:00-17:00, no holidays. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The instant at which {@code businessTime} has elapsed since {@code start}. A start outside
   * opening hours begins counting at the next opening; if the time runs out exactly at a closing
   * time, that closing time is the answer (not the next opening). Zero returns {@code start}.
   *
   * @throws IllegalArgumentException if {@code businessTime} is negative
   */
  public Instant plus(Instant start, Duration businessTime) {
    Checks.notNull("start", start);
    Checks.notNull("businessTime", businessTime);
    Checks.check(!businessTime.isNegative(), "businessTime", ">= 0", businessTime);
    return time.plus(start, businessTime);
  }

  /**
   * The business time elapsed from {@code from} to {@code to}; zero if {@code to} is not after
   * {@code from}. For every {@code a} and {@code d >= 0}, {@code between(a, plus(a, d))} equals
   * {@code d}.
   */
  public Duration between(Instant from, Instant to) {
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    return time.between(from, to);
  }

  /** Whether {@code instant} falls inside an opening window. */
  public boolean isOpen(Instant instant) {
    return time.isOpen(Checks.notNull("instant", instant));
  }

  /**
   * Whether this calendar is always open (every day 00:00-24:00, no holidays, in any zone), so that
   * its business time is wall-clock time.
   */
  public boolean isWallClock() {
    return alwaysOpen;
  }

  /** The time zone the opening windows and holidays are in. */
  public ZoneId zone() {
    return zone;
  }

  /** The opening windows of {@code day} in order; empty on a day off. */
  public List<TimeWindow> hours(DayOfWeek day) {
    return hours.getOrDefault(Checks.notNull("day", day), List.of());
  }

  /** The holidays, in order. */
  public NavigableSet<LocalDate> holidays() {
    return holidays;
  }

  /** A builder holding this calendar's values, to derive a changed copy (e.g. more holidays). */
  public Builder toBuilder() {
    Builder b = builder().zone(zone).holidays(holidays);
    b.workingDays.clear();
    b.standard.clear();
    hours.forEach((day, windows) -> b.perDay.put(day, new ArrayList<>(windows)));
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BusinessCalendar c
        && zone.equals(c.zone)
        && hours.equals(c.hours)
        && holidays.equals(c.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, hours, holidays);
  }

  @Override
  public String toString() {
    if (isWallClock()) {
      return "BusinessCalendar[24/7]";
    }
    return "BusinessCalendar[zone="
        + zone
        + ", hours="
        + hours
        + ", holidays="
        + holidays.size()
        + "]";
  }

  /**
   * Builds a {@link BusinessCalendar}. Opening windows given with {@link #hours(LocalTime,
   * LocalTime)} apply to every working day that has no windows of its own; {@link #hours(DayOfWeek,
   * LocalTime, LocalTime)} gives one day its own windows and makes it a working day. Not
   * thread-safe.
   */
  public static final class Builder {
    private ZoneId zone = ZoneOffset.UTC;
    private final Set<DayOfWeek> workingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private final List<TimeWindow> standard = new ArrayList<>();
    private final Map<DayOfWeek, List<TimeWindow>> perDay = new EnumMap<>(DayOfWeek.class);
    private final NavigableSet<LocalDate> holidays = new TreeSet<>();

    private Builder() {}

    /** The time zone (default UTC). */
    public Builder zone(ZoneId zone) {
      this.zone = Checks.notNull("zone", zone);
      return this;
    }

    /** The days with the standard opening windows (default Monday to Friday); replaces the set. */
    public Builder workingDays(DayOfWeek... days) {
      Checks.notNull("days", days);
      workingDays.clear();
      for (DayOfWeek d : days) {
        workingDays.add(Checks.notNull("day", d));
      }
      return this;
    }

    /**
     * Adds a standard opening window for the working days (default, if none is added: 09:00-17:00).
     * A {@code to} of 00:00 means midnight at the end of the day.
     *
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public Builder hours(LocalTime from, LocalTime to) {
      standard.add(TimeWindow.of(from, to));
      return this;
    }

    /**
     * Adds an opening window for one day of the week; that day then opens only in its own windows
     * and counts as a working day.
     *
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public Builder hours(DayOfWeek day, LocalTime from, LocalTime to) {
      Checks.notNull("day", day);
      perDay.computeIfAbsent(day, d -> new ArrayList<>()).add(TimeWindow.of(from, to));
      return this;
    }

    /** Adds a holiday: a date (in the calendar's zone) without opening hours. */
    public Builder holiday(LocalDate date) {
      holidays.add(Checks.notNull("holiday", date));
      return this;
    }

    /** Adds holidays. */
    public Builder holidays(Collection<LocalDate> dates) {
      Checks.notNull("holidays", dates);
      for (LocalDate d : dates) {
        holiday(d);
      }
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @throws IllegalArgumentException if a day's windows overlap, or no day has opening hours
     */
    public BusinessCalendar build() {
      List<TimeWindow> base =
          standard.isEmpty()
              ? List.of(TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0)))
              : standard;
      Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek day : DayOfWeek.values()) {
        List<TimeWindow> own = perDay.get(day);
        List<TimeWindow> windows =
            own != null ? own : workingDays.contains(day) ? base : List.<TimeWindow>of();
        if (!windows.isEmpty()) {
          hours.put(day, sortedWithoutOverlap(day, windows));
        }
      }
      Checks.check(!hours.isEmpty(), "opening hours", "on at least one day", "none");
      return new BusinessCalendar(zone, hours, new TreeSet<>(holidays));
    }

    private static List<TimeWindow> sortedWithoutOverlap(DayOfWeek day, List<TimeWindow> windows) {
      List<TimeWindow> sorted = new ArrayList<>(windows);
      sorted.sort((a, b) -> Long.compare(a.fromSecond(), b.fromSecond()));
      for (int i = 1; i < sorted.size(); i++) {
        TimeWindow before = sorted.get(i - 1);
        TimeWindow after = sorted.get(i);
        if (after.fromSecond() < before.toSecond()) {
          throw new IllegalArgumentException(
              "opening windows on "
                  + day
                  + " must not overlap, but were "
                  + before
                  + " and "
                  + after);
        }
      }
      return List.copyOf(sorted);
    }
  }
}
