package io.feedbackloop.core.internal.json;

/**
 * The identifier rule of {@link io.feedbackloop.core.internal.Args#identifier} as a plain loop:
 * 1-64 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit. The reader checks
 * every identifier with it first (no regex matcher on the hot path) and asks {@code Args} only for
 * the message of a bad one.
 */
final class Identifiers {
  private Identifiers() {}

  static boolean isIdentifier(String value) {
    int length = value.length();
    if (length == 0 || length > 64 || !isAlphanumeric(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
