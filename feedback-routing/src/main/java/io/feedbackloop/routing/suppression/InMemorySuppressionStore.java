package io.feedbackloop.routing.suppression;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SuppressionStore} in memory, for tests and single-process hosts. A change made in a
 * transaction of its unit of work is undone if that transaction rolls back. Thread-safe.
 */
public final class InMemorySuppressionStore implements SuppressionStore {
  private final UnitOfWork unitOfWork;
  private final ConcurrentHashMap<Key, Suppression> entries = new ConcurrentHashMap<>();

  private record Key(TenantId tenant, RespondentId respondent, String channel) {}

  private InMemorySuppressionStore(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** An empty store with its own {@linkplain UnitOfWork#inMemory() in-memory} unit of work. */
  public static InMemorySuppressionStore create() {
    return create(UnitOfWork.inMemory());
  }

  /**
   * An empty store whose calls run in {@code unitOfWork}.
   *
   * @throws NullPointerException if {@code unitOfWork} is null
   */
  public static InMemorySuppressionStore create(UnitOfWork unitOfWork) {
    return new InMemorySuppressionStore(Checks.notNull("unitOfWork", unitOfWork));
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public boolean add(Suppression entry) {
    Checks.notNull("entry", entry);
    Key key = new Key(entry.tenant(), entry.respondent(), entry.channel());
    return unitOfWork.inTransaction(
        tx -> {
          if (entries.putIfAbsent(key, entry) != null) {
            return false;
          }
          tx.onRollback(() -> entries.remove(key, entry));
          return true;
        });
  }

  @Override
  public boolean remove(TenantId tenant, RespondentId respondent, String channel) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Key key = new Key(tenant, respondent, checkChannel(channel));
    return unitOfWork.inTransaction(
        tx -> {
          Suppression removed = entries.remove(key);
          if (removed == null) {
            return false;
          }
          tx.onRollback(() -> entries.putIfAbsent(key, removed));
          return true;
        });
  }

  @Override
  public List<Suppression> list(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return unitOfWork.inTransaction(
        tx -> {
          List<Suppression> out = new ArrayList<>();
          for (Suppression s : entries.values()) {
            if (s.tenant().equals(tenant) && s.respondent().equals(respondent)) {
              out.add(s);
            }
          }
          out.sort(Comparator.comparing(Suppression::channel));
          return List.copyOf(out);
        });
  }

  static String checkChannel(String channel) {
    Checks.notNull("channel", channel);
    return Suppression.ALL_CHANNELS.equals(channel) ? channel : Checks.identifier("channel", channel);
  }

  @Override
  public String toString() {
    return "InMemorySuppressionStore[" + unitOfWork + "]";
  }
}
