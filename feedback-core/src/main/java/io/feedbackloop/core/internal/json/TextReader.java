package io.feedbackloop.core.internal.json;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.validation.ProblemCode;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads localized texts ({@code {"en":"…","sv":"…"}}) and scale value labels. */
final class TextReader {
  private TextReader() {}

  /** Reads the localized text object at the cursor. */
  static LocalizedText text(JsonCursor c) throws IOException {
    c.expectObject();
    LocalizedText text = LocalizedText.empty();
    for (String tag = c.nextName(); tag != null; tag = c.nextName()) {
      c.next();
      String value = c.string();
      Locale locale;
      try {
        locale = Locales.parse(tag);
      } catch (IllegalArgumentException e) {
        throw c.invalid(JsonCursor.messageOf(e));
      }
      if (text.exactly(locale).isPresent()) {
        throw c.problem(
            ProblemCode.JSON_DUPLICATE_KEY,
            "the language tag '" + Args.printable(tag) + "' is given twice (as '"
                + locale.toLanguageTag() + "')");
      }
      try {
        text = text.with(locale, value);
      } catch (IllegalArgumentException e) {
        throw c.invalid(JsonCursor.messageOf(e));
      }
    }
    return text;
  }

  /**
   * Reads a labels object ({@code {"0": {...}, "10": {...}}}); keys must be integers written
   * canonically. Whether they lie on the scale is checked by the caller, which knows the scale.
   */
  static Map<Integer, LocalizedText> labels(JsonCursor c) throws IOException {
    c.expectObject();
    Map<Integer, LocalizedText> labels = new TreeMap<>();
    for (String key = c.nextName(); key != null; key = c.nextName()) {
      c.next();
      Integer value = canonicalInt(key);
      if (value == null) {
        throw c.invalid(
            "a label key must be a scale value written as an integer such as \"1\", but was '"
                + Args.printable(key) + "'");
      }
      labels.put(value, text(c));
    }
    return labels;
  }

  /** The integer {@code key} spells canonically ("0", "-3", "10"; not "03", "+3", " 3"), or null. */
  static @org.jspecify.annotations.Nullable Integer canonicalInt(String key) {
    int n = key.length();
    int start = n > 1 && key.charAt(0) == '-' ? 1 : 0;
    if (n == start || n - start > 10 || (key.charAt(start) == '0' && n - start > 1)) {
      return null;
    }
    if (start == 1 && key.equals("-0")) {
      return null;
    }
    long value = 0;
    for (int i = start; i < n; i++) {
      char ch = key.charAt(i);
      if (ch < '0' || ch > '9') {
        return null;
      }
      value = value * 10 + (ch - '0');
    }
    value = start == 1 ? -value : value;
    return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? null : (int) value;
  }
}
