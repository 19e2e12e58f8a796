package io.feedbackloop.routing.delivery.http;

import io.feedbackloop.routing.delivery.http.WebhookVerificationException.Reason;
import io.feedbackloop.routing.internal.http.Signer;
import io.feedbackloop.routing.internal.rules.Checks;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Verifies Standard Webhooks requests, for receivers of the {@link WebhookChannel} (and of any
 * sender that follows the specification). A request passes when its {@code webhook-timestamp} is
 * within the tolerance of the verifier's clock (default 5 minutes either way, against replays) and
 * one of the {@code v1} signatures in {@code webhook-signature} matches the body under one of the
 * verifier's secrets (several during key rotation). Signatures are compared in constant time.
 *
 * <p>Verify the body exactly as received, before parsing it. De-duplicate on the returned {@code
 * webhook-id}: a retried delivery carries the same id. Immutable and thread-safe.
 */
public final class WebhookVerifier {
  /** The default timestamp tolerance. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private final List<WebhookSecret> secrets;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(Builder b) {
    Checks.check(!b.secrets.isEmpty(), "secrets", "non-empty", "empty");
    this.secrets = List.copyOf(b.secrets);
    this.tolerance = b.tolerance;
    this.clock = b.clock;
  }

  /**
   * A verifier for {@code secrets}, with the default tolerance and the system clock.
   *
   * @throws IllegalArgumentException if no secret is given
   */
  public static WebhookVerifier of(WebhookSecret... secrets) {
    Builder b = builder();
    for (WebhookSecret s : Checks.notNull("secrets", secrets)) {
      b.secret(s);
    }
    return b.build();
  }

  /** Starts a verifier: add at least one secret. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a request given its headers (names in any case; the first value of each is used).
   *
   * @return the {@code webhook-id}, to de-duplicate on
   * @throws WebhookVerificationException if the request is rejected, with the reason
   */
  public String verify(Map<String, List<String>> headers, byte[] body) {
    Checks.notNull("headers", headers);
    return verify(
        header(headers, "webhook-id"),
        header(headers, "webhook-timestamp"),
        header(headers, "webhook-signature"),
        body);
  }

  /**
   * Verifies a request given the three header values.
   *
   * @param id the {@code webhook-id} header, or null if absent
   * @param timestamp the {@code webhook-timestamp} header, or null if absent
   * @param signatures the {@code webhook-signature} header, or null if absent
   * @param body the request body, byte for byte as received
   * @return {@code id}
   * @throws WebhookVerificationException if the request is rejected, with the reason
   */
  public String verify(
      @Nullable String id, @Nullable String timestamp, @Nullable String signatures, byte[] body) {
    Checks.notNull("body", body);
    if (id == null || timestamp == null || signatures == null) {
      throw new WebhookVerificationException(
          Reason.MISSING_HEADER,
          "webhook rejected: header "
              + (id == null
                  ? "webhook-id"
                  : timestamp == null ? "webhook-timestamp" : "webhook-signature")
              + " is missing");
    }
    long seconds = checkTimestamp(timestamp.strip());
    List<byte[]> candidates = v1Signatures(signatures);
    if (candidates.isEmpty()) {
      throw new WebhookVerificationException(
          Reason.NO_SUPPORTED_SIGNATURE,
          "webhook rejected: header webhook-signature holds no v1 signature");
    }
    for (WebhookSecret secret : secrets) {
      byte[] expected = Signer.hmac(secret.key(), id, seconds, body);
      for (byte[] candidate : candidates) {
        if (MessageDigest.isEqual(expected, candidate)) {
          return id;
        }
      }
    }
    throw new WebhookVerificationException(
        Reason.SIGNATURE_MISMATCH,
        "webhook rejected: no signature matches under any of "
            + secrets.size()
            + " secret(s) (wrong secret, or the body was changed)");
  }

  private long checkTimestamp(String timestamp) {
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException(
          Reason.INVALID_TIMESTAMP,
          "webhook rejected: webhook-timestamp must be epoch seconds, but was '"
              + Checks.printable(timestamp)
              + "'");
    }
    long now = clock.instant().getEpochSecond();
    long limit = tolerance.toSeconds();
    if (seconds < now - limit) {
      throw new WebhookVerificationException(
          Reason.TIMESTAMP_TOO_OLD,
          "webhook rejected: webhook-timestamp is "
              + (now - seconds)
              + " s old, more than the tolerance of "
              + limit
              + " s");
    }
    if (seconds > now + limit) {
      throw new WebhookVerificationException(
          Reason.TIMESTAMP_TOO_NEW,
          "webhook rejected: webhook-timestamp is "
              + (seconds - now)
              + " s in the future, more than the tolerance of "
              + limit
              + " s");
    }
    return seconds;
  }

  /** The decoded {@code v1} signatures of a space-separated header; others are skipped. */
  private static List<byte[]> v1Signatures(String header) {
    List<byte[]> out = new ArrayList<>();
    for (String part : header.strip().split(" +", -1)) {
      int comma = part.indexOf(',');
      if (comma > 0 && part.substring(0, comma).equals(Signer.VERSION)) {
        try {
          out.add(Base64.getDecoder().decode(part.substring(comma + 1)));
        } catch (IllegalArgumentException e) {
          // not base64: cannot match, like any other wrong signature
        }
      }
      if (out.size() >= 16) {
        break; // bounds the work an attacker can cause
      }
    }
    return out;
  }

  private static @Nullable String header(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        List<String> values = e.getValue();
        return values == null || values.isEmpty() ? null : values.get(0);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "WebhookVerifier[secrets=" + secrets + ", tolerance=" + tolerance + "]";
  }

  /** Builds a {@link WebhookVerifier}. Not thread-safe. */
  public static final class Builder {
    private final List<WebhookSecret> secrets = new ArrayList<>();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Adds a secret; add the old and the new one while a key is being rotated. */
    public Builder secret(WebhookSecret secret) {
      secrets.add(Checks.notNull("secret", secret));
      return this;
    }

    /**
     * How far the timestamp may be from the clock, either way (default 5 minutes).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder tolerance(Duration tolerance) {
      Checks.notNull("tolerance", tolerance);
      Checks.check(!tolerance.isNegative(), "tolerance", ">= 0", tolerance);
      this.tolerance = tolerance;
      return this;
    }

    /** The clock the timestamp is compared with (default {@link Clock#systemUTC()}). */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @throws IllegalArgumentException if no secret was added
     */
    public WebhookVerifier build() {
      return new WebhookVerifier(this);
    }
  }
}
