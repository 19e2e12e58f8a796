package io.feedbackloop.core.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * ISO-8601 instants. The common form {@code 2026-11-22T10:15:30Z} (optionally with 1-9 fraction
 * digits) is parsed by hand, without {@code DateTimeFormatter}'s allocations; anything else goes
 * through {@link Instant#parse}, which also accepts offsets such as {@code +01:00}.
 */
final class Instants {
  private Instants() {}

  /**
   * Parses an instant.
   *
   * @throws DateTimeException if the text is not an ISO-8601 instant
   */
  static Instant parse(String text) {
    return parse(text.toCharArray(), 0, text.length());
  }

  /**
   * Parses the instant in {@code chars[offset, offset + length)}.
   *
   * @throws DateTimeException if the text is not an ISO-8601 instant
   */
  static Instant parse(char[] chars, int offset, int length) {
    Instant fast = fast(chars, offset, length);
    return fast != null ? fast : Instant.parse(new String(chars, offset, length));
  }

  private static @org.jspecify.annotations.Nullable Instant fast(char[] chars, int offset, int n) {
    Chars s = new Chars(chars, offset);
    if (n < 20
        || n > 30
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || s.charAt(n - 1) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int fractionDigits = n - 21;
      if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
        return null;
      }
      int fraction = digits(s, 20, n - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null; // such as February 30: let Instant.parse report it
    }
    return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second, nanos);
  }

  /** A view of the text at an offset; small and short-lived, so escape analysis removes it. */
  private static final class Chars {
    private final char[] chars;
    private final int offset;

    Chars(char[] chars, int offset) {
      this.chars = chars;
      this.offset = offset;
    }

    char charAt(int i) {
      return chars[offset + i];
    }
  }

  /** The decimal value of s[from, to), or -1 if a character is not a digit. */
  private static int digits(Chars s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
