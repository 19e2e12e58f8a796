package io.feedbackloop.routing.outbox;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A message as the outbox holds it: the {@link Message} itself, the channel it goes through, and
 * its delivery state. Identified by its tenant and the message's idempotency key. Immutable;
 * {@code toString()} prints no address and no message text.
 *
 * @param channel the name of the channel to deliver through
 * @param message the message, exactly as enqueued
 * @param state where the message is in its life
 * @param attempts the delivery attempts recorded so far (attempts deferred by a circuit breaker,
 *     and attempts whose worker died before recording, do not count)
 * @param nextAttemptAt when it is due: the next attempt time while {@linkplain OutboxState#PENDING
 *     pending}, the lease expiry while {@linkplain OutboxState#CLAIMED claimed}, and the time of the
 *     last state change otherwise
 * @param lastError the last failure, PII-free, if there was one
 */
public record OutboxMessage(
    String channel,
    Message message,
    OutboxState state,
    int attempts,
    Instant nextAttemptAt,
    Optional<String> lastError) {

  /** Checks the parts; {@code attempts} must not be negative. */
  public OutboxMessage {
    Checks.identifier("channel", channel);
    Checks.notNull("message", message);
    Checks.notNull("state", state);
    Checks.check(attempts >= 0, "attempts", ">= 0", attempts);
    Checks.notNull("nextAttemptAt", nextAttemptAt);
    Checks.notNull("lastError", lastError);
  }

  /** The tenant of the message. */
  public TenantId tenant() {
    return message.tenant();
  }

  /** The message's idempotency key, which identifies it within its tenant. */
  public String idempotencyKey() {
    return message.idempotencyKey();
  }
}
