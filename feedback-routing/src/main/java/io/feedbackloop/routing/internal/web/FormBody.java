package io.feedbackloop.routing.internal.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes {@code application/x-www-form-urlencoded} UTF-8 text (a form body or a query string)
 * strictly: a bad percent escape or bytes that are not UTF-8 make the whole body unreadable, since
 * storing a mangled answer is worse than asking for it again. {@code java.net.URLDecoder} would
 * replace bad bytes silently.
 */
public final class FormBody {
  /** The most characters a body may have: twenty long text answers fully percent-encoded. */
  public static final int MAX_LENGTH = 1 << 20;

  /** The most fields a body may have. */
  public static final int MAX_FIELDS = 1000;

  private FormBody() {}

  /**
   * The fields of {@code body} by name, values in order, names in order of first appearance; empty
   * if the body is malformed, too long or has too many fields. An empty body has no fields.
   */
  public static Optional<Map<String, List<String>>> decode(String body) {
    if (body.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return Optional.of(fields);
    }
    int count = 0;
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('&', start);
      if (end < 0) {
        end = body.length();
      }
      if (end > start) {
        if (++count > MAX_FIELDS) {
          return Optional.empty();
        }
        String pair = body.substring(start, end);
        int eq = pair.indexOf('=');
        Optional<String> name = component(eq < 0 ? pair : pair.substring(0, eq));
        Optional<String> value = component(eq < 0 ? "" : pair.substring(eq + 1));
        if (name.isEmpty() || value.isEmpty()) {
          return Optional.empty();
        }
        fields.computeIfAbsent(name.get(), k -> new ArrayList<>(1)).add(value.get());
      }
      start = end + 1;
    }
    fields.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Optional.of(Collections.unmodifiableMap(fields));
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decodes one name or value: {@code +} is a space, {@code %XX} a byte; the bytes must be UTF-8.
   * Empty if malformed.
   */
  static Optional<String> component(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0 && !hasSurrogate(s)) {
      return Optional.of(s);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= s.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isSurrogate(c)) {
          // a raw (unencoded) non-BMP character: keep the pair together
          if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
            return Optional.empty();
          }
          raw = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(raw);
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
