/**
 * Implementation of the HTTP delivery channels: address classification for SSRF protection,
 * Standard Webhooks signing, the JSON payloads of the webhook, Slack and Teams channels, and the
 * mapping of HTTP outcomes to delivery results. No compatibility promise.
 */
@NullMarked
package io.feedbackloop.routing.internal.http;

import org.jspecify.annotations.NullMarked;
