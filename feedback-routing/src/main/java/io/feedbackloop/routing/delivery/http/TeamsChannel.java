package io.feedbackloop.routing.delivery.http;

import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.internal.http.HttpTransport;
import io.feedbackloop.routing.internal.http.TeamsPayload;
import io.feedbackloop.routing.internal.rules.Checks;
import java.net.URI;
import java.util.Map;

/**
 * A Microsoft Teams <a href="https://learn.microsoft.com/en-us/connectors/teams/">Workflows</a>
 * webhook: posts each message as a message with one Adaptive Card 1.4 (the subject, the text, a
 * fact set for the metadata keys {@code score}, {@code comment} and {@code owner} when present, and
 * an {@code Action.OpenUrl} for {@code caseUrl} when it is an absolute http(s) URL).
 *
 * <p>The recipient of a message is not used: the webhook URL is the destination. The URL is a
 * secret (whoever has it can post), so {@code toString()}, log lines and failure reasons show only
 * {@code scheme://host}. Outcomes map as for {@link WebhookChannel}. Thread-safe.
 */
public final class TeamsChannel implements DeliveryChannel {
  private final HttpTransport transport;

  private TeamsChannel(URI url, HttpChannelConfig config) {
    this.transport =
        new HttpTransport(Checks.notNull("url", url), Checks.notNull("config", config));
  }

  /**
   * A channel posting to {@code webhookUrl} with the default config.
   *
   * @param webhookUrl the webhook URL of the Teams workflow
   * @throws IllegalArgumentException if the default {@link UrlPolicy} refuses the URL
   */
  public static TeamsChannel of(URI webhookUrl) {
    return new TeamsChannel(webhookUrl, HttpChannelConfig.ofDefaults());
  }

  /**
   * A channel posting to {@code webhookUrl} with {@code config}.
   *
   * @param webhookUrl the webhook URL of the Teams workflow
   * @throws IllegalArgumentException if the config's {@link UrlPolicy} refuses the URL
   */
  public static TeamsChannel of(URI webhookUrl, HttpChannelConfig config) {
    return new TeamsChannel(webhookUrl, config);
  }

  @Override
  public DeliveryResult deliver(Message message) {
    return transport.post(message, "application/json", TeamsPayload.write(message), Map.of());
  }

  /** The webhook URL's host, lower case. */
  @Override
  public String endpoint(Message message) {
    return transport.host();
  }

  @Override
  public String toString() {
    return "TeamsChannel[" + transport.origin() + "]";
  }
}
