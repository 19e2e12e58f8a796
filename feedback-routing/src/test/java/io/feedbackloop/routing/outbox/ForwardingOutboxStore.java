package io.feedbackloop.routing.outbox;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.delivery.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Forwards every call to another store; tests override single methods to inject failures. */
class ForwardingOutboxStore implements OutboxStore {
  private final OutboxStore target;

  ForwardingOutboxStore(OutboxStore target) {
    this.target = target;
  }

  @Override
  public boolean enqueue(String channel, Message message, Instant notBefore) {
    return target.enqueue(channel, message, notBefore);
  }

  @Override
  public boolean cancel(TenantId tenant, String idempotencyKey) {
    return target.cancel(tenant, idempotencyKey);
  }

  @Override
  public List<ClaimedMessage> claim(String workerId, int limit, Instant now, Duration lease) {
    return target.claim(workerId, limit, now, lease);
  }

  @Override
  public boolean markDelivered(ClaimedMessage claim, Instant at) {
    return target.markDelivered(claim, at);
  }

  @Override
  public boolean reschedule(
      ClaimedMessage claim, int attempts, Instant nextAttemptAt, String lastError) {
    return target.reschedule(claim, attempts, nextAttemptAt, lastError);
  }

  @Override
  public boolean release(ClaimedMessage claim, Instant nextAttemptAt) {
    return target.release(claim, nextAttemptAt);
  }

  @Override
  public boolean deadLetter(ClaimedMessage claim, int attempts, String reason, Instant at) {
    return target.deadLetter(claim, attempts, reason, at);
  }

  @Override
  public Optional<OutboxMessage> find(TenantId tenant, String idempotencyKey) {
    return target.find(tenant, idempotencyKey);
  }

  @Override
  public List<OutboxMessage> deadLetters(TenantId tenant, int limit) {
    return target.deadLetters(tenant, limit);
  }

  @Override
  public boolean requeue(TenantId tenant, String idempotencyKey, Instant notBefore) {
    return target.requeue(tenant, idempotencyKey, notBefore);
  }

  @Override
  public OutboxCounts counts() {
    return target.counts();
  }
}
