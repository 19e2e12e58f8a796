package io.feedbackloop.routing.internal.link;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.tx.Transaction;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.suppression.Suppression;
import io.feedbackloop.routing.suppression.SuppressionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A Caffeine cache of each respondent's entries in front of a {@link SuppressionStore}, which
 * stays the source of truth. A change drops the respondent's cache entry at once and again after
 * its transaction commits or rolls back: a reader that loaded the old entries meanwhile, or a read
 * inside the changing transaction, cannot leave a stale or uncommitted list behind (Caffeine makes
 * an invalidation wait for a load of the same key in flight).
 */
public final class CachingSuppressionStore implements SuppressionStore {
  private final SuppressionStore store;
  private final Cache<Key, List<Suppression>> cache;

  private record Key(TenantId tenant, RespondentId respondent) {}

  /** A cache of up to {@code maxRespondents} respondents for {@code ttl} of {@code clock}'s time. */
  public CachingSuppressionStore(
      SuppressionStore store, int maxRespondents, Duration ttl, Clock clock) {
    this.store = store;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(maxRespondents)
            .expireAfterWrite(ttl)
            .ticker(() -> nanos(clock.instant()))
            .build();
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  @Override
  public UnitOfWork unitOfWork() {
    return store.unitOfWork();
  }

  @Override
  public boolean add(Suppression entry) {
    Checks.notNull("entry", entry);
    Key key = new Key(entry.tenant(), entry.respondent());
    return store.unitOfWork().inTransaction(tx -> changed(tx, key, store.add(entry)));
  }

  @Override
  public boolean remove(TenantId tenant, RespondentId respondent, String channel) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Key key = new Key(tenant, respondent);
    return store
        .unitOfWork()
        .inTransaction(tx -> changed(tx, key, store.remove(tenant, respondent, channel)));
  }

  private boolean changed(Transaction tx, Key key, boolean result) {
    cache.invalidate(key);
    tx.afterCommit(() -> cache.invalidate(key));
    tx.onRollback(() -> cache.invalidate(key));
    return result;
  }

  @Override
  public List<Suppression> list(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return cache.get(new Key(tenant, respondent), k -> store.list(k.tenant(), k.respondent()));
  }

  @Override
  public String toString() {
    return "CachingSuppressionStore[" + store + "]";
  }
}
