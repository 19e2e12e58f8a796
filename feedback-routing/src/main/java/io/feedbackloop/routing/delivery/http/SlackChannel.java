package io.feedbackloop.routing.delivery.http;

import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.internal.http.HttpTransport;
import io.feedbackloop.routing.internal.http.SlackPayload;
import io.feedbackloop.routing.internal.rules.Checks;
import java.net.URI;
import java.util.Map;

/**
 * A Slack <a href="https://api.slack.com/messaging/webhooks">incoming webhook</a>: posts each
 * message as Block Kit JSON (the subject in bold, the text, and fields for the metadata keys {@code
 * score}, {@code comment}, {@code caseUrl} (as a link) and {@code owner} when present), with the
 * text as the fallback {@code text} for notifications. All user text is escaped for Slack mrkdwn
 * ({@code &}, {@code <}, {@code >}), so that it cannot form links or mentions such as {@code
 * <!channel>}.
 *
 * <p>The recipient of a message is not used: the webhook URL is the destination. The URL is a
 * secret (whoever has it can post), so {@code toString()}, log lines and failure reasons show only
 * {@code scheme://host}. Outcomes map as for {@link WebhookChannel}. Thread-safe.
 */
public final class SlackChannel implements DeliveryChannel {
  private final HttpTransport transport;

  private SlackChannel(URI url, HttpChannelConfig config) {
    this.transport =
        new HttpTransport(Checks.notNull("url", url), Checks.notNull("config", config));
  }

  /**
   * A channel posting to {@code webhookUrl} with the default config.
   *
   * @param webhookUrl the webhook URL Slack issued, {@code https://hooks.slack.com/services/...}
   * @throws IllegalArgumentException if the default {@link UrlPolicy} refuses the URL
   */
  public static SlackChannel of(URI webhookUrl) {
    return new SlackChannel(webhookUrl, HttpChannelConfig.ofDefaults());
  }

  /**
   * A channel posting to {@code webhookUrl} with {@code config}.
   *
   * @param webhookUrl the webhook URL Slack issued, {@code https://hooks.slack.com/services/...}
   * @throws IllegalArgumentException if the config's {@link UrlPolicy} refuses the URL
   */
  public static SlackChannel of(URI webhookUrl, HttpChannelConfig config) {
    return new SlackChannel(webhookUrl, config);
  }

  @Override
  public DeliveryResult deliver(Message message) {
    return transport.post(message, "application/json", SlackPayload.write(message), Map.of());
  }

  /** The webhook URL's host, lower case. */
  @Override
  public String endpoint(Message message) {
    return transport.host();
  }

  @Override
  public String toString() {
    return "SlackChannel[" + transport.origin() + "]";
  }
}
