package io.feedbackloop.routing.delivery.sms;

import io.feedbackloop.routing.delivery.DeliveryResult;

/**
 * Sends one {@link SmsMessage} through an SMS provider; the host implements it for its provider.
 *
 * <p><b>Contract.</b> {@code send} reports the outcome instead of throwing: delivered once the
 * provider accepted the message, retryable for a transient failure (pass the provider's
 * retry-after with {@link DeliveryResult#retryAfter}), permanent for an invalid number or rejected
 * content, ambiguous when the request went out but the answer was lost. The same message may come
 * more than once (the outbox delivers at least once) with the same {@link
 * SmsMessage#idempotencyKey()}: pass it to providers that de-duplicate. Reasons must not contain the
 * number or the text. {@link SmsChannel} guards against a gateway that throws anyway.
 * Implementations must be safe to call from several threads and may block for network I/O.
 */
@FunctionalInterface
public interface SmsGateway {

  /**
   * Sends {@code sms} once.
   *
   * @return the outcome, never null
   */
  DeliveryResult send(SmsMessage sms);

  /** A gateway that accepts every message and sends nothing; for tests and dry runs. */
  static SmsGateway noop() {
    return sms -> DeliveryResult.delivered();
  }
}
