package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * One opening window of a day in local time, from {@code from} (inclusive) to {@code to}
 * (exclusive). A {@code to} of {@code 00:00} means the end of the day (24:00), so {@code
 * 00:00-00:00} is the whole day.
 *
 * @param from the local opening time
 * @param to the local closing time, after {@code from}, or {@code 00:00} for the end of the day
 */
public record TimeWindow(LocalTime from, LocalTime to) {
  /** The whole day, 00:00-24:00. */
  public static final TimeWindow WHOLE_DAY = new TimeWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  /**
   * Creates a window.
   *
   * @throws IllegalArgumentException if {@code to} is not after {@code from} (and not 00:00)
   */
  public TimeWindow {
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    Checks.check(
        wholeSeconds(from) && wholeSeconds(to),
        "opening window times",
        "whole seconds",
        from + "-" + to);
    Checks.check(
        to.equals(LocalTime.MIDNIGHT) || to.isAfter(from),
        "opening window end",
        "after its start " + from + " or 00:00 (end of day)",
        to);
  }

  /** A window from {@code from} to {@code to}; see {@link TimeWindow}. */
  public static TimeWindow of(LocalTime from, LocalTime to) {
    return new TimeWindow(from, to);
  }

  /**
   * A window written {@code "HH:mm-HH:mm"}, e.g. {@code "08:00-12:00"}; {@code "-24:00"} or {@code
   * "-00:00"} ends at midnight.
   *
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static TimeWindow parse(String text) {
    Checks.notNull("window", text);
    int dash = text.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException("window must be HH:mm-HH:mm, but was '" + text + "'");
    }
    String end = text.substring(dash + 1).strip();
    try {
      return of(
          LocalTime.parse(text.substring(0, dash).strip()),
          "24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "window must be HH:mm-HH:mm, but was '" + Checks.printable(text) + "'", e);
    }
  }

  private static boolean wholeSeconds(LocalTime t) {
    return t.truncatedTo(ChronoUnit.SECONDS).equals(t);
  }

  /** The opening time as a second of the day. */
  long fromSecond() {
    return from.toSecondOfDay();
  }

  /** The closing time as a second of the day, 86400 for the end of the day. */
  long toSecond() {
    return to.equals(LocalTime.MIDNIGHT) ? 86_400 : to.toSecondOfDay();
  }

  @Override
  public String toString() {
    return from + "-" + (to.equals(LocalTime.MIDNIGHT) ? "24:00" : to.toString());
  }
}
