package io.feedbackloop.core.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks with one message grammar: {@code "slaHours must be > 0, but was -3"}.
 *
 * <p>Internal: no compatibility promise.
 */
public final class Args {

  private Args() {}

  /** Checks that {@code value} is not null. */
  public static <T> T notNull(String name, @Nullable T value) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /** Checks that {@code value} is not null and not blank. */
  public static String notBlank(String name, @Nullable String value) {
    String v = notNull(name, value);
    if (v.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, but was '" + v + "'");
    }
    return v;
  }

  /** Checks an identifier: 1-64 ASCII letters, digits, '.', '_' or '-', starting alphanumeric. */
  public static String identifier(String name, @Nullable String value) {
    String v = notNull(name, value);
    if (!isIdentifier(v)) {
      throw new IllegalArgumentException(
          name
              + " must be 1-64 characters of letters, digits, '.', '_' or '-' starting with a letter"
              + " or digit, but was '"
              + printable(v)
              + "'");
    }
    return v;
  }

  /** Tells whether {@code value} is a valid identifier (see {@link #identifier}). */
  public static boolean isIdentifier(String value) {
    // a loop, not the regex: this runs several times for every response parsed
    int n = value.length();
    if (n == 0 || n > 64 || !isAsciiAlphanumeric(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isAsciiAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Checks {@code value > 0}. */
  public static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, but was " + value);
    }
    return value;
  }

  /** Checks {@code value >= 0}. */
  public static int notNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, but was " + value);
    }
    return value;
  }

  /** Checks {@code value >= 0}. */
  public static long notNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, but was " + value);
    }
    return value;
  }

  /** Checks a condition and fails with {@code name must be <requirement>, but was <actual>}. */
  public static void check(boolean ok, String name, String requirement, @Nullable Object actual) {
    if (!ok) {
      throw new IllegalArgumentException(
          name + " must be " + requirement + ", but was " + actual);
    }
  }

  /** Shortens and sanitizes a value for an error message (no control characters, at most 80). */
  public static String printable(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), 80));
    for (int i = 0; i < value.length() && out.length() < 80; i++) {
      char c = value.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    if (value.length() > 80) {
      out.append('…');
    }
    return out.toString();
  }
}
