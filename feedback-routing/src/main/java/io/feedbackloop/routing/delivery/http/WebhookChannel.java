package io.feedbackloop.routing.delivery.http;

import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.internal.http.HttpTransport;
import io.feedbackloop.routing.internal.http.Signer;
import io.feedbackloop.routing.internal.http.WebhookPayload;
import io.feedbackloop.routing.internal.rules.Checks;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A generic webhook: POSTs each message as JSON to one URL, signed per the <a
 * href="https://www.standardwebhooks.com">Standard Webhooks</a> specification, so that receivers
 * can check it with {@link WebhookVerifier} or any Standard Webhooks library.
 *
 * <p>Headers: {@code webhook-id} is the message's idempotency key (the same on every attempt, to
 * de-duplicate on), {@code webhook-timestamp} the attempt's time in epoch seconds from the config's
 * clock, and {@code webhook-signature} one {@code v1,<base64 HMAC-SHA256 of id.timestamp.body>} per
 * secret, space-separated (several while a key is rotated). The body holds the tenant, the
 * idempotency key, the recipient's kind (and team name or respondent id), subject, text, locale and
 * metadata; never an e-mail address or phone number.
 *
 * <p>Outcomes: 2xx delivered; 429/503 with {@code Retry-After} retry after it; 408, 425, 429, 5xx,
 * refused or reset connections retryable; a timeout after sending ambiguous; redirects and other
 * 4xx permanent; a URL that the {@link UrlPolicy} refuses at send time permanent. Thread-safe;
 * {@code toString()} shows only {@code scheme://host[:port]}.
 */
public final class WebhookChannel implements DeliveryChannel {
  private final HttpTransport transport;
  private final HttpChannelConfig config;
  private final List<WebhookSecret> secrets;

  private WebhookChannel(Builder b) {
    URI url = Checks.notNull("url", b.url);
    Checks.check(!b.secrets.isEmpty(), "secrets", "non-empty", "empty");
    this.config = b.config;
    this.secrets = List.copyOf(b.secrets);
    this.transport = new HttpTransport(url, config);
  }

  /**
   * A webhook to {@code url} signed with {@code secret}, with the default config.
   *
   * @throws IllegalArgumentException if the default {@link UrlPolicy} refuses {@code url}
   */
  public static WebhookChannel of(URI url, WebhookSecret secret) {
    return builder().url(url).secret(secret).build();
  }

  /** Starts a webhook channel: the URL and at least one secret are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public DeliveryResult deliver(Message message) {
    Instant now = config.clock().instant();
    byte[] body = WebhookPayload.write(message, now);
    String id = message.idempotencyKey();
    long timestamp = now.getEpochSecond();
    StringBuilder signatures = new StringBuilder();
    for (WebhookSecret secret : secrets) {
      if (signatures.length() > 0) {
        signatures.append(' ');
      }
      signatures.append(Signer.sign(secret.key(), id, timestamp, body));
    }
    return transport.post(
        message,
        "application/json",
        body,
        Map.of(
            "webhook-id", id,
            "webhook-timestamp", Long.toString(timestamp),
            "webhook-signature", signatures.toString()));
  }

  /** The URL's host, lower case. */
  @Override
  public String endpoint(Message message) {
    return transport.host();
  }

  @Override
  public String toString() {
    return "WebhookChannel[" + transport.origin() + "]";
  }

  /** Builds a {@link WebhookChannel}. Not thread-safe. */
  public static final class Builder {
    private @Nullable URI url;
    private final List<WebhookSecret> secrets = new ArrayList<>();
    private HttpChannelConfig config = HttpChannelConfig.ofDefaults();

    private Builder() {}

    /** The receiver's URL (required). */
    public Builder url(URI url) {
      this.url = Checks.notNull("url", url);
      return this;
    }

    /** Adds a signing secret (at least one); add the new one beside the old during rotation. */
    public Builder secret(WebhookSecret secret) {
      secrets.add(Checks.notNull("secret", secret));
      return this;
    }

    /** Timeouts, URL policy and clock (default {@link HttpChannelConfig#ofDefaults()}). */
    public Builder config(HttpChannelConfig config) {
      this.config = Checks.notNull("config", config);
      return this;
    }

    /**
     * Builds the channel, checking the URL against the config's {@link UrlPolicy}.
     *
     * @throws NullPointerException if the URL is missing
     * @throws IllegalArgumentException if no secret was added or the policy refuses the URL
     */
    public WebhookChannel build() {
      return new WebhookChannel(this);
    }
  }
}
