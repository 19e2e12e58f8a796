package io.feedbackloop.routing.delivery;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one delivery attempt came to. The outbox worker acts on it: {@link Delivered} is done,
 * {@link Retryable} is tried again after a backoff (or after the receiver's {@code Retry-After}),
 * {@link Permanent} goes to the dead letters at once, and {@link Ambiguous} (the message may have
 * arrived, the outcome is unknown: a timeout after sending) is tried again with the same idempotency
 * key, so that a receiver that de-duplicates sees it once.
 */
public sealed interface DeliveryResult {

  /** Delivered; {@code reference} is the receiver's id for it, if it gave one. */
  static DeliveryResult delivered(@Nullable String reference) {
    return new Delivered(Optional.ofNullable(reference));
  }

  /** Delivered, without a receiver reference. */
  static DeliveryResult delivered() {
    return new Delivered(Optional.empty());
  }

  /** Failed for now; try again after the worker's backoff. */
  static DeliveryResult retryable(String reason) {
    return new Retryable(reason, Optional.empty());
  }

  /** Failed for now; the receiver asked to wait {@code retryAfter} (e.g. HTTP 429 Retry-After). */
  static DeliveryResult retryAfter(String reason, Duration retryAfter) {
    return new Retryable(reason, Optional.of(retryAfter));
  }

  /** Failed for good (bad address, rejected content); do not try again. */
  static DeliveryResult permanent(String reason) {
    return new Permanent(reason);
  }

  /** Sent, but whether it arrived is unknown. */
  static DeliveryResult ambiguous(String reason) {
    return new Ambiguous(reason);
  }

  /** A short, PII-free description of the outcome, for logs and the outbox's last-error column. */
  String describe();

  /**
   * Delivered.
   *
   * @param reference the receiver's id for the message, if it gave one
   */
  record Delivered(Optional<String> reference) implements DeliveryResult {
    /** Checks the reference. */
    public Delivered {
      Checks.notNull("reference", reference);
    }

    @Override
    public String describe() {
      return reference.map(r -> "delivered (" + r + ")").orElse("delivered");
    }
  }

  /**
   * A transient failure.
   *
   * @param reason why, without personal data
   * @param retryAfter how long the receiver asked to wait, if it did
   */
  record Retryable(String reason, Optional<Duration> retryAfter) implements DeliveryResult {
    /** Checks the parts; a retry-after must not be negative. */
    public Retryable {
      Checks.notNull("reason", reason);
      Checks.notNull("retryAfter", retryAfter);
      retryAfter.ifPresent(
          d -> Checks.check(!d.isNegative(), "retryAfter", ">= 0", d));
    }

    @Override
    public String describe() {
      return "retryable: " + reason + retryAfter.map(d -> " (retry after " + d + ")").orElse("");
    }
  }

  /**
   * A permanent failure.
   *
   * @param reason why, without personal data
   */
  record Permanent(String reason) implements DeliveryResult {
    /** Checks the reason. */
    public Permanent {
      Checks.notNull("reason", reason);
    }

    @Override
    public String describe() {
      return "permanent: " + reason;
    }
  }

  /**
   * Sent, outcome unknown.
   *
   * @param reason why, without personal data
   */
  record Ambiguous(String reason) implements DeliveryResult {
    /** Checks the reason. */
    public Ambiguous {
      Checks.notNull("reason", reason);
    }

    @Override
    public String describe() {
      return "ambiguous: " + reason;
    }
  }
}
