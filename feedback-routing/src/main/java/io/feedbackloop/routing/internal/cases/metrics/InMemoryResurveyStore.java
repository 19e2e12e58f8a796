package io.feedbackloop.routing.internal.cases.metrics;

import java.util.function.Predicate;
import java.util.Set;
import java.util.Collection;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.Resurvey;
import io.feedbackloop.routing.cases.ResurveyStore;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The heap {@link ResurveyStore}: one short lock per call, writes undone on rollback. Lookups by
 * invitation scan the tenant's re-surveys (a handful per closed detractor case).
 */
public final class InMemoryResurveyStore implements ResurveyStore {
  private record Key(TenantId tenant, CaseId caseId) {}

  private static final Comparator<Resurvey> ORDER =
      Comparator.comparing(Resurvey::scheduledAt).thenComparing(r -> r.caseId().value());

  private final UnitOfWork unitOfWork;
  private final Object lock = new Object();
  private final Map<Key, Resurvey> byCase = new HashMap<>();

  /** A store running in {@code unitOfWork}. */
  public InMemoryResurveyStore(UnitOfWork unitOfWork) {
    this.unitOfWork = Checks.notNull("unitOfWork", unitOfWork);
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public boolean insertIfAbsent(Resurvey resurvey) {
    Checks.notNull("resurvey", resurvey);
    Key key = new Key(resurvey.tenant(), resurvey.caseId());
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (lock) {
            if (byCase.putIfAbsent(key, resurvey) != null) {
              return false;
            }
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  byCase.remove(key, resurvey);
                }
              });
          return true;
        });
  }

  @Override
  public Optional<Resurvey> find(TenantId tenant, CaseId caseId) {
    Key key = new Key(Checks.notNull("tenant", tenant), Checks.notNull("caseId", caseId));
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (lock) {
            return Optional.ofNullable(byCase.get(key));
          }
        });
  }

  @Override
  public Optional<Resurvey> findByInvitation(TenantId tenant, String invitationId) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("invitationId", invitationId);
    return list(tenant).stream()
        .filter(r -> r.invitationId().filter(invitationId::equals).isPresent())
        .findFirst();
  }

  @Override
  public boolean recordAnswer(Resurvey answered) {
    Checks.notNull("answered", answered);
    Checks.check(
        answered.answer().isPresent(), "answer of re-survey " + answered.caseId(), "present", "none");
    Key key = new Key(answered.tenant(), answered.caseId());
    return unitOfWork.inTransaction(
        tx -> {
          Resurvey before;
          synchronized (lock) {
            before = byCase.get(key);
            if (before == null) {
              throw new IllegalArgumentException(
                  "re-survey of case "
                      + answered.caseId()
                      + " must be stored before its answer is recorded, but was none");
            }
            if (before.answer().isPresent()) {
              return false;
            }
            byCase.put(key, answered);
          }
          Resurvey previous = before;
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  byCase.replace(key, answered, previous);
                }
              });
          return true;
        });
  }

  @Override
  public List<Resurvey> list(TenantId tenant) {
    Checks.notNull("tenant", tenant);
    return unitOfWork.inTransaction(
        tx -> {
          List<Resurvey> out = new ArrayList<>();
          synchronized (lock) {
            for (Map.Entry<Key, Resurvey> e : byCase.entrySet()) {
              if (e.getKey().tenant().equals(tenant)) {
                out.add(e.getValue());
              }
            }
          }
          out.sort(ORDER);
          return List.copyOf(out);
        });
  }

  @Override
  public int erase(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return removeWhere(r -> r.tenant().equals(tenant) && r.respondent().equals(respondent));
  }

  @Override
  public int deleteForCases(TenantId tenant, Collection<CaseId> caseIds) {
    Checks.notNull("tenant", tenant);
    Set<CaseId> ids = Set.copyOf(Checks.notNull("caseIds", caseIds));
    return removeWhere(r -> r.tenant().equals(tenant) && ids.contains(r.caseId()));
  }

  private int removeWhere(Predicate<Resurvey> doomed) {
    return unitOfWork.inTransaction(
        tx -> {
          Map<Key, Resurvey> removed = new HashMap<>();
          synchronized (lock) {
            byCase.entrySet().removeIf(
                e -> {
                  if (doomed.test(e.getValue())) {
                    removed.put(e.getKey(), e.getValue());
                    return true;
                  }
                  return false;
                });
          }
          tx.onRollback(
              () -> {
                synchronized (lock) {
                  removed.forEach(byCase::putIfAbsent);
                }
              });
          return removed.size();
        });
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "InMemoryResurveyStore[" + byCase.size() + " re-surveys]";
    }
  }
}
