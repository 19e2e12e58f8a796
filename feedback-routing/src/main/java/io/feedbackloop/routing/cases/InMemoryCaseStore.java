package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.store.Page;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.cases.CaseSortKeys;
import io.feedbackloop.routing.internal.cases.StoreRules;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CaseStore} in the heap, for tests, demos and single-node hosts that keep nothing.
 *
 * <p>Thread-safe: every call holds one short lock (no I/O under it). Writes are visible to other
 * threads at once, before their transaction commits; a rollback of the {@link UnitOfWork} undoes
 * them. Queries scan every case of the tenant.
 */
public final class InMemoryCaseStore implements CaseStore {
  private record Key(TenantId tenant, CaseId id) {}

  private record CreationKey(TenantId tenant, String sourceResponseId, String ruleId) {
    static CreationKey of(FollowUpCase c) {
      return new CreationKey(c.tenant(), c.sourceResponseId(), c.ruleId());
    }
  }

  private final UnitOfWork unitOfWork;
  private final Object lock = new Object();
  private final Map<Key, FollowUpCase> cases = new HashMap<>();
  private final Map<CreationKey, Key> byCreation = new HashMap<>();

  private InMemoryCaseStore(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** An empty store with its own {@linkplain UnitOfWork#inMemory() in-memory unit of work}. */
  public static InMemoryCaseStore create() {
    return new InMemoryCaseStore(UnitOfWork.inMemory());
  }

  /**
   * An empty store whose calls run in {@code unitOfWork}, joining its transactions and undone when
   * they roll back. The store never asks it for a connection.
   *
   * @throws NullPointerException if {@code unitOfWork} is null
   */
  public static InMemoryCaseStore create(UnitOfWork unitOfWork) {
    return new InMemoryCaseStore(Checks.notNull("unitOfWork", unitOfWork));
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public OpenedCase createIfAbsent(FollowUpCase newCase) {
    StoreRules.checkNew(newCase);
    Key key = new Key(newCase.tenant(), newCase.id());
    CreationKey creation = CreationKey.of(newCase);
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (lock) {
            Key winner = byCreation.get(creation);
            if (winner != null) {
              return new OpenedCase(get(winner), false);
            }
            Checks.check(
                !cases.containsKey(key),
                "case id " + newCase.id(),
                "unused in tenant " + newCase.tenant(),
                "taken by another case");
            cases.put(key, newCase);
            byCreation.put(creation, key);
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  cases.remove(key);
                  byCreation.remove(creation);
                }
              });
          return new OpenedCase(newCase, true);
        });
  }

  private FollowUpCase get(Key key) {
    FollowUpCase c = cases.get(key);
    if (c == null) {
      throw new IllegalStateException("creation index points to a missing case " + key.id());
    }
    return c;
  }

  @Override
  public Optional<FollowUpCase> find(TenantId tenant, CaseId id) {
    Key key = new Key(Checks.notNull("tenant", tenant), Checks.notNull("id", id));
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (lock) {
            return Optional.ofNullable(cases.get(key));
          }
        });
  }

  @Override
  public Optional<FollowUpCase> findByCreationKey(
      TenantId tenant, String sourceResponseId, String ruleId) {
    CreationKey creation =
        new CreationKey(
            Checks.notNull("tenant", tenant),
            Checks.notNull("sourceResponseId", sourceResponseId),
            Checks.notNull("ruleId", ruleId));
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (lock) {
            Key key = byCreation.get(creation);
            return key == null ? Optional.empty() : Optional.of(get(key));
          }
        });
  }

  @Override
  public FollowUpCase update(FollowUpCase updated, long expectedVersion) {
    StoreRules.checkUpdate(updated, expectedVersion);
    Key key = new Key(updated.tenant(), updated.id());
    return unitOfWork.inTransaction(
        tx -> {
          FollowUpCase before;
          FollowUpCase after;
          synchronized (lock) {
            FollowUpCase stored = cases.get(key);
            if (stored == null) {
              throw new CaseNotFoundException(updated.tenant(), updated.id());
            }
            if (stored.version() != expectedVersion) {
              throw new CaseConflictException(updated.id(), expectedVersion, stored.version());
            }
            StoreRules.checkSameIdentity(stored, updated);
            before = stored;
            after = StoreRules.appendOnly(stored, updated);
            cases.put(key, after);
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  // only undo our own write: a later writer would have failed on the version
                  cases.replace(key, after, before);
                }
              });
          return after;
        });
  }

  @Override
  public Page<FollowUpCase> query(CaseQuery query, int size, @Nullable String after) {
    Checks.notNull("query", query);
    CaseSortKeys.checkSize(size);
    byte[] from = after == null ? null : CaseSortKeys.fromToken(after);
    List<FollowUpCase> rows =
        select(
            query.tenant(),
            c -> query.matches(c) && (from == null || Arrays.compareUnsigned(CaseSortKeys.of(c), from) > 0));
    if (rows.size() <= size) {
      return new Page<>(rows, Optional.empty());
    }
    List<FollowUpCase> items = rows.subList(0, size);
    return new Page<>(items, Optional.of(CaseSortKeys.token(CaseSortKeys.of(items.get(size - 1)))));
  }

  @Override
  public List<FollowUpCase> findByResponse(TenantId tenant, String responseId) {
    Checks.notNull("responseId", responseId);
    return select(tenant, c -> c.responseIds().contains(responseId));
  }

  @Override
  public List<FollowUpCase> findByRespondent(TenantId tenant, RespondentId respondent) {
    Checks.notNull("respondent", respondent);
    return select(tenant, c -> c.respondents().contains(respondent));
  }

  @Override
  public boolean hasOpenCase(TenantId tenant, RespondentId respondent) {
    Checks.notNull("respondent", respondent);
    return !select(tenant, c -> c.isOpen() && c.respondents().contains(respondent)).isEmpty();
  }

  /** The tenant's cases that pass {@code filter}, in query order. */
  private List<FollowUpCase> select(TenantId tenant, Predicate<FollowUpCase> filter) {
    Checks.notNull("tenant", tenant);
    return unitOfWork.inTransaction(
        tx -> {
          List<FollowUpCase> out = new ArrayList<>();
          synchronized (lock) {
            for (Map.Entry<Key, FollowUpCase> e : cases.entrySet()) {
              if (e.getKey().tenant().equals(tenant) && filter.test(e.getValue())) {
                out.add(e.getValue());
              }
            }
          }
          out.sort(CaseSortKeys.ORDER);
          return out;
        });
  }

  @Override
  public String toString() {
    return "InMemoryCaseStore[" + unitOfWork + "]";
  }
}
