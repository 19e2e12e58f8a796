package io.feedbackloop.routing.internal.http;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} value (RFC 9110 section 10.2.3): a number of seconds, or an
 * HTTP date in any of the three formats recipients must accept. A date in the past means "now"; a
 * wait longer than {@link #MAX} is shortened to it, so that a receiver cannot park a message for
 * years.
 */
public final class RetryAfter {
  /** The longest wait honoured. */
  public static final Duration MAX = Duration.ofDays(1);

  // Locale.US, not ROOT: with CLDR data ROOT has no full English day names ("Sunday").
  private static final List<DateTimeFormatter> DATES =
      List.of(
          // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
          DateTimeFormatter.RFC_1123_DATE_TIME,
          // obsolete RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
          new DateTimeFormatterBuilder()
              .appendPattern("EEEE, dd-MMM-")
              .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
              .appendPattern(" HH:mm:ss 'GMT'")
              .toFormatter(Locale.US)
              .withZone(ZoneOffset.UTC),
          // asctime: Sun Nov  6 08:49:37 1994
          new DateTimeFormatterBuilder()
              .appendPattern("EEE MMM")
              .appendLiteral(' ')
              .padNext(2)
              .appendValue(ChronoField.DAY_OF_MONTH)
              .appendPattern(" HH:mm:ss yyyy")
              .toFormatter(Locale.US)
              .withZone(ZoneOffset.UTC));

  private RetryAfter() {}

  /** The wait {@code value} asks for, measured from {@code now}; empty if it cannot be read. */
  public static Optional<Duration> parse(String value, Instant now) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (isDigits(v)) {
      // More than 6 digits is already past MAX; avoid overflow on absurd values.
      return Optional.of(v.length() > 6 ? MAX : cap(Duration.ofSeconds(Long.parseLong(v))));
    }
    for (DateTimeFormatter f : DATES) {
      try {
        Instant at = ZonedDateTime.parse(v, f).toInstant();
        return Optional.of(at.isAfter(now) ? cap(Duration.between(now, at)) : Duration.ZERO);
      } catch (DateTimeException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  private static Duration cap(Duration d) {
    return d.compareTo(MAX) > 0 ? MAX : d;
  }

  private static boolean isDigits(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
