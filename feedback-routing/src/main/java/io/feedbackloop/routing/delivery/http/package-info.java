/**
 * HTTP delivery channels: a generic {@linkplain
 * io.feedbackloop.routing.delivery.http.WebhookChannel webhook} signed per the Standard Webhooks
 * specification (with a {@linkplain io.feedbackloop.routing.delivery.http.WebhookVerifier verifier}
 * for receivers), {@linkplain io.feedbackloop.routing.delivery.http.SlackChannel Slack} incoming
 * webhooks and {@linkplain io.feedbackloop.routing.delivery.http.TeamsChannel Microsoft Teams}
 * Workflows webhooks. All run on the JDK {@code java.net.http.HttpClient}, never follow redirects,
 * and check every target against a {@link io.feedbackloop.routing.delivery.http.UrlPolicy} (SSRF
 * protection) when the channel is built and again before each request. Common settings (timeouts,
 * policy, clock) live in {@link io.feedbackloop.routing.delivery.http.HttpChannelConfig}.
 */
@NullMarked
package io.feedbackloop.routing.delivery.http;

import org.jspecify.annotations.NullMarked;
