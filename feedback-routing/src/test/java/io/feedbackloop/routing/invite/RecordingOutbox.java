package io.feedbackloop.routing.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.outbox.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An outbox for tests: records queued messages in the unit of work (undone on rollback). */
public final class RecordingOutbox implements Outbox {
  /** One queued message. */
  public record Queued(String channel, Message message, Instant notBefore, boolean cancelled) {}

  private final UnitOfWork unitOfWork;
  private final Map<String, Queued> queued = new LinkedHashMap<>();
  private volatile boolean failing;

  public RecordingOutbox(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** Makes every later enqueue throw. */
  public void failEnqueue() {
    failing = true;
  }

  @Override
  public boolean enqueue(String channel, Message message, Instant notBefore) {
    if (failing) {
      throw new IllegalStateException("outbox down");
    }
    String key = message.tenant().value() + "/" + message.idempotencyKey();
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (this) {
            if (queued.containsKey(key)) {
              return false;
            }
            queued.put(key, new Queued(channel, message, notBefore, false));
          }
          tx.onRollback(
              () -> {
                synchronized (this) {
                  queued.remove(key);
                }
              });
          return true;
        });
  }

  @Override
  public boolean cancel(TenantId tenant, String idempotencyKey) {
    String key = tenant.value() + "/" + idempotencyKey;
    return unitOfWork.inTransaction(
        tx -> {
          Queued before;
          synchronized (this) {
            before = queued.get(key);
            if (before == null || before.cancelled()) {
              return false;
            }
            queued.put(key, new Queued(before.channel(), before.message(), before.notBefore(), true));
          }
          Queued old = before;
          tx.onRollback(
              () -> {
                synchronized (this) {
                  queued.put(key, old);
                }
              });
          return true;
        });
  }

  /** Everything queued, in order. */
  public synchronized List<Queued> all() {
    return new ArrayList<>(queued.values());
  }

  /** The live (not cancelled) messages. */
  public synchronized List<Queued> live() {
    return queued.values().stream().filter(q -> !q.cancelled()).toList();
  }
}
