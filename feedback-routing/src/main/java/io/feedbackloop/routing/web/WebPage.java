package io.feedbackloop.routing.web;

import io.feedbackloop.routing.internal.rules.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP answer of the survey pages, for any HTTP server to send as it is: the status, the
 * headers (always {@code Content-Type}, {@code Content-Security-Policy}, {@code Cache-Control},
 * {@code Referrer-Policy}, {@code X-Content-Type-Options} and {@code X-Frame-Options}) and the
 * complete HTML page. Immutable.
 *
 * @param status the HTTP status: 200, 400, 404 or 422 (see {@link SurveyPages})
 * @param headers the response headers by name, in a fixed order
 * @param body the HTML page
 */
public record WebPage(int status, Map<String, String> headers, String body) {

  /**
   * Checks the parts and copies the headers, keeping their order.
   *
   * @throws IllegalArgumentException if the status is not 100-599
   */
  public WebPage {
    Checks.check(status >= 100 && status <= 599, "status", "in 100..599", status);
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull("headers", headers)));
    Checks.notNull("body", body);
  }

  /** The body in UTF-8, the charset the {@code Content-Type} header names. */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** The value of header {@code name} (case-insensitive), or null. */
  public @org.jspecify.annotations.Nullable String header(String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "WebPage[" + status + ", " + body.length() + " characters]";
  }
}
