package io.feedbackloop.routing.invite;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

/**
 * The local hours during which nobody is contacted, from {@code start} (inclusive) to {@code end}
 * (exclusive) in the respondent's time zone. A window whose start is after its end crosses
 * midnight (21:00-08:00 covers the evening and the next early morning).
 *
 * <p>Daylight saving time: the window is a window of local wall-clock time, so a night with a
 * clock change is an hour shorter or longer. If {@code end} falls into a spring-forward gap, the
 * window ends when the gap ends (with an end of 02:30 on a day when 02:00 jumps to 03:00, at
 * 03:00); if it falls into an autumn overlap, at its first occurrence.
 *
 * @param start the local time quiet hours begin
 * @param end the local time quiet hours end; differs from {@code start}
 */
public record QuietHours(LocalTime start, LocalTime end) {

  /** Checks the parts. */
  public QuietHours {
    Checks.notNull("start", start);
    Checks.notNull("end", end);
    Checks.check(!start.equals(end), "end", "different from start " + start, end);
  }

  /**
   * Quiet hours from {@code start} to {@code end}.
   *
   * @throws IllegalArgumentException if they are equal
   */
  public static QuietHours of(LocalTime start, LocalTime end) {
    return new QuietHours(start, end);
  }

  /** Tells whether the local time {@code time} lies within the quiet hours. */
  public boolean contains(LocalTime time) {
    Checks.notNull("time", time);
    if (start.isBefore(end)) {
      return !time.isBefore(start) && time.isBefore(end);
    }
    return !time.isBefore(start) || time.isBefore(end);
  }

  /**
   * The instant the quiet hours around {@code at} end in {@code zone}, or empty if {@code at} is
   * outside quiet hours there.
   */
  public Optional<Instant> endAfter(Instant at, ZoneId zone) {
    Checks.notNull("at", at);
    Checks.notNull("zone", zone);
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    if (!contains(time)) {
      return Optional.empty();
    }
    boolean endsTomorrow = start.isAfter(end) && !time.isBefore(start);
    LocalDateTime endLocal =
        local.toLocalDate().plusDays(endsTomorrow ? 1 : 0).atTime(end);
    ZoneOffsetTransition gap = zone.getRules().getTransition(endLocal);
    if (gap != null && gap.isGap()) {
      return Optional.of(gap.getInstant());
    }
    // ZonedDateTime.of takes the earlier offset in an overlap: the first time the clock shows end
    return Optional.of(ZonedDateTime.of(endLocal, zone).toInstant());
  }

  /** {@code at}, or the end of the quiet hours it falls into. */
  public Instant adjust(Instant at, ZoneId zone) {
    return endAfter(at, zone).orElse(at);
  }
}
