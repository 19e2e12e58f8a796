package io.feedbackloop.routing.internal.template;

import java.util.Locale;

/** How one placeholder writes its value; chosen once, when the template is compiled. */
enum Escaping {
  /** Plain text: as is. */
  NONE {
    @Override
    void append(String value, StringBuilder out) {
      out.append(value);
    }
  },
  /** A header line: every line break becomes a space, so a value cannot start a new header. */
  SINGLE_LINE {
    @Override
    void append(String value, StringBuilder out) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        out.append(isLineBreak(c) ? ' ' : c);
      }
    }
  },
  /** HTML text, comment or quoted attribute value. */
  HTML {
    @Override
    void append(String value, StringBuilder out) {
      escapeHtml(value, out);
    }
  },
  /**
   * The start of a URL attribute value: anything but an http(s) or mailto URL becomes {@code #},
   * which is how a {@code javascript:} or {@code data:} value is kept from running.
   */
  HTML_URL {
    @Override
    void append(String value, StringBuilder out) {
      if (isSafeUrl(value)) {
        escapeHtml(value, out);
      } else {
        out.append('#');
      }
    }
  };

  abstract void append(String value, StringBuilder out);

  static boolean isLineBreak(char c) {
    return c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  static void escapeHtml(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /** Exactly {@code http://}, {@code https://} or {@code mailto:} first, in any case; no trimming. */
  static boolean isSafeUrl(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return v.startsWith("https://") || v.startsWith("http://") || v.startsWith("mailto:");
  }
}
