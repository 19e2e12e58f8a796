package io.feedbackloop.routing.link;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.tx.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where {@link SurveyLinks} and {@link PublicLinks} keep what they need to check tokens: hashes,
 * never tokens. Every call runs through {@link #unitOfWork()} and joins a transaction the caller
 * has open in it, so that a link is issued in the same transaction as its invitation.
 *
 * <p>Lookups go by token hash alone: a token is the only thing a visitor brings, and its 256-bit
 * randomness makes the hash unique across tenants. The tenant is stored with every row and is part
 * of every key.
 *
 * <p>Implementations are thread-safe; the ones shipped are {@link InMemoryLinkStore} and {@code
 * io.feedbackloop.routing.jdbc.JdbcLinkStore}.
 */
public interface LinkStore {

  /** The unit of work every call runs through. */
  UnitOfWork unitOfWork();

  /**
   * Stores {@code link} unless a link with its token hash exists.
   *
   * @return true if stored, false if the hash was already there (nothing changed)
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean add(LinkRecord link);

  /**
   * The link with this token hash, used or not, expired or not.
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  Optional<LinkRecord> find(String tokenHash);

  /**
   * Marks the link with this hash used at {@code at}, atomically, if it is not used yet and
   * expires after {@code at}. Of two racing calls (threads or nodes) exactly one returns true.
   *
   * @return true if this call redeemed the link
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean markUsed(String tokenHash, Instant at);

  /**
   * Stores a public link unless one with its token hash exists.
   *
   * @return true if stored
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean addPublic(PublicLinkRecord link);

  /**
   * The public link with this token hash.
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  Optional<PublicLinkRecord> findPublic(String tokenHash);

  /**
   * Records that the visitor with hash {@code visitorHash} answered through the public link
   * {@code linkHash} at {@code at}, unless it did so less than {@code window} before. Atomic: of
   * two racing calls for the same visitor, one returns true.
   *
   * @return true if recorded (a first answer in the window), false for a duplicate
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean recordVisit(
      TenantId tenant, String linkHash, String visitorHash, Instant at, Duration window);

  /**
   * Deletes personal links that expired before {@code cutoff} and public-link visits last seen
   * before it; for the host's housekeeping.
   *
   * @return the number of rows deleted
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  int purge(Instant cutoff);
}
