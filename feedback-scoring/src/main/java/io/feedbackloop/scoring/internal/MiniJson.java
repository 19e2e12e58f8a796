package io.feedbackloop.scoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny JSON reader for the accumulators' own documents: objects, arrays, strings and numbers
 * (no booleans, no null). Public within {@code internal} for the text engine's resources. Numbers stay as their text ({@link Num}) until a caller asks for a type.
 */
public final class MiniJson {
  /** A number as written. */
  public record Num(String text) {}

  private final String s;
  private int pos;

  private MiniJson(String s) {
    this.s = s;
  }

  /** Parses one JSON value that must span the whole input. */
  public static Object parse(String json) {
    MiniJson p = new MiniJson(json);
    Object v = p.value();
    p.skipSpace();
    if (p.pos != json.length()) {
      throw p.error("the end of the document");
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object v, String name) {
    if (v instanceof Map) {
      return (Map<String, Object>) v;
    }
    throw new IllegalArgumentException(name + " must be a JSON object, but was " + describe(v));
  }

  @SuppressWarnings("unchecked")
  public static List<Object> array(Object v, String name) {
    if (v instanceof List) {
      return (List<Object>) v;
    }
    throw new IllegalArgumentException(name + " must be a JSON array, but was " + describe(v));
  }

  public static String string(Object v, String name) {
    if (v instanceof String str) {
      return str;
    }
    throw new IllegalArgumentException(name + " must be a JSON string, but was " + describe(v));
  }

  public static long longValue(Object v, String name) {
    if (v instanceof Num num) {
      try {
        return Long.parseLong(num.text());
      } catch (NumberFormatException e) {
        // fall through to the common message
      }
    }
    throw new IllegalArgumentException(name + " must be an integer, but was " + describe(v));
  }

  public static double doubleValue(Object v, String name) {
    if (v instanceof Num num) {
      return Double.parseDouble(num.text());
    }
    throw new IllegalArgumentException(name + " must be a number, but was " + describe(v));
  }

  public static Object field(Map<String, Object> o, String name) {
    Object v = o.get(name);
    if (v == null) {
      throw new IllegalArgumentException(name + " must be present, but was missing");
    }
    return v;
  }

  private static String describe(Object v) {
    if (v instanceof Num num) {
      return num.text();
    }
    if (v instanceof String) {
      return "'" + v + "'";
    }
    if (v instanceof Map) {
      return "an object";
    }
    return v instanceof List ? "an array" : String.valueOf(v);
  }

  private Object value() {
    skipSpace();
    if (pos >= s.length()) {
      throw error("a value");
    }
    char c = s.charAt(pos);
    if (c == '{') {
      return objectValue();
    }
    if (c == '[') {
      return arrayValue();
    }
    if (c == '"') {
      return stringValue();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    throw error("a value");
  }

  private Map<String, Object> objectValue() {
    Map<String, Object> o = new LinkedHashMap<>();
    pos++;
    skipSpace();
    if (peek(']') || peek('}')) {
      expect('}');
      return o;
    }
    while (true) {
      skipSpace();
      if (!peek('"')) {
        throw error("a field name");
      }
      String key = stringValue();
      skipSpace();
      expect(':');
      if (o.put(key, value()) != null) {
        throw new IllegalArgumentException("field '" + key + "' must appear once, but repeats");
      }
      skipSpace();
      if (peek(',')) {
        pos++;
      } else {
        expect('}');
        return o;
      }
    }
  }

  private List<Object> arrayValue() {
    List<Object> a = new ArrayList<>();
    pos++;
    skipSpace();
    if (peek(']')) {
      pos++;
      return a;
    }
    while (true) {
      a.add(value());
      skipSpace();
      if (peek(',')) {
        pos++;
      } else {
        expect(']');
        return a;
      }
    }
  }

  private String stringValue() {
    StringBuilder b = new StringBuilder();
    pos++;
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c == '\\') {
        if (pos >= s.length()) {
          break;
        }
        char e = s.charAt(pos++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            if (pos + 4 > s.length()) {
              throw error("four hex digits");
            }
            try {
              b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("four hex digits");
            }
            pos += 4;
          }
          default -> b.append(e);
        }
      } else {
        b.append(c);
      }
    }
    throw error("a closing quote");
  }

  private Num number() {
    int start = pos;
    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    String text = s.substring(start, pos);
    try {
      Double.parseDouble(text);
    } catch (NumberFormatException e) {
      pos = start;
      throw error("a number");
    }
    return new Num(text);
  }

  private boolean peek(char c) {
    return pos < s.length() && s.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("'" + c + "'");
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String expected) {
    String found = pos < s.length() ? "'" + s.charAt(pos) + "'" : "the end";
    return new IllegalArgumentException(
        "json must have " + expected + " at offset " + pos + ", but had " + found);
  }
}
