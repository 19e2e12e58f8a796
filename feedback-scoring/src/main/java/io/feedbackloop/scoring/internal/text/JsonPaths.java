package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.internal.MiniJson;
import io.feedbackloop.scoring.text.TextLanguage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks for the text engine's JSON documents, with messages that start with the JSON path. */
public final class JsonPaths {
  private static final String CODES =
      Arrays.stream(TextLanguage.values()).map(TextLanguage::code).collect(Collectors.joining(", "));

  private JsonPaths() {}

  /**
   * The language of {@code code}.
   *
   * @throws IllegalArgumentException {@code "<path>: unknown language code 'xx', expected one of en,
   *     sv, nl, pl, de"}
   */
  public static TextLanguage language(String code, String path) {
    return TextLanguage.fromCode(code)
        .filter(l -> l.code().equals(code))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    path + ": unknown language code '" + code + "', expected one of " + CODES));
  }

  /** {@code value} as a string, or {@code "<path>: must be a JSON string, but was ..."}. */
  public static String string(Object value, String path) {
    try {
      return MiniJson.string(value, "value");
    } catch (IllegalArgumentException e) {
      throw rethrow(path, e);
    }
  }

  /** {@code value} as an object, or {@code "<path>: must be a JSON object, but was ..."}. */
  public static Map<String, Object> object(Object value, String path) {
    try {
      return MiniJson.object(value, "value");
    } catch (IllegalArgumentException e) {
      throw rethrow(path, e);
    }
  }

  /** {@code value} as an array, or {@code "<path>: must be a JSON array, but was ..."}. */
  public static List<Object> array(Object value, String path) {
    try {
      return MiniJson.array(value, "value");
    } catch (IllegalArgumentException e) {
      throw rethrow(path, e);
    }
  }

  private static IllegalArgumentException rethrow(String path, IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage());
    return new IllegalArgumentException(
        path + ": " + (m.startsWith("value ") ? m.substring("value ".length()) : m), e);
  }

  /** Quotes {@code s} as a JSON string. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
