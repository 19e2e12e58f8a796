package io.feedbackloop.routing.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.outbox.ClaimedMessage;
import io.feedbackloop.routing.outbox.OutboxCounts;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.routing.outbox.OutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real outbox store that fails its enqueue while armed: the failure comes midway through a
 * submit, after the response is stored and the case opened.
 */
final class FailingOutbox implements OutboxStore {
  final AtomicBoolean armed = new AtomicBoolean();
  private final OutboxStore delegate;

  FailingOutbox(OutboxStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public boolean enqueue(String channel, Message message, Instant notBefore) {
    boolean queued = delegate.enqueue(channel, message, notBefore);
    if (armed.get()) {
      throw new IllegalStateException("outbox down after enqueue of " + message.idempotencyKey().length());
    }
    return queued;
  }

  @Override
  public boolean cancel(TenantId tenant, String idempotencyKey) {
    return delegate.cancel(tenant, idempotencyKey);
  }

  @Override
  public List<ClaimedMessage> claim(String workerId, int limit, Instant now, Duration lease) {
    return delegate.claim(workerId, limit, now, lease);
  }

  @Override
  public boolean markDelivered(ClaimedMessage claim, Instant at) {
    return delegate.markDelivered(claim, at);
  }

  @Override
  public boolean reschedule(ClaimedMessage claim, int attempts, Instant nextAttemptAt, String lastError) {
    return delegate.reschedule(claim, attempts, nextAttemptAt, lastError);
  }

  @Override
  public boolean release(ClaimedMessage claim, Instant nextAttemptAt) {
    return delegate.release(claim, nextAttemptAt);
  }

  @Override
  public boolean deadLetter(ClaimedMessage claim, int attempts, String reason, Instant at) {
    return delegate.deadLetter(claim, attempts, reason, at);
  }

  @Override
  public Optional<OutboxMessage> find(TenantId tenant, String idempotencyKey) {
    return delegate.find(tenant, idempotencyKey);
  }

  @Override
  public List<OutboxMessage> deadLetters(TenantId tenant, int limit) {
    return delegate.deadLetters(tenant, limit);
  }

  @Override
  public boolean requeue(TenantId tenant, String idempotencyKey, Instant notBefore) {
    return delegate.requeue(tenant, idempotencyKey, notBefore);
  }

  @Override
  public OutboxCounts counts() {
    return delegate.counts();
  }
}
