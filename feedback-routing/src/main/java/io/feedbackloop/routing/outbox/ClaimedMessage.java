package io.feedbackloop.routing.outbox;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;

/**
 * A message a worker has claimed: the {@link OutboxMessage} as it was when claimed (state {@link
 * OutboxState#CLAIMED}), the claim token that every following state change must present, and the
 * lease expiry after which any worker may claim the message again. Immutable.
 *
 * @param message the claimed message
 * @param claimToken the token of this claim; a later claim of the same message gets another one
 * @param leaseExpiresAt when the lease ends
 */
public record ClaimedMessage(OutboxMessage message, String claimToken, Instant leaseExpiresAt) {

  /** Checks the parts. */
  public ClaimedMessage {
    Checks.notNull("message", message);
    Checks.notBlank("claimToken", claimToken);
    Checks.notNull("leaseExpiresAt", leaseExpiresAt);
  }
}
