package io.feedbackloop.routing.internal.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks with the SDK's message grammar ({@code "x must be > 0, but was -3"}). */
public final class Checks {
  private Checks() {}

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

  /** Tells whether {@code v} is 1-64 ASCII letters, digits, '.', '_' or '-', starting alphanumeric. */
  public static boolean isIdentifier(String v) {
    if (v.isEmpty() || v.length() > 64) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** Checks an identifier (see {@link #isIdentifier}). */
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

  /** Checks {@code value > 0}. */
  public static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, but was " + value);
    }
    return value;
  }

  /** Checks a condition and fails with {@code name must be <requirement>, but was <actual>}. */
  public static void check(boolean ok, String name, String requirement, @Nullable Object actual) {
    if (!ok) {
      throw new IllegalArgumentException(name + " must be " + requirement + ", but was " + actual);
    }
  }

  /** Shortens a value for a message: no control characters, at most 80 characters. */
  public static String printable(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), 81));
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
