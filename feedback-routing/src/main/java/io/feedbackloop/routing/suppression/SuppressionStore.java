package io.feedbackloop.routing.suppression;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.link.CachingSuppressionStore;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The suppression list as it is kept: one entry per tenant, respondent and channel ({@link
 * Suppression#ALL_CHANNELS} for all). Every call runs through {@link #unitOfWork()} and joins a
 * transaction the caller has open in it.
 *
 * <p>Implementations are thread-safe; the ones shipped are {@link InMemorySuppressionStore},
 * {@code io.feedbackloop.routing.jdbc.JdbcSuppressionStore} and the cache {@link #cached}.
 */
public interface SuppressionStore extends SuppressionList {

  /** The unit of work every call runs through. */
  UnitOfWork unitOfWork();

  /**
   * Adds {@code entry} unless the respondent already has an entry for that channel, which is then
   * kept as it is (the first reason and time stand): recording a signal twice changes nothing.
   *
   * @return true if added
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean add(Suppression entry);

  /**
   * Removes the respondent's entry for exactly {@code channel} (an identifier or {@link
   * Suppression#ALL_CHANNELS}); an entry for all channels is not touched by removing one channel.
   *
   * @return true if an entry was removed
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean remove(TenantId tenant, RespondentId respondent, String channel);

  /**
   * Every entry of the respondent, ordered by channel.
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  List<Suppression> list(TenantId tenant, RespondentId respondent);

  /**
   * {@inheritDoc}
   *
   * <p>An entry for all channels wins over one for {@code channel}.
   *
   * @throws IllegalArgumentException if {@code channel} is not an identifier
   */
  @Override
  default Optional<Suppression> find(
      TenantId tenant, RespondentId respondent, String channel) {
    Checks.identifier("channel", channel);
    List<Suppression> all = list(tenant, respondent);
    for (Suppression s : all) {
      if (Suppression.ALL_CHANNELS.equals(s.channel())) {
        return Optional.of(s);
      }
    }
    return all.stream().filter(s -> s.appliesTo(channel)).findFirst();
  }

  /**
   * A cache in front of {@code store}, holding the entries of up to 10,000 respondents for up to
   * one minute. Changes made through the cache are seen at once (the respondent's cache entry is
   * dropped on the change, and again when its transaction commits or rolls back); changes made
   * around it (another node) are seen within the minute.
   */
  static SuppressionStore cached(SuppressionStore store) {
    return cached(store, 10_000, Duration.ofMinutes(1), Clock.systemUTC());
  }

  /**
   * A cache in front of {@code store}, as {@link #cached(SuppressionStore)} with the given bounds;
   * time for the expiry comes from {@code clock}.
   *
   * @throws IllegalArgumentException if {@code maxRespondents <= 0} or {@code ttl} is not positive
   */
  static SuppressionStore cached(
      SuppressionStore store, int maxRespondents, Duration ttl, Clock clock) {
    Checks.notNull("store", store);
    Checks.positive("maxRespondents", maxRespondents);
    Checks.notNull("ttl", ttl);
    Checks.check(!ttl.isNegative() && !ttl.isZero(), "ttl", "> 0", ttl);
    Checks.notNull("clock", clock);
    return new CachingSuppressionStore(store, maxRespondents, ttl, clock);
  }
}
