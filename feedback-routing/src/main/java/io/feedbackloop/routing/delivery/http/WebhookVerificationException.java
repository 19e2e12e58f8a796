package io.feedbackloop.routing.delivery.http;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * Thrown by {@link WebhookVerifier} when a request is not a genuine, fresh webhook. The {@link
 * #reason()} is for code, the message for people; neither repeats a signature or a secret.
 */
public final class WebhookVerificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a webhook was rejected. */
  public enum Reason {
    /**
     * A {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} header is
     * missing.
     */
    MISSING_HEADER,
    /** The {@code webhook-timestamp} is not a number of epoch seconds. */
    INVALID_TIMESTAMP,
    /** The timestamp is older than the tolerance allows (a replay, or a very late retry). */
    TIMESTAMP_TOO_OLD,
    /** The timestamp is further in the future than the tolerance allows. */
    TIMESTAMP_TOO_NEW,
    /** The signature header holds no {@code v1} signature. */
    NO_SUPPORTED_SIGNATURE,
    /** No {@code v1} signature matches the body under any of the verifier's secrets. */
    SIGNATURE_MISMATCH
  }

  private final Reason reason;

  /**
   * An exception for {@code reason}.
   *
   * @param reason why the webhook was rejected
   * @param message a description without secrets or signatures
   */
  public WebhookVerificationException(Reason reason, String message) {
    super(Checks.notNull("message", message));
    this.reason = Checks.notNull("reason", reason);
  }

  /** Why the webhook was rejected. */
  public Reason reason() {
    return reason;
  }
}
