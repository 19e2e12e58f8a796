package io.feedbackloop.routing.outbox;

/**
 * Where an outbox message is in its life. A message starts {@link #PENDING}; a worker {@linkplain
 * OutboxStore#claim claims} it ({@link #CLAIMED}) and then records it {@link #DELIVERED}, back to
 * {@link #PENDING} for a retry, or {@link #DEAD} (a dead letter, which an operator may {@linkplain
 * OutboxStore#requeue requeue}). A pending message may be {@link #CANCELLED}.
 */
public enum OutboxState {
  /** Waiting for its next attempt time. */
  PENDING,
  /** Claimed by a worker under a lease; claimable again once the lease expires. */
  CLAIMED,
  /** Delivered; kept so that the idempotency key stays taken. */
  DELIVERED,
  /** Given up on: out of attempts, a permanent failure, or an unknown channel. */
  DEAD,
  /** Cancelled before it was claimed. */
  CANCELLED
}
