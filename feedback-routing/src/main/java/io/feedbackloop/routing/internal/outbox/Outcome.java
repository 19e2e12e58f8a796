package io.feedbackloop.routing.internal.outbox;

import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.outbox.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the worker records after one delivery attempt, decided from the channel's result, the
 * attempts before it and the retry policy. Pure, so that unit tests pin every branch.
 */
public sealed interface Outcome {

  /** The message arrived. */
  record Delivered() implements Outcome {}

  /**
   * Try again at {@code at}, with {@code attempts} attempts recorded.
   *
   * @param attempts the attempts recorded, this one included
   * @param at the next attempt time
   * @param error the failure, PII-free
   */
  record Retry(int attempts, Instant at, String error) implements Outcome {}

  /**
   * Give up.
   *
   * @param attempts the attempts recorded, this one included
   * @param reason why, PII-free
   */
  record Dead(int attempts, String reason) implements Outcome {}

  /**
   * Decides the outcome of an attempt that ended at {@code now} with {@code result}, for a message
   * that had {@code attemptsBefore} recorded attempts. Retryable and ambiguous results are retried
   * (the ambiguous with the same key, so the receiver can de-duplicate) until the policy's attempts
   * are used up; a permanent failure is dead at once.
   */
  static Outcome of(DeliveryResult result, int attemptsBefore, Instant now, RetryPolicy policy) {
    int attempts = attemptsBefore + 1;
    if (result instanceof DeliveryResult.Delivered) {
      return new Delivered();
    }
    if (result instanceof DeliveryResult.Permanent) {
      return new Dead(attempts, result.describe());
    }
    if (!policy.mayRetry(attempts)) {
      return new Dead(attempts, result.describe() + " (gave up after " + attempts + " attempts)");
    }
    Optional<Duration> retryAfter =
        result instanceof DeliveryResult.Retryable r ? r.retryAfter() : Optional.empty();
    return new Retry(attempts, policy.nextAttempt(now, attempts, retryAfter), result.describe());
  }
}
