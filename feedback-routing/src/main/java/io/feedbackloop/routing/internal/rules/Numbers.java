package io.feedbackloop.routing.internal.rules;

/** Decimal numbers in attribute values, parsed without exceptions on the hot path. */
final class Numbers {
  private Numbers() {}

  /**
   * Parses a plain decimal ({@code -12}, {@code 1500.50}); NaN for anything else (exponents,
   * thousands separators, blanks). Hand-written because {@link Double#parseDouble} throws on bad
   * input and accepts forms (hex, "Infinity") that are not amounts.
   */
  static double parse(String s) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    if (i >= n || n > 40) {
      return Double.NaN;
    }
    int start = i;
    boolean dot = false;
    boolean digits = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return Double.NaN;
      }
    }
    if (!digits) {
      return Double.NaN;
    }
    double v = Double.parseDouble(s.substring(start));
    return negative ? -v : v;
  }

  /** Formats a number without a trailing {@code .0} when it is integral. */
  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
