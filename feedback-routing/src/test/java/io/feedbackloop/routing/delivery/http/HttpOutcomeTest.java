package io.feedbackloop.routing.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.internal.http.ResponseMapping;
import io.feedbackloop.routing.internal.http.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapping of HTTP statuses and Retry-After values to delivery results. */
class HttpOutcomeTest {
  private static final Instant NOW = Instant.parse("1994-11-06T08:49:00Z");
  private static final String ORIGIN = "https://hooks.example.com";

  private static DeliveryResult map(int status) {
    return ResponseMapping.map(status, Optional.empty(), "", NOW, ORIGIN);
  }

  @ParameterizedTest(name = "HTTP {0} is {1}")
  @CsvSource({
    "200, Delivered",
    "201, Delivered",
    "202, Delivered",
    "204, Delivered",
    "299, Delivered",
    "300, Permanent",
    "301, Permanent",
    "302, Permanent",
    "307, Permanent",
    "308, Permanent",
    "399, Permanent",
    "400, Permanent",
    "401, Permanent",
    "403, Permanent",
    "404, Permanent",
    "410, Permanent",
    "413, Permanent",
    "499, Permanent",
    "408, Retryable",
    "425, Retryable",
    "429, Retryable",
    "500, Retryable",
    "502, Retryable",
    "503, Retryable",
    "504, Retryable",
    "599, Retryable",
    "199, Permanent",
    "600, Permanent"
  })
  void statusClasses(int status, String kind) {
    assertThat(map(status).getClass().getSimpleName()).isEqualTo(kind);
  }

  @Test
  void reasonsNameStatusOriginAndASafeErrorCode() {
    assertThat(ResponseMapping.map(404, Optional.empty(), "channel_not_found\n", NOW, ORIGIN))
        .isEqualTo(
            DeliveryResult.permanent(
                "HTTP 404 from https://hooks.example.com (channel_not_found)"));
    assertThat(
            ResponseMapping.map(
                400, Optional.empty(), "{\"error\":\"bad email ana@example.com\"}", NOW, ORIGIN))
        .isEqualTo(DeliveryResult.permanent("HTTP 400 from https://hooks.example.com"));
    assertThat(map(302).describe())
        .isEqualTo("permanent: HTTP 302 from https://hooks.example.com: redirects are refused");
    assertThat(map(600).describe()).endsWith(": unexpected status");
  }

  @Test
  void retryAfterIsHonouredOnlyOn429And503() {
    assertThat(ResponseMapping.map(429, Optional.of("7"), "", NOW, ORIGIN))
        .isEqualTo(
            new DeliveryResult.Retryable(
                "HTTP 429 from https://hooks.example.com", Optional.of(Duration.ofSeconds(7))));
    assertThat(ResponseMapping.map(503, Optional.of("120"), "", NOW, ORIGIN))
        .isEqualTo(
            new DeliveryResult.Retryable(
                "HTTP 503 from https://hooks.example.com", Optional.of(Duration.ofMinutes(2))));
    assertThat(ResponseMapping.map(500, Optional.of("7"), "", NOW, ORIGIN))
        .isEqualTo(DeliveryResult.retryable("HTTP 500 from https://hooks.example.com"));
    assertThat(ResponseMapping.map(429, Optional.of("soon"), "", NOW, ORIGIN))
        .isEqualTo(DeliveryResult.retryable("HTTP 429 from https://hooks.example.com"));
  }

  @ParameterizedTest(name = "Retry-After: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | PT0S",
        "7 | PT7S",
        " 30  | PT30S",
        "86400 | PT24H",
        "86401 | PT24H",
        "99999999999999999999 | PT24H",
        "Sun, 06 Nov 1994 08:49:37 GMT | PT37S",
        "Sunday, 06-Nov-94 08:49:37 GMT | PT37S",
        "Sun Nov  6 08:49:37 1994 | PT37S",
        "Sun, 06 Nov 1994 08:48:00 GMT | PT0S",
        "Tue, 08 Nov 1994 08:49:00 GMT | PT24H"
      })
  void retryAfterValues(String value, String expected) {
    assertThat(RetryAfter.parse(value, NOW)).contains(Duration.parse(expected));
  }

  @ParameterizedTest(name = "Retry-After: ''{0}'' is ignored")
  @CsvSource(
      delimiter = '|',
      value = {"-5", "1.5", "soon", "06 Nov 1994", "Sun, 32 Nov 1994 08:49:37 GMT", "''"})
  void unreadableRetryAfterValuesAreIgnored(String value) {
    assertThat(RetryAfter.parse(value, NOW)).isEmpty();
  }
}
