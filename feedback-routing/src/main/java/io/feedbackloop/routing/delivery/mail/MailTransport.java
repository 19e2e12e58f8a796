package io.feedbackloop.routing.delivery.mail;

import io.feedbackloop.routing.delivery.DeliveryResult;

/**
 * Sends one {@link OutgoingMail}: over SMTP ({@link JakartaMailTransport}), or through a provider's
 * HTTP API in the host's own implementation.
 *
 * <p><b>Contract.</b> {@code send} reports the outcome instead of throwing: {@linkplain
 * DeliveryResult#delivered() delivered} once the server accepted the mail, {@linkplain
 * DeliveryResult#retryable retryable} for a transient failure before the content was handed over,
 * {@linkplain DeliveryResult#permanent permanent} when the server refused it for good, and
 * {@linkplain DeliveryResult#ambiguous ambiguous} when the content was sent but the answer was lost.
 * Reasons must not contain addresses or message text. The same mail may be sent more than once (the
 * outbox delivers at least once); it then carries the same {@link OutgoingMail#messageId()}.
 * {@link EmailChannel} guards against a transport that throws anyway. Implementations must be safe
 * to call from several threads and may block for network I/O.
 */
@FunctionalInterface
public interface MailTransport {

  /**
   * Sends {@code mail} once.
   *
   * @return the outcome, never null
   */
  DeliveryResult send(OutgoingMail mail);

  /** A transport that accepts every mail and sends nothing; for tests and dry runs. */
  static MailTransport noop() {
    return mail -> DeliveryResult.delivered();
  }
}
