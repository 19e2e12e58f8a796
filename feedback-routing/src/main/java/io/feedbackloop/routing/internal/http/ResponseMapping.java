package io.feedbackloop.routing.internal.http;

import io.feedbackloop.routing.delivery.DeliveryResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps an HTTP response to a {@link DeliveryResult}: 2xx delivered; 3xx permanent (redirects are
 * refused); 429 and 503 with a readable {@code Retry-After} retry after it; 408, 425, 429 and 5xx
 * retryable; other 4xx permanent. Reasons name the status and the origin, and the receiver's error
 * code when its body is one short token (Slack answers {@code channel_not_found}); never other body
 * text, which might echo personal data.
 */
public final class ResponseMapping {
  private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private ResponseMapping() {}

  /**
   * The result of a response.
   *
   * @param status the HTTP status code
   * @param retryAfter the {@code Retry-After} header, if present
   * @param body the start of the response body, decoded as UTF-8
   * @param now the current time, for {@code Retry-After} dates
   * @param origin {@code scheme://host[:port]} of the request, for the reason
   */
  public static DeliveryResult map(
      int status, Optional<String> retryAfter, String body, Instant now, String origin) {
    String reason = "HTTP " + status + " from " + origin + errorCode(body);
    if (status >= 200 && status < 300) {
      return DeliveryResult.delivered();
    }
    if (status >= 300 && status < 400) {
      return DeliveryResult.permanent(reason + ": redirects are refused");
    }
    if (status == 429 || status == 503) {
      Optional<Duration> wait = retryAfter.flatMap(v -> RetryAfter.parse(v, now));
      if (wait.isPresent()) {
        return DeliveryResult.retryAfter(reason, wait.get());
      }
    }
    if (status == 408 || status == 425 || status == 429 || (status >= 500 && status < 600)) {
      return DeliveryResult.retryable(reason);
    }
    if (status >= 400 && status < 500) {
      return DeliveryResult.permanent(reason);
    }
    return DeliveryResult.permanent(reason + ": unexpected status");
  }

  private static String errorCode(String body) {
    String b = body.strip();
    return ERROR_CODE.matcher(b).matches() ? " (" + b + ")" : "";
  }
}
