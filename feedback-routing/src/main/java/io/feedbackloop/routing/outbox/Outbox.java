package io.feedbackloop.routing.outbox;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.delivery.Message;
import java.time.Instant;

/**
 * Where producers (the rule engine's actions, cases, invitations) queue messages. Every call runs
 * in the store's unit of work and joins a transaction the caller has open in it, so a message is
 * queued if and only if the work that caused it commits. Thread-safe.
 */
public interface Outbox {

  /**
   * Queues {@code message} for the channel registered as {@code channel}, to be delivered at or
   * after {@code notBefore}. Idempotent per tenant and idempotency key: queuing a message whose key
   * is already queued (in any state) changes nothing.
   *
   * @param channel the name of the channel to deliver through
   * @param message the message
   * @param notBefore the earliest delivery time
   * @return true if the message was queued, false if its key was already there
   * @throws IllegalArgumentException if {@code channel} is not an identifier
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean enqueue(String channel, Message message, Instant notBefore);

  /**
   * Cancels the message with this key if it has not been delivered or claimed yet (a reminder no
   * longer needed).
   *
   * @return true if a pending message was cancelled
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean cancel(TenantId tenant, String idempotencyKey);
}
