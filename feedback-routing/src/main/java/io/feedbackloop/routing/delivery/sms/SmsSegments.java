package io.feedbackloop.routing.delivery.sms;

/**
 * Counts the SMS segments a text needs, and shortens a text to fit. A text in the GSM 03.38
 * alphabet (which has the Swedish, Danish, Norwegian and German letters) takes 160 septets in one
 * segment and 153 per segment when split, characters of the extension table ({@code ^ { } \ [ ~ ] |
 * €}) taking two; any other character makes the whole text UCS-2, 70 UTF-16 units in one segment,
 * 67 per segment when split.
 */
final class SmsSegments {
  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENSION = "\f^{}\\[~]|€";
  private static final String ELLIPSIS = "...";

  private SmsSegments() {}

  /** Tells whether every character of {@code text} is in the GSM 03.38 alphabet. */
  static boolean isGsm(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (septets(text.charAt(i)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Septets for {@code c}: 1 for the basic table, 2 for the extension table, 0 if not GSM. */
  private static int septets(char c) {
    if (GSM_BASIC.indexOf(c) >= 0) {
      return 1;
    }
    return GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 0;
  }

  /** The length in the units segments are counted in: septets for GSM, UTF-16 units for UCS-2. */
  static int units(CharSequence text) {
    if (!isGsm(text)) {
      return text.length();
    }
    int units = 0;
    for (int i = 0; i < text.length(); i++) {
      units += septets(text.charAt(i));
    }
    return units;
  }

  /** The number of segments {@code text} needs (0 for an empty text). */
  static int count(CharSequence text) {
    boolean gsm = isGsm(text);
    int units = units(text);
    int single = gsm ? 160 : 70;
    int part = gsm ? 153 : 67;
    if (units <= single) {
      return units == 0 ? 0 : 1;
    }
    return (units + part - 1) / part;
  }

  /**
   * {@code text} itself if it fits in {@code maxSegments}, else its longest prefix that fits with
   * {@code "..."} appended. A surrogate pair is never split.
   */
  static String truncate(String text, int maxSegments) {
    if (count(text) <= maxSegments) {
      return text;
    }
    boolean gsm = isGsm(text);
    int capacity = maxSegments == 1 ? (gsm ? 160 : 70) : maxSegments * (gsm ? 153 : 67);
    int budget = capacity - ELLIPSIS.length();
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      char c = text.charAt(end);
      int width = gsm ? septets(c) : 1;
      int step = Character.isHighSurrogate(c) && end + 1 < text.length() ? 2 : 1;
      if (used + width * step > budget) {
        break;
      }
      used += width * step;
      end += step;
    }
    return text.substring(0, end) + ELLIPSIS;
  }
}
