package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.store.Page;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.cases.CaseSortKeys;
import io.feedbackloop.routing.internal.cases.Micros;
import io.feedbackloop.routing.internal.cases.StoreRules;
import io.feedbackloop.routing.internal.outbox.OutboxArgs;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.cases.SlaBreach;
import java.util.TreeMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CaseStore} in the heap, for tests, demos and single-node hosts that keep nothing.
 *
 * <p>Thread-safe: every call holds one short lock (no I/O under it). Writes are visible to other
 * threads at once, before their transaction commits; a rollback of the {@link UnitOfWork} undoes
 * them. Each tenant's cases are kept in query order, with an open-case count per owner and the
 * cases of each respondent beside them, so that pages, workload counts and respondent look-ups
 * read only what they return; the indexes change under the same lock as the cases, undo included.
 * Claims of due cases are kept in the heap too, so they are shared by the threads of one JVM only.
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
  private final Map<Key, Lease> schedules = new HashMap<>();
  private final Map<Key, Set<String>> fired = new HashMap<>();
  /** Each tenant's cases in query order, by {@link CaseSortKeys#of}; creation time and id never change. */
  private final Map<TenantId, NavigableMap<byte[], FollowUpCase>> ordered = new HashMap<>();
  private final Map<OwnerKey, Long> openByOwner = new HashMap<>();
  private final Map<RespondentKey, Set<Key>> byRespondent = new HashMap<>();

  private record OwnerKey(TenantId tenant, String owner) {}

  private record RespondentKey(TenantId tenant, RespondentId respondent) {}

  /** A schedule with the lease on it, if any; replaced whole on every change. */
  private record Lease(
      CaseSchedule schedule, @Nullable String owner, @Nullable String token, @Nullable Instant until) {
    static Lease free(CaseSchedule schedule) {
      return new Lease(schedule, null, null, null);
    }

    boolean claimable(Instant now) {
      Instant next = schedule.nextCheckAt();
      return next != null && !next.isAfter(now) && (until == null || !until.isAfter(now));
    }
  }

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
            write(key, newCase);
            byCreation.put(creation, key);
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  write(key, null);
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
            write(key, after);
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  // only undo our own write: a later writer would have failed on the version
                  replace(key, after, before);
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
    return unitOfWork.inTransaction(
        tx -> {
          List<FollowUpCase> items = new ArrayList<>();
          byte[] last = new byte[0]; // set with the first item; size >= 1
          synchronized (lock) {
            NavigableMap<byte[], FollowUpCase> all = ordered.get(query.tenant());
            if (all != null) {
              Map<byte[], FollowUpCase> range = from == null ? all : all.tailMap(from, false);
              for (Map.Entry<byte[], FollowUpCase> e : range.entrySet()) {
                if (query.matches(e.getValue())) {
                  if (items.size() == size) {
                    return new Page<>(items, Optional.of(CaseSortKeys.token(last)));
                  }
                  items.add(e.getValue());
                  last = e.getKey();
                }
              }
            }
          }
          return new Page<>(items, Optional.empty());
        });
  }

  @Override
  public long countOpenOwnedBy(TenantId tenant, String owner) {
    OwnerKey key = new OwnerKey(Checks.notNull("tenant", tenant), Checks.identifier("owner", owner));
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (lock) {
            return openByOwner.getOrDefault(key, 0L);
          }
        });
  }

  @Override
  public List<FollowUpCase> findByResponse(TenantId tenant, String responseId) {
    Checks.notNull("responseId", responseId);
    Checks.notNull("tenant", tenant);
    return unitOfWork.inTransaction(
        tx -> {
          List<FollowUpCase> out = new ArrayList<>();
          synchronized (lock) {
            NavigableMap<byte[], FollowUpCase> all = ordered.get(tenant);
            if (all != null) {
              for (FollowUpCase c : all.values()) {
                if (c.responseIds().contains(responseId)) {
                  out.add(c);
                }
              }
            }
          }
          return out;
        });
  }

  @Override
  public List<FollowUpCase> findByRespondent(TenantId tenant, RespondentId respondent) {
    Checks.notNull("respondent", respondent);
    return ofRespondent(tenant, respondent, false);
  }

  @Override
  public boolean hasOpenCase(TenantId tenant, RespondentId respondent) {
    Checks.notNull("respondent", respondent);
    return !ofRespondent(tenant, respondent, true).isEmpty();
  }

  /** The respondent's cases (open ones only if asked), in query order. */
  private List<FollowUpCase> ofRespondent(
      TenantId tenant, RespondentId respondent, boolean openOnly) {
    RespondentKey rk = new RespondentKey(Checks.notNull("tenant", tenant), respondent);
    return unitOfWork.inTransaction(
        tx -> {
          List<FollowUpCase> out = new ArrayList<>();
          synchronized (lock) {
            for (Key k : byRespondent.getOrDefault(rk, Set.of())) {
              FollowUpCase c = cases.get(k);
              if (c != null && (!openOnly || c.isOpen())) {
                out.add(c);
              }
            }
          }
          out.sort(CaseSortKeys.ORDER);
          return out;
        });
  }

  /**
   * Stores {@code after} under {@code key} (null: removes the case) and moves the indexes along.
   * Called under the lock.
   */
  private void write(Key key, @Nullable FollowUpCase after) {
    FollowUpCase before = after == null ? cases.remove(key) : cases.put(key, after);
    if (before != null) {
      unindex(key, before);
    }
    if (after != null) {
      index(key, after);
    }
  }

  /** Undoes a write: puts {@code previous} back if the case is still {@code written}. */
  private void replace(Key key, FollowUpCase written, FollowUpCase previous) {
    if (written.equals(cases.get(key))) {
      write(key, previous);
    }
  }

  private void index(Key key, FollowUpCase c) {
    ordered.computeIfAbsent(key.tenant(), t -> new TreeMap<>(Arrays::compareUnsigned))
        .put(CaseSortKeys.of(c), c);
    if (c.isOpen() && c.owner().isPresent()) {
      openByOwner.merge(new OwnerKey(key.tenant(), c.owner().get()), 1L, Long::sum);
    }
    for (RespondentId r : c.respondents()) {
      byRespondent.computeIfAbsent(new RespondentKey(key.tenant(), r), k -> new HashSet<>()).add(key);
    }
  }

  private void unindex(Key key, FollowUpCase c) {
    NavigableMap<byte[], FollowUpCase> all = ordered.get(key.tenant());
    if (all != null) {
      all.remove(CaseSortKeys.of(c));
      if (all.isEmpty()) {
        ordered.remove(key.tenant());
      }
    }
    if (c.isOpen() && c.owner().isPresent()) {
      openByOwner.computeIfPresent(
          new OwnerKey(key.tenant(), c.owner().get()), (k, n) -> n <= 1 ? null : n - 1);
    }
    for (RespondentId r : c.respondents()) {
      RespondentKey rk = new RespondentKey(key.tenant(), r);
      Set<Key> keys = byRespondent.get(rk);
      if (keys != null && keys.remove(key) && keys.isEmpty()) {
        byRespondent.remove(rk);
      }
    }
  }

  @Override
  public FollowUpCase redact(FollowUpCase redacted, long expectedVersion) {
    StoreRules.checkUpdate(redacted, expectedVersion);
    Key key = new Key(redacted.tenant(), redacted.id());
    return unitOfWork.inTransaction(
        tx -> {
          FollowUpCase before;
          synchronized (lock) {
            FollowUpCase stored = cases.get(key);
            if (stored == null) {
              throw new CaseNotFoundException(redacted.tenant(), redacted.id());
            }
            if (stored.version() != expectedVersion) {
              throw new CaseConflictException(redacted.id(), expectedVersion, stored.version());
            }
            StoreRules.checkSameIdentity(stored, redacted);
            before = stored;
            write(key, redacted);
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  replace(key, redacted, before);
                }
              });
          return redacted;
        });
  }

  @Override
  public Map<TenantId, List<CaseId>> deleteClosedBefore(Instant cutoff, int limit) {
    Checks.notNull("cutoff", cutoff);
    Checks.check(
        limit > 0 && limit <= MAX_DELETE_BATCH, "limit", "between 1 and " + MAX_DELETE_BATCH, limit);
    return unitOfWork.inTransaction(
        tx -> {
          Map<Key, FollowUpCase> removed = new HashMap<>();
          Map<Key, Lease> removedLeases = new HashMap<>();
          Map<Key, Set<String>> removedSteps = new HashMap<>();
          synchronized (lock) {
            for (Map.Entry<Key, FollowUpCase> e : cases.entrySet()) {
              FollowUpCase c = e.getValue();
              if (removed.size() < limit
                  && c.status() == CaseStatus.CLOSED
                  && c.closedAt().filter(at -> at.isBefore(cutoff)).isPresent()) {
                removed.put(e.getKey(), c);
              }
            }
            for (Map.Entry<Key, FollowUpCase> e : removed.entrySet()) {
              write(e.getKey(), null);
              byCreation.remove(CreationKey.of(e.getValue()));
              Lease l = schedules.remove(e.getKey());
              if (l != null) {
                removedLeases.put(e.getKey(), l);
              }
              Set<String> steps = fired.remove(e.getKey());
              if (steps != null) {
                removedSteps.put(e.getKey(), steps);
              }
            }
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  removed.forEach(
                      (k, c) -> {
                        if (!cases.containsKey(k)) {
                          write(k, c);
                          byCreation.put(CreationKey.of(c), k);
                        }
                      });
                  removedLeases.forEach(schedules::putIfAbsent);
                  removedSteps.forEach(fired::putIfAbsent);
                }
              });
          Map<TenantId, List<CaseId>> out = new TreeMap<>(Comparator.comparing(TenantId::value));
          for (Key k : removed.keySet()) {
            out.computeIfAbsent(k.tenant(), t -> new ArrayList<>()).add(k.id());
          }
          out.values().forEach(ids -> ids.sort(Comparator.comparing(CaseId::value)));
          return out;
        });
  }

  @Override
  public long countOpenCreatedBefore(Instant before) {
    Checks.notNull("before", before);
    return countOpen(c -> c.createdAt().isBefore(before));
  }

  @Override
  public long countSlaBreached(Instant now) {
    Checks.notNull("now", now);
    return countOpen(c -> SlaBreach.isBreached(c, now));
  }

  private long countOpen(Predicate<FollowUpCase> filter) {
    return unitOfWork.inTransaction(
        tx -> {
          long n = 0;
          synchronized (lock) {
            for (FollowUpCase c : cases.values()) {
              if (c.isOpen() && filter.test(c)) {
                n++;
              }
            }
          }
          return n;
        });
  }

  @Override
  public void schedule(CaseSchedule schedule) {
    Checks.notNull("schedule", schedule);
    Key key = new Key(schedule.tenant(), schedule.caseId());
    unitOfWork.inTransaction(
        tx -> {
          Lease before;
          Lease after;
          synchronized (lock) {
            if (!cases.containsKey(key)) {
              throw new CaseNotFoundException(schedule.tenant(), schedule.caseId());
            }
            before = schedules.get(key);
            after =
                before == null
                    ? Lease.free(schedule)
                    : new Lease(schedule, before.owner(), before.token(), before.until());
            schedules.put(key, after);
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  if (before == null) {
                    schedules.remove(key, after);
                  } else {
                    schedules.replace(key, after, before);
                  }
                }
              });
          return true;
        });
  }

  @Override
  public Optional<CaseSchedule> findSchedule(TenantId tenant, CaseId id) {
    Key key = new Key(Checks.notNull("tenant", tenant), Checks.notNull("id", id));
    synchronized (lock) {
      Lease l = schedules.get(key);
      return l == null ? Optional.empty() : Optional.of(l.schedule());
    }
  }

  @Override
  public List<ClaimedCase> claimDue(String workerId, int limit, Instant now, Duration lease) {
    OutboxArgs.claim(workerId, limit, now, lease);
    Instant until = Micros.truncate(now.plus(lease));
    List<ClaimedCase> out = new ArrayList<>();
    synchronized (lock) {
      List<Map.Entry<Key, Lease>> due = new ArrayList<>();
      for (Map.Entry<Key, Lease> e : schedules.entrySet()) {
        if (e.getValue().claimable(now)) {
          due.add(e);
        }
      }
      due.sort(
          Comparator.comparing(
              (Map.Entry<Key, Lease> e) -> checkOf(e.getValue()))
              .thenComparing(e -> e.getKey().tenant().value())
              .thenComparing(e -> e.getKey().id().value()));
      for (Map.Entry<Key, Lease> e : due.subList(0, Math.min(limit, due.size()))) {
        String token = UUID.randomUUID().toString();
        CaseSchedule s = e.getValue().schedule();
        schedules.put(e.getKey(), new Lease(s, workerId, token, until));
        out.add(new ClaimedCase(s, workerId, token, until));
      }
    }
    return List.copyOf(out);
  }

  private static Instant checkOf(Lease l) {
    Instant next = l.schedule().nextCheckAt();
    return next == null ? Instant.MAX : next;
  }

  @Override
  public boolean releaseClaim(ClaimedCase claim, @Nullable Instant nextCheckAt) {
    Checks.notNull("claim", claim);
    CaseSchedule claimed = claim.schedule();
    Key key = new Key(claimed.tenant(), claimed.caseId());
    synchronized (lock) {
      Lease l = schedules.get(key);
      if (l == null || !claim.claimToken().equals(l.token())) {
        return false;
      }
      CaseSchedule s = l.schedule();
      if (s.version() == claimed.version()) {
        s = new CaseSchedule(s.tenant(), s.caseId(), s.policy(), s.version(), nextCheckAt);
      }
      schedules.put(key, Lease.free(s));
      return true;
    }
  }

  @Override
  public boolean recordFiredStep(
      TenantId tenant, CaseId id, String stepId, String firedBy, Instant at) {
    Key key = new Key(Checks.notNull("tenant", tenant), Checks.notNull("id", id));
    Checks.identifier("stepId", stepId);
    Checks.notBlank("firedBy", firedBy);
    Checks.notNull("at", at);
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (lock) {
            if (!cases.containsKey(key)) {
              throw new CaseNotFoundException(tenant, id);
            }
            if (!fired.computeIfAbsent(key, k -> new HashSet<>()).add(stepId)) {
              return false;
            }
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  Set<String> steps = fired.get(key);
                  if (steps != null) {
                    steps.remove(stepId);
                  }
                }
              });
          return true;
        });
  }

  @Override
  public Set<String> firedSteps(TenantId tenant, CaseId id) {
    Key key = new Key(Checks.notNull("tenant", tenant), Checks.notNull("id", id));
    synchronized (lock) {
      return Set.copyOf(fired.getOrDefault(key, Set.of()));
    }
  }

  @Override
  public String toString() {
    return "InMemoryCaseStore[" + unitOfWork + "]";
  }
}
