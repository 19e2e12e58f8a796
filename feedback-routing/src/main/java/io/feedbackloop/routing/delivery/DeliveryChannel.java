package io.feedbackloop.routing.delivery;

import io.feedbackloop.routing.internal.delivery.LoggingChannel;

/**
 * Delivers {@link Message}s somewhere: a webhook, Slack, Teams, e-mail, SMS, a helpdesk. The one
 * method to implement is {@link #deliver}; the outbox worker calls it, at least once per message,
 * always with the message's same idempotency key.
 *
 * <p><b>Contract.</b> {@code deliver} reports the outcome as a {@link DeliveryResult} instead of
 * throwing; the worker still guards against a channel that throws (it counts as a {@linkplain
 * DeliveryResult#retryable retryable} failure and is logged without the message's content). It may
 * block for network I/O (the worker holds no lock or database transaction meanwhile) and must be
 * safe to call from several threads. {@link #endpoint} names what the worker keeps a circuit
 * breaker for: an outage of one endpoint pauses only the messages to it.
 */
@FunctionalInterface
public interface DeliveryChannel {

  /**
   * Attempts to deliver {@code message} once.
   *
   * @param message the message; its idempotency key is the same on every attempt
   * @return the outcome, never null
   */
  DeliveryResult deliver(Message message);

  /**
   * The endpoint {@code message} would go to, as a short PII-free key (a host name, a team), for
   * the worker's circuit breaker. Defaults to {@code "default"}: one breaker for the channel.
   */
  default String endpoint(Message message) {
    return "default";
  }

  /** A channel that accepts every message and does nothing with it. */
  static DeliveryChannel noop() {
    return message -> DeliveryResult.delivered();
  }

  /**
   * A channel that logs each message's tenant, idempotency key and recipient kind at INFO through
   * SLF4J (never its text or address) and reports it delivered; for development.
   */
  static DeliveryChannel logging() {
    return new LoggingChannel();
  }
}
