package io.feedbackloop.routing.outbox;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.internal.outbox.MessageRedaction;
import io.feedbackloop.routing.internal.outbox.OutboxArgs;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An {@link OutboxStore} in the heap, for tests, demos and single-node hosts that can lose queued
 * messages on a restart.
 *
 * <p>{@link #enqueue}, {@link #cancel} and {@link #requeue} run in the store's {@link UnitOfWork}
 * and are undone when its transaction rolls back; give the store the unit of work of the other
 * in-memory stores to make them one transaction. The worker's calls ({@link #claim} and the
 * recording of results) take effect at once. Delivered messages are kept (their keys stay taken)
 * until the store is dropped.
 *
 * <p>Thread-safe: every call holds one short lock (no I/O happens under it).
 */
public final class InMemoryOutboxStore implements OutboxStore {

  private record Key(TenantId tenant, String idempotencyKey) {}

  /** Orders due messages by time, then by arrival. */
  private record Due(Instant at, long seq) {}

  private static final Comparator<Due> DUE_ORDER =
      Comparator.comparing(Due::at).thenComparingLong(Due::seq);

  /** One message; mutable, guarded by the store's lock. */
  private static final class Entry {
    final String channel;
    Message message;
    OutboxState state = OutboxState.PENDING;
    int attempts;
    Instant next;
    @Nullable String lastError;
    @Nullable String token;
    @Nullable Due due;

    Entry(String channel, Message message, Instant next) {
      this.channel = channel;
      this.message = message;
      this.next = next;
    }

    OutboxMessage snapshot() {
      return new OutboxMessage(
          channel, message, state, attempts, next, Optional.ofNullable(lastError));
    }
  }

  private final UnitOfWork unitOfWork;
  private final Object lock = new Object();
  private final Map<Key, Entry> entries = new HashMap<>();
  private final TreeMap<Due, Entry> due = new TreeMap<>(DUE_ORDER);
  private long seq;

  private InMemoryOutboxStore(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** An empty store with its own {@linkplain UnitOfWork#inMemory() in-memory unit of work}. */
  public static InMemoryOutboxStore create() {
    return new InMemoryOutboxStore(UnitOfWork.inMemory());
  }

  /**
   * An empty store whose producer calls run in {@code unitOfWork}, joining its transactions and
   * undone when they roll back. The store never asks it for a connection.
   *
   * @throws NullPointerException if {@code unitOfWork} is null
   */
  public static InMemoryOutboxStore create(UnitOfWork unitOfWork) {
    return new InMemoryOutboxStore(Checks.notNull("unitOfWork", unitOfWork));
  }

  /** The unit of work the producer calls run in. */
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public boolean enqueue(String channel, Message message, Instant notBefore) {
    Checks.identifier("channel", channel);
    Checks.notNull("message", message);
    Instant at = OutboxArgs.millis("notBefore", notBefore);
    Key key = new Key(message.tenant(), message.idempotencyKey());
    return unitOfWork.inTransaction(
        tx -> {
          Entry e = new Entry(channel, message, at);
          synchronized (lock) {
            if (entries.containsKey(key)) {
              return false;
            }
            entries.put(key, e);
            schedule(e, at);
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  if (entries.remove(key, e)) {
                    unschedule(e);
                  }
                }
              });
          return true;
        });
  }

  @Override
  public boolean cancel(TenantId tenant, String idempotencyKey) {
    Key key = key(tenant, idempotencyKey);
    return unitOfWork.inTransaction(
        tx -> {
          Entry e;
          synchronized (lock) {
            e = entries.get(key);
            if (e == null || e.state != OutboxState.PENDING) {
              return false;
            }
            e.state = OutboxState.CANCELLED;
            unschedule(e);
          }
          Entry cancelled = e;
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  if (cancelled.state == OutboxState.CANCELLED) {
                    cancelled.state = OutboxState.PENDING;
                    schedule(cancelled, cancelled.next);
                  }
                }
              });
          return true;
        });
  }

  @Override
  public List<ClaimedMessage> claim(String workerId, int limit, Instant now, Duration lease) {
    OutboxArgs.claim(workerId, limit, now, lease);
    Instant at = OutboxArgs.millis("now", now);
    Instant until = OutboxArgs.millis("lease expiry", at.plus(lease));
    List<ClaimedMessage> out = new ArrayList<>();
    synchronized (lock) {
      Iterator<Map.Entry<Due, Entry>> it = due.entrySet().iterator();
      List<Entry> taken = new ArrayList<>();
      while (it.hasNext() && taken.size() < limit) {
        Map.Entry<Due, Entry> d = it.next();
        if (d.getKey().at().isAfter(at)) {
          break;
        }
        taken.add(d.getValue());
      }
      for (Entry e : taken) {
        unschedule(e);
        e.state = OutboxState.CLAIMED;
        e.token = UUID.randomUUID().toString();
        schedule(e, until);
        out.add(new ClaimedMessage(e.snapshot(), e.token, until));
      }
    }
    return out;
  }

  @Override
  public boolean markDelivered(ClaimedMessage claim, Instant at) {
    Instant when = OutboxArgs.millis("at", at);
    synchronized (lock) {
      Entry e = current(claim);
      if (e == null) {
        return false;
      }
      unschedule(e);
      e.state = OutboxState.DELIVERED;
      e.token = null;
      e.next = when;
      return true;
    }
  }

  @Override
  public boolean reschedule(
      ClaimedMessage claim, int attempts, Instant nextAttemptAt, String lastError) {
    OutboxArgs.attempts(attempts);
    Instant when = OutboxArgs.millis("nextAttemptAt", nextAttemptAt);
    String error = OutboxArgs.error(lastError);
    synchronized (lock) {
      Entry e = current(claim);
      if (e == null) {
        return false;
      }
      unschedule(e);
      e.state = OutboxState.PENDING;
      e.token = null;
      e.attempts = attempts;
      e.lastError = error;
      schedule(e, when);
      return true;
    }
  }

  @Override
  public boolean release(ClaimedMessage claim, Instant nextAttemptAt) {
    Instant when = OutboxArgs.millis("nextAttemptAt", nextAttemptAt);
    synchronized (lock) {
      Entry e = current(claim);
      if (e == null) {
        return false;
      }
      unschedule(e);
      e.state = OutboxState.PENDING;
      e.token = null;
      schedule(e, when);
      return true;
    }
  }

  @Override
  public boolean deadLetter(ClaimedMessage claim, int attempts, String reason, Instant at) {
    OutboxArgs.attempts(attempts);
    String error = OutboxArgs.error(reason);
    Instant when = OutboxArgs.millis("at", at);
    synchronized (lock) {
      Entry e = current(claim);
      if (e == null) {
        return false;
      }
      unschedule(e);
      e.state = OutboxState.DEAD;
      e.token = null;
      e.attempts = attempts;
      e.lastError = error;
      e.next = when;
      return true;
    }
  }

  @Override
  public Optional<OutboxMessage> find(TenantId tenant, String idempotencyKey) {
    Key key = key(tenant, idempotencyKey);
    synchronized (lock) {
      Entry e = entries.get(key);
      return e == null ? Optional.empty() : Optional.of(e.snapshot());
    }
  }

  @Override
  public List<OutboxMessage> deadLetters(TenantId tenant, int limit) {
    Checks.notNull("tenant", tenant);
    Checks.positive("limit", limit);
    List<OutboxMessage> dead = new ArrayList<>();
    synchronized (lock) {
      for (Entry e : entries.values()) {
        if (e.state == OutboxState.DEAD && e.message.tenant().equals(tenant)) {
          dead.add(e.snapshot());
        }
      }
    }
    dead.sort(
        Comparator.comparing(OutboxMessage::nextAttemptAt)
            .thenComparing(OutboxMessage::idempotencyKey));
    return List.copyOf(dead.subList(0, Math.min(limit, dead.size())));
  }

  @Override
  public boolean requeue(TenantId tenant, String idempotencyKey, Instant notBefore) {
    Key key = key(tenant, idempotencyKey);
    Instant at = OutboxArgs.millis("notBefore", notBefore);
    return unitOfWork.inTransaction(
        tx -> {
          Entry e;
          int attempts;
          @Nullable String error;
          Instant died;
          synchronized (lock) {
            e = entries.get(key);
            if (e == null || e.state != OutboxState.DEAD) {
              return false;
            }
            attempts = e.attempts;
            error = e.lastError;
            died = e.next;
            e.state = OutboxState.PENDING;
            e.attempts = 0;
            e.lastError = null;
            schedule(e, at);
          }
          Entry requeued = e;
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  if (requeued.state == OutboxState.PENDING) {
                    unschedule(requeued);
                    requeued.state = OutboxState.DEAD;
                    requeued.attempts = attempts;
                    requeued.lastError = error;
                    requeued.next = died;
                  }
                }
              });
          return true;
        });
  }

  @Override
  public OutboxCounts counts() {
    Map<OutboxState, Long> n = new EnumMap<>(OutboxState.class);
    synchronized (lock) {
      for (Entry e : entries.values()) {
        n.merge(e.state, 1L, Long::sum);
      }
    }
    return OutboxCounts.of(n);
  }

  @Override
  public List<OutboxMessage> addressedTo(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    List<OutboxMessage> out = new ArrayList<>();
    synchronized (lock) {
      for (Entry e : entries.values()) {
        if (isFor(e, tenant, respondent)) {
          out.add(e.snapshot());
        }
      }
    }
    out.sort(Comparator.comparing(OutboxMessage::idempotencyKey));
    return List.copyOf(out);
  }

  private static boolean isFor(Entry e, TenantId tenant, RespondentId respondent) {
    return e.message.tenant().equals(tenant)
        && MessageRedaction.respondentOf(e.message).filter(respondent::equals).isPresent();
  }

  @Override
  public int erase(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return unitOfWork.inTransaction(
        tx -> {
          Map<Entry, Message> before = new HashMap<>();
          List<Entry> cancelled = new ArrayList<>();
          synchronized (lock) {
            for (Entry e : entries.values()) {
              if (!isFor(e, tenant, respondent) || e.state == OutboxState.CLAIMED) {
                continue;
              }
              if (e.state == OutboxState.PENDING) {
                e.state = OutboxState.CANCELLED;
                unschedule(e);
                cancelled.add(e);
              }
              Message redacted = MessageRedaction.redact(e.message);
              if (!redacted.equals(e.message)) {
                before.put(e, e.message);
                e.message = redacted;
              }
            }
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  before.forEach((e, m) -> e.message = m);
                  for (Entry e : cancelled) {
                    if (e.state == OutboxState.CANCELLED) {
                      e.state = OutboxState.PENDING;
                      schedule(e, e.next);
                    }
                  }
                }
              });
          return cancelled.size();
        });
  }

  @Override
  public int deleteFinishedBefore(Instant cutoff, int limit) {
    Checks.notNull("cutoff", cutoff);
    Checks.check(
        limit > 0 && limit <= MAX_DELETE_BATCH, "limit", "between 1 and " + MAX_DELETE_BATCH, limit);
    return unitOfWork.inTransaction(
        tx -> {
          Map<Key, Entry> removed = new HashMap<>();
          synchronized (lock) {
            for (Map.Entry<Key, Entry> e : entries.entrySet()) {
              Entry v = e.getValue();
              boolean finished =
                  v.state != OutboxState.PENDING && v.state != OutboxState.CLAIMED;
              if (removed.size() < limit && finished && v.next.isBefore(cutoff)) {
                removed.put(e.getKey(), v);
              }
            }
            entries.keySet().removeAll(removed.keySet());
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  removed.forEach(entries::putIfAbsent);
                }
              });
          return removed.size();
        });
  }

  @Override
  public Optional<Instant> earliestPending() {
    synchronized (lock) {
      for (Entry e : due.values()) {
        if (e.state == OutboxState.PENDING) {
          return Optional.of(e.next);
        }
      }
    }
    return Optional.empty();
  }

  private static Key key(TenantId tenant, String idempotencyKey) {
    return new Key(Checks.notNull("tenant", tenant), Checks.notNull("idempotencyKey", idempotencyKey));
  }

  /** The entry of {@code claim} if it is still claimed with its token; under the lock. */
  private @Nullable Entry current(ClaimedMessage claim) {
    Checks.notNull("claim", claim);
    OutboxMessage m = claim.message();
    Entry e = entries.get(new Key(m.tenant(), m.idempotencyKey()));
    if (e == null || e.state != OutboxState.CLAIMED || !claim.claimToken().equals(e.token)) {
      return null;
    }
    return e;
  }

  private void schedule(Entry e, Instant at) {
    e.next = at;
    Due d = new Due(at, seq++);
    e.due = d;
    due.put(d, e);
  }

  private void unschedule(Entry e) {
    Due d = e.due;
    if (d != null) {
      due.remove(d);
      e.due = null;
    }
  }

  @Override
  public String toString() {
    return "InMemoryOutboxStore[" + unitOfWork + "]";
  }
}
