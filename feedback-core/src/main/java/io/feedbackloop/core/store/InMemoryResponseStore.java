package io.feedbackloop.core.store;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.internal.store.PageTokens;
import io.feedbackloop.core.internal.store.Position;
import io.feedbackloop.core.internal.store.ResponsePayloads;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.IdempotencyConflictException.Reason;
import io.feedbackloop.core.tx.Transaction;
import io.feedbackloop.core.tx.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ResponseStore} in the heap, for tests, demos and single-node hosts that keep nothing.
 *
 * <p>Like the JDBC store, it refuses (with {@link IllegalArgumentException}) a response whose JSON
 * form is larger than {@link io.feedbackloop.core.json.FeedbackJson#DEFAULT_MAX_RESPONSE_BYTES}, so
 * that both stores accept the same responses.
 *
 * <p>Thread-safe: every call holds one short lock (no I/O happens under it). Writes are visible to
 * other threads at once, before their transaction commits; a rollback of the {@link UnitOfWork}
 * undoes them. {@link #stream} reads a snapshot taken when it is called.
 */
public final class InMemoryResponseStore implements ResponseStore {

  private record KeyRef(String surveyId, String idempotencyKey) {}

  /**
   * One tenant's responses, by id, by idempotency key, in store order, and per respondent in store
   * order (so that a respondent's history reads only their responses).
   */
  private static final class TenantData {
    final Map<String, Response> byId = new HashMap<>();
    final Map<KeyRef, Response> byKey = new HashMap<>();
    final TreeMap<Position, Response> ordered = new TreeMap<>();
    final Map<RespondentId, TreeMap<Position, Response>> byRespondent = new HashMap<>();
  }

  private final UnitOfWork unitOfWork;
  private final Object lock = new Object();
  private final Map<TenantId, TenantData> tenants = new HashMap<>();

  private InMemoryResponseStore(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** An empty store with its own {@linkplain UnitOfWork#inMemory() in-memory unit of work}. */
  public static InMemoryResponseStore create() {
    return new InMemoryResponseStore(UnitOfWork.inMemory());
  }

  /**
   * An empty store whose calls run in {@code unitOfWork}, so that they join its transactions and
   * are undone when they roll back. Any unit of work will do; the store never asks it for a
   * connection.
   *
   * @throws NullPointerException if {@code unitOfWork} is null
   */
  public static InMemoryResponseStore create(UnitOfWork unitOfWork) {
    return new InMemoryResponseStore(Args.notNull("unitOfWork", unitOfWork));
  }

  @Override
  public AppendResult append(Response response) {
    Args.notNull("response", response);
    ResponsePayloads.encode(response);
    return unitOfWork.inTransaction(tx -> appendIn(tx, response));
  }

  private AppendResult appendIn(Transaction tx, Response response) {
    KeyRef key = new KeyRef(response.surveyId(), response.idempotencyKey());
    synchronized (lock) {
      TenantData data = tenants.computeIfAbsent(response.tenant(), t -> new TenantData());
      Response first = data.byKey.get(key);
      if (first != null) {
        if (first.sameContentAs(response)) {
          return new AppendResult(first, false);
        }
        throw new IdempotencyConflictException(
            Reason.KEY_REUSED,
            response.tenant(),
            first.surveyId(),
            first.idempotencyKey(),
            first.id());
      }
      Response sameId = data.byId.get(response.id());
      if (sameId != null) {
        throw new IdempotencyConflictException(
            Reason.ID_REUSED,
            response.tenant(),
            sameId.surveyId(),
            sameId.idempotencyKey(),
            sameId.id());
      }
      put(data, response);
    }
    tx.onRollback(() -> remove(response));
    return new AppendResult(response, true);
  }

  @Override
  public Optional<Response> get(TenantId tenant, String responseId) {
    Args.notNull("tenant", tenant);
    Args.notNull("responseId", responseId);
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (lock) {
            TenantData data = tenants.get(tenant);
            return Optional.ofNullable(data == null ? null : data.byId.get(responseId));
          }
        });
  }

  @Override
  public Stream<Response> stream(ResponseQuery query) {
    Args.notNull("query", query);
    List<Response> snapshot = unitOfWork.inTransaction(tx -> select(query, null, Integer.MAX_VALUE));
    return snapshot.stream();
  }

  @Override
  public Page<Response> page(ResponseQuery query, int size, @Nullable String after) {
    Args.notNull("query", query);
    PageTokens.checkSize(size);
    Position from = after == null ? null : PageTokens.decode(query, after);
    List<Response> rows = unitOfWork.inTransaction(tx -> select(query, from, size + 1));
    if (rows.size() <= size) {
      return new Page<>(rows, Optional.empty());
    }
    List<Response> items = rows.subList(0, size);
    String next = PageTokens.encode(query, Position.of(items.get(size - 1)));
    return new Page<>(items, Optional.of(next));
  }

  @Override
  public long count(ResponseQuery query) {
    Args.notNull("query", query);
    return unitOfWork.inTransaction(tx -> (long) select(query, null, Integer.MAX_VALUE).size());
  }

  @Override
  public ErasureReport erase(TenantId tenant, RespondentId respondent) {
    Args.notNull("tenant", tenant);
    Args.notNull("respondent", respondent);
    return unitOfWork.inTransaction(
        tx -> {
          List<Response> erased = new ArrayList<>();
          synchronized (lock) {
            TenantData data = tenants.get(tenant);
            if (data != null) {
              erased.addAll(data.byRespondent.getOrDefault(respondent, new TreeMap<>()).values());
              for (Response r : erased) {
                remove(data, r);
              }
            }
          }
          long attributes = 0;
          for (Response r : erased) {
            attributes += r.attributes().size();
            tx.onRollback(() -> restore(r));
          }
          return new ErasureReport(erased.size(), attributes);
        });
  }

  @Override
  public int deleteSubmittedBefore(Instant cutoff, int limit) {
    Args.notNull("cutoff", cutoff);
    Args.check(
        limit > 0 && limit <= MAX_DELETE_BATCH, "limit", "between 1 and " + MAX_DELETE_BATCH, limit);
    return unitOfWork.inTransaction(
        tx -> {
          List<Response> deleted = new ArrayList<>();
          synchronized (lock) {
            for (TenantData data : tenants.values()) {
              for (Response r : data.ordered.values()) {
                if (deleted.size() >= limit || !r.submittedAt().isBefore(cutoff)) {
                  break;
                }
                deleted.add(r);
              }
            }
          }
          for (Response r : deleted) {
            remove(r);
          }
          for (Response r : deleted) {
            tx.onRollback(() -> restore(r));
          }
          return deleted.size();
        });
  }

  private List<Response> select(ResponseQuery query, @Nullable Position after, int limit) {
    List<Response> out = new ArrayList<>();
    synchronized (lock) {
      TenantData data = tenants.get(query.tenant());
      if (data == null) {
        return out;
      }
      RespondentId respondent = query.respondent().orElse(null);
      TreeMap<Position, Response> all =
          respondent == null ? data.ordered : data.byRespondent.get(respondent);
      if (all == null) {
        return out;
      }
      Map<Position, Response> range = after == null ? all : all.tailMap(after, false);
      for (Response r : range.values()) {
        if (query.matches(r)) {
          out.add(r);
          if (out.size() >= limit) {
            break;
          }
        }
      }
    }
    return out;
  }

  private static void put(TenantData data, Response r) {
    data.byId.put(r.id(), r);
    data.byKey.put(new KeyRef(r.surveyId(), r.idempotencyKey()), r);
    Position at = Position.of(r);
    data.ordered.put(at, r);
    r.respondent().ifPresent(id -> data.byRespondent.computeIfAbsent(id, k -> new TreeMap<>()).put(at, r));
  }

  private static void remove(TenantData data, Response r) {
    data.byId.remove(r.id(), r);
    data.byKey.remove(new KeyRef(r.surveyId(), r.idempotencyKey()), r);
    Position at = Position.of(r);
    data.ordered.remove(at, r);
    r.respondent()
        .ifPresent(
            id -> {
              TreeMap<Position, Response> own = data.byRespondent.get(id);
              if (own != null && own.remove(at, r) && own.isEmpty()) {
                data.byRespondent.remove(id);
              }
            });
  }

  /** Undoes an append: removes exactly this response, if it is still there. */
  private void remove(Response r) {
    synchronized (lock) {
      TenantData data = tenants.get(r.tenant());
      if (data != null) {
        remove(data, r);
      }
    }
  }

  /** Undoes an erasure, unless the slot was taken meanwhile. */
  private void restore(Response r) {
    synchronized (lock) {
      TenantData data = tenants.computeIfAbsent(r.tenant(), t -> new TenantData());
      if (!data.byId.containsKey(r.id())
          && !data.byKey.containsKey(new KeyRef(r.surveyId(), r.idempotencyKey()))) {
        put(data, r);
      }
    }
  }

  @Override
  public String toString() {
    return "InMemoryResponseStore[" + unitOfWork + "]";
  }
}
