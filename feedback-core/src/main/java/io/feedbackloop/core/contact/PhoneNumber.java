package io.feedbackloop.core.contact;

import io.feedbackloop.core.internal.Args;

/**
 * A phone number in E.164 form ({@code +} and 8 to 15 digits, such as {@code +46701234567}).
 * Spaces, dashes, dots and parentheses are removed on construction. {@link #toString()} masks all
 * but the country prefix and the last two digits: {@code +46********67}.
 *
 * @param value the number in E.164 form
 */
public record PhoneNumber(String value) {

  /** Creates a number, normalizing separators and checking E.164 form (messages never quote it). */
  public PhoneNumber {
    Args.notNull("phone", value);
    value = value.replaceAll("[\\s().-]", "");
    if (!value.matches("\\+[1-9][0-9]{7,14}")) {
      throw new IllegalArgumentException(
          "phone must be in E.164 form, '+' and 8-15 digits, but was a " + value.length()
              + "-character value that is not (not shown: it may be personal data)");
    }
  }

  /** The number, normalized to E.164. */
  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  /** The masked form, e.g. {@code +46********67}. */
  @Override
  public String toString() {
    int keepStart = 3;
    int keepEnd = 2;
    return value.substring(0, keepStart)
        + "*".repeat(value.length() - keepStart - keepEnd)
        + value.substring(value.length() - keepEnd);
  }
}
