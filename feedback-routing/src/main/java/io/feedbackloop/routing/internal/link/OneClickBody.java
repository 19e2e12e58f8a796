package io.feedbackloop.routing.internal.link;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognizes the RFC 8058 one-click unsubscribe body, {@code List-Unsubscribe=One-Click}, sent as
 * {@code application/x-www-form-urlencoded} or as a {@code multipart/form-data} part.
 */
public final class OneClickBody {
  private static final int MAX_BODY = 64 * 1024;
  private static final Pattern MULTIPART =
      Pattern.compile(
          "(?i)content-disposition:\\s*form-data;[^\\r\\n]*name=\"?List-Unsubscribe\"?[^\\r\\n]*"
              + "\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n[ \\t]*One-Click[ \\t]*(?:\\r?\\n|$)");

  private OneClickBody() {}

  /** Tells whether {@code body} carries {@code List-Unsubscribe=One-Click}. */
  public static boolean matches(@Nullable String body) {
    if (body == null || body.isEmpty() || body.length() > MAX_BODY) {
      return false;
    }
    for (String pair : body.strip().split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        try {
          String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
          String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          if (name.equalsIgnoreCase("List-Unsubscribe") && value.equalsIgnoreCase("One-Click")) {
            return true;
          }
        } catch (IllegalArgumentException e) {
          // not form-encoded; the multipart check below decides
        }
      }
    }
    return MULTIPART.matcher(body).find();
  }
}
