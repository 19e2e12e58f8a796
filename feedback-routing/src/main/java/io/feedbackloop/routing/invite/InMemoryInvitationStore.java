package io.feedbackloop.routing.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.tx.Transaction;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * An {@link InvitationStore} in memory, for tests, demos and single-node hosts without a database.
 * It honours all-or-nothing through the unit of work's undo log: a change made in a transaction
 * that rolls back is undone. {@link #lockRespondent} takes one of 64 striped locks and holds it
 * until the transaction ends, so it only serializes transactions of this JVM. Thread-safe.
 */
public final class InMemoryInvitationStore implements InvitationStore {
  private static final Comparator<Invitation> BY_SEND_TIME =
      Comparator.comparing(Invitation::sendAt).thenComparing(Invitation::id);

  private final UnitOfWork unitOfWork;
  private final ReentrantLock[] respondentLocks = new ReentrantLock[64];
  // Guarded by "this"; small critical sections, never held across a call out of the store.
  private final Map<String, Invitation> invitations = new HashMap<>();
  private final Map<String, String> idsByEvent = new HashMap<>();
  private final Map<String, Instant> lastAnswers = new HashMap<>();
  private final Map<String, Integer> quotaCounts = new HashMap<>();

  private InMemoryInvitationStore(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    for (int i = 0; i < respondentLocks.length; i++) {
      respondentLocks[i] = new ReentrantLock();
    }
  }

  /** An empty store with its own {@linkplain UnitOfWork#inMemory() in-memory unit of work}. */
  public static InMemoryInvitationStore create() {
    return new InMemoryInvitationStore(UnitOfWork.inMemory());
  }

  /** An empty store running through {@code unitOfWork} (share it with the outbox and link issuer). */
  public static InMemoryInvitationStore of(UnitOfWork unitOfWork) {
    return new InMemoryInvitationStore(Checks.notNull("unitOfWork", unitOfWork));
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public Optional<Instant> lockRespondent(TenantId tenant, RespondentId respondent) {
    String key = key(tenant, respondent);
    return unitOfWork.inTransaction(
        tx -> {
          ReentrantLock lock = respondentLocks[Math.floorMod(key.hashCode(), respondentLocks.length)];
          lock.lock();
          tx.afterCommit(lock::unlock);
          tx.onRollback(lock::unlock);
          synchronized (this) {
            return Optional.ofNullable(lastAnswers.get(key));
          }
        });
  }

  @Override
  public boolean insert(Invitation invitation) {
    Invitation inv = millis(Checks.notNull("invitation", invitation));
    String idKey = key(inv.tenant(), inv.id());
    String eventKey = eventKey(inv);
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (this) {
            if (invitations.containsKey(idKey) || idsByEvent.containsKey(eventKey)) {
              return false;
            }
            invitations.put(idKey, inv);
            idsByEvent.put(eventKey, inv.id());
          }
          tx.onRollback(
              () -> {
                synchronized (this) {
                  invitations.remove(idKey);
                  idsByEvent.remove(eventKey);
                }
              });
          return true;
        });
  }

  @Override
  public synchronized Optional<Invitation> find(TenantId tenant, String invitationId) {
    Checks.notNull("invitationId", invitationId);
    return Optional.ofNullable(invitations.get(key(tenant, invitationId)));
  }

  @Override
  public List<Invitation> history(
      TenantId tenant, RespondentId respondent, Instant from, Instant to) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    List<Invitation> out = new ArrayList<>();
    synchronized (this) {
      for (Invitation i : invitations.values()) {
        if (i.tenant().equals(tenant)
            && i.respondent().equals(respondent)
            && !i.sendAt().isBefore(from)
            && i.sendAt().isBefore(to)) {
          out.add(i);
        }
      }
    }
    out.sort(BY_SEND_TIME);
    return out;
  }

  @Override
  public synchronized int quotaUsed(TenantId tenant, String surveyId, Instant periodStart) {
    return quotaCounts.getOrDefault(quotaKey(tenant, surveyId, periodStart), 0);
  }

  @Override
  public boolean tryConsumeQuota(TenantId tenant, String surveyId, Instant periodStart, int max) {
    String key = quotaKey(tenant, surveyId, periodStart);
    return unitOfWork.inTransaction(
        tx -> {
          synchronized (this) {
            int used = quotaCounts.getOrDefault(key, 0);
            if (used >= max) {
              return false;
            }
            quotaCounts.put(key, used + 1);
          }
          tx.onRollback(
              () -> {
                synchronized (this) {
                  quotaCounts.computeIfPresent(key, (k, used) -> used - 1);
                }
              });
          return true;
        });
  }

  @Override
  public List<Invitation> recordAnswer(
      TenantId tenant, RespondentId respondent, String surveyId, Instant at) {
    Checks.notNull("surveyId", surveyId);
    Instant when = Checks.notNull("at", at).truncatedTo(ChronoUnit.MILLIS);
    String who = key(tenant, respondent);
    return unitOfWork.inTransaction(
        tx -> {
          List<Invitation> pending = new ArrayList<>();
          synchronized (this) {
            Instant previous = lastAnswers.put(who, when);
            tx.onRollback(() -> restore(lastAnswers, who, previous));
            for (Invitation i : matching(tenant, respondent)) {
              if (i.surveyId().equals(surveyId) && i.answeredAt().isEmpty()) {
                if (i.reminderPending()) {
                  pending.add(i);
                }
                replace(tx, i, withAnswer(i, Optional.of(when)));
              }
            }
          }
          pending.sort(BY_SEND_TIME);
          return pending;
        });
  }

  @Override
  public List<Invitation> clearReminders(TenantId tenant, RespondentId respondent) {
    return unitOfWork.inTransaction(
        tx -> {
          List<Invitation> pending = new ArrayList<>();
          synchronized (this) {
            for (Invitation i : matching(tenant, respondent)) {
              if (i.reminderPending()) {
                pending.add(i);
                replace(tx, i, withAnswer(i, i.answeredAt()));
              }
            }
          }
          pending.sort(BY_SEND_TIME);
          return pending;
        });
  }

  @Override
  public int erase(TenantId tenant, RespondentId respondent) {
    String who = key(tenant, respondent);
    return unitOfWork.inTransaction(
        tx -> {
          List<Invitation> gone;
          synchronized (this) {
            gone = matching(tenant, respondent);
            for (Invitation i : gone) {
              invitations.remove(key(tenant, i.id()));
              idsByEvent.remove(eventKey(i));
            }
            Instant previous = lastAnswers.remove(who);
            tx.onRollback(
                () -> {
                  synchronized (this) {
                    for (Invitation i : gone) {
                      invitations.put(key(tenant, i.id()), i);
                      idsByEvent.put(eventKey(i), i.id());
                    }
                    restore(lastAnswers, who, previous);
                  }
                });
          }
          return gone.size();
        });
  }

  @Override
  public int deleteSentBefore(Instant cutoff, int limit) {
    Checks.notNull("cutoff", cutoff);
    Checks.check(
        limit > 0 && limit <= MAX_DELETE_BATCH, "limit", "between 1 and " + MAX_DELETE_BATCH, limit);
    return unitOfWork.inTransaction(
        tx -> {
          List<Invitation> gone = new ArrayList<>();
          synchronized (this) {
            for (Invitation i : invitations.values()) {
              if (gone.size() < limit && i.sendAt().isBefore(cutoff)) {
                gone.add(i);
              }
            }
            for (Invitation i : gone) {
              invitations.remove(key(i.tenant(), i.id()));
              idsByEvent.remove(eventKey(i));
            }
          }
          tx.onRollback(
              () -> {
                synchronized (this) {
                  for (Invitation i : gone) {
                    invitations.put(key(i.tenant(), i.id()), i);
                    idsByEvent.put(eventKey(i), i.id());
                  }
                }
              });
          return gone.size();
        });
  }

  @Override
  public String toString() {
    return "InMemoryInvitationStore[" + unitOfWork + "]";
  }

  /** Replaces {@code old} by {@code now}; the caller holds the monitor. */
  private void replace(Transaction tx, Invitation old, Invitation now) {
    String k = key(old.tenant(), old.id());
    invitations.put(k, now);
    tx.onRollback(
        () -> {
          synchronized (this) {
            invitations.put(k, old);
          }
        });
  }

  /** The caller holds the monitor. */
  private List<Invitation> matching(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    List<Invitation> out = new ArrayList<>();
    for (Invitation i : invitations.values()) {
      if (i.tenant().equals(tenant) && i.respondent().equals(respondent)) {
        out.add(i);
      }
    }
    return out;
  }

  /** The invitation answered at {@code answeredAt}, without its reminder. */
  private static Invitation withAnswer(Invitation i, Optional<Instant> answeredAt) {
    return new Invitation(
        i.tenant(),
        i.id(),
        i.respondent(),
        i.surveyId(),
        i.eventId(),
        i.channel(),
        i.createdAt(),
        i.sendAt(),
        Optional.empty(),
        answeredAt);
  }

  private static Invitation millis(Invitation i) {
    return new Invitation(
        i.tenant(),
        i.id(),
        i.respondent(),
        i.surveyId(),
        i.eventId(),
        i.channel(),
        i.createdAt().truncatedTo(ChronoUnit.MILLIS),
        i.sendAt().truncatedTo(ChronoUnit.MILLIS),
        i.reminderAt().map(t -> t.truncatedTo(ChronoUnit.MILLIS)),
        i.answeredAt().map(t -> t.truncatedTo(ChronoUnit.MILLIS)));
  }

  private void restore(Map<String, Instant> map, String key, @Nullable Instant previous) {
    synchronized (this) {
      if (previous == null) {
        map.remove(key);
      } else {
        map.put(key, previous);
      }
    }
  }

  private static String key(TenantId tenant, String id) {
    return Checks.notNull("tenant", tenant).value() + '\u0000' + id;
  }

  private static String key(TenantId tenant, RespondentId respondent) {
    return key(tenant, Checks.notNull("respondent", respondent).value());
  }

  private static String eventKey(Invitation i) {
    return key(i.tenant(), i.respondent().value() + '\u0000' + i.surveyId() + '\u0000' + i.eventId());
  }

  private static String quotaKey(TenantId tenant, String surveyId, Instant periodStart) {
    Checks.notNull("surveyId", surveyId);
    return key(tenant, surveyId + '\u0000' + Checks.notNull("periodStart", periodStart).toEpochMilli());
  }
}
