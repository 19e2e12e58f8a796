package io.feedbackloop.routing.link;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LinkStore} in memory, for tests and single-process hosts. Honours all-or-nothing: a
 * change made in a transaction of its unit of work is undone if that transaction rolls back.
 * Thread-safe; every read-modify-write is one atomic map operation.
 */
public final class InMemoryLinkStore implements LinkStore {
  private final UnitOfWork unitOfWork;
  private final ConcurrentHashMap<String, LinkRecord> links = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, PublicLinkRecord> publicLinks = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<VisitKey, Instant> visits = new ConcurrentHashMap<>();

  private record VisitKey(TenantId tenant, String linkHash, String visitorHash) {}

  private InMemoryLinkStore(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** An empty store with its own {@linkplain UnitOfWork#inMemory() in-memory} unit of work. */
  public static InMemoryLinkStore create() {
    return create(UnitOfWork.inMemory());
  }

  /**
   * An empty store whose calls run in {@code unitOfWork}.
   *
   * @throws NullPointerException if {@code unitOfWork} is null
   */
  public static InMemoryLinkStore create(UnitOfWork unitOfWork) {
    return new InMemoryLinkStore(Checks.notNull("unitOfWork", unitOfWork));
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public boolean add(LinkRecord link) {
    Checks.notNull("link", link);
    return unitOfWork.inTransaction(
        tx -> {
          if (links.putIfAbsent(link.tokenHash(), link) != null) {
            return false;
          }
          tx.onRollback(() -> links.remove(link.tokenHash(), link));
          return true;
        });
  }

  @Override
  public Optional<LinkRecord> find(String tokenHash) {
    Checks.notNull("tokenHash", tokenHash);
    return unitOfWork.inTransaction(tx -> Optional.ofNullable(links.get(tokenHash)));
  }

  @Override
  public boolean markUsed(String tokenHash, Instant at) {
    Checks.notNull("tokenHash", tokenHash);
    Checks.notNull("at", at);
    return unitOfWork.inTransaction(
        tx -> {
          List<LinkRecord> before = new ArrayList<>(1);
          links.computeIfPresent(
              tokenHash,
              (h, r) -> {
                if (r.used() || !r.expiresAt().isAfter(at)) {
                  return r;
                }
                before.add(r);
                return new LinkRecord(
                    r.tenant(), h, r.surveyId(), r.respondent(), r.invitationId(), r.expiresAt(), at);
              });
          if (before.isEmpty()) {
            return false;
          }
          LinkRecord unused = before.get(0);
          tx.onRollback(() -> links.put(tokenHash, unused));
          return true;
        });
  }

  @Override
  public boolean addPublic(PublicLinkRecord link) {
    Checks.notNull("link", link);
    return unitOfWork.inTransaction(
        tx -> {
          if (publicLinks.putIfAbsent(link.tokenHash(), link) != null) {
            return false;
          }
          tx.onRollback(() -> publicLinks.remove(link.tokenHash(), link));
          return true;
        });
  }

  @Override
  public Optional<PublicLinkRecord> findPublic(String tokenHash) {
    Checks.notNull("tokenHash", tokenHash);
    return unitOfWork.inTransaction(tx -> Optional.ofNullable(publicLinks.get(tokenHash)));
  }

  @Override
  public boolean recordVisit(
      TenantId tenant, String linkHash, String visitorHash, Instant at, Duration window) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("linkHash", linkHash);
    Checks.notNull("visitorHash", visitorHash);
    Checks.notNull("at", at);
    Checks.notNull("window", window);
    VisitKey key = new VisitKey(tenant, linkHash, visitorHash);
    Instant cutoff = at.minus(window);
    return unitOfWork.inTransaction(
        tx -> {
          List<@Nullable Instant> previous = new ArrayList<>(1);
          boolean[] recorded = {false};
          visits.compute(
              key,
              (k, last) -> {
                if (last != null && last.isAfter(cutoff)) {
                  return last;
                }
                previous.add(last);
                recorded[0] = true;
                return at;
              });
          if (recorded[0]) {
            Instant last = previous.get(0);
            tx.onRollback(
                () -> {
                  if (last == null) {
                    visits.remove(key, at);
                  } else {
                    visits.replace(key, at, last);
                  }
                });
          }
          return recorded[0];
        });
  }

  @Override
  public int purge(Instant cutoff) {
    Checks.notNull("cutoff", cutoff);
    // housekeeping outside any undo: a purge that rolls back just purges again next time
    return unitOfWork.inTransaction(
        tx -> {
          int removed = 0;
          for (Map.Entry<String, LinkRecord> e : links.entrySet()) {
            if (e.getValue().expiresAt().isBefore(cutoff) && links.remove(e.getKey(), e.getValue())) {
              removed++;
            }
          }
          for (Map.Entry<VisitKey, Instant> e : visits.entrySet()) {
            if (e.getValue().isBefore(cutoff) && visits.remove(e.getKey(), e.getValue())) {
              removed++;
            }
          }
          return removed;
        });
  }

  /** Every record, for tests that check what is kept. */
  Map<String, Object> snapshot() {
    Map<String, Object> all = new java.util.HashMap<>();
    all.putAll(links);
    all.putAll(publicLinks);
    visits.forEach((k, v) -> all.put(k.toString(), v));
    return all;
  }

  @Override
  public String toString() {
    return "InMemoryLinkStore[" + unitOfWork + "]";
  }
}
