package io.feedbackloop.routing.outbox;

import io.feedbackloop.core.response.RespondentId;

import io.feedbackloop.core.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the outbox keeps its messages: the producers' {@link Outbox} plus what the {@link
 * OutboxWorker} and operators need. Stock implementations: {@link InMemoryOutboxStore} and {@link
 * io.feedbackloop.routing.jdbc.JdbcOutboxStore}; both pass the same contract tests.
 *
 * <p><b>Claims and leases.</b> A worker {@linkplain #claim claims} due messages under a lease and
 * gets a claim token for each. Every later state change ({@link #markDelivered}, {@link
 * #reschedule}, {@link #release}, {@link #deadLetter}) names the claim and takes effect only while
 * the message is still claimed with that token: once a lease has expired and another worker has
 * claimed the message, the first worker's late result changes nothing (the call returns false). A
 * lease that expires with nobody taking the message over still lets its holder record the result.
 * A claim is one short transaction; delivery happens outside any transaction, and each result is
 * recorded in another short one.
 *
 * <p><b>Time.</b> The store has no clock: the worker passes the instants. Instants are kept to the
 * millisecond (truncated).
 *
 * <p>Implementations are thread-safe and safe for several nodes sharing one store (claiming uses
 * {@code FOR UPDATE SKIP LOCKED} in the JDBC store). Failures of the underlying store are thrown as
 * {@link io.feedbackloop.core.StoreException}.
 */
public interface OutboxStore extends Outbox {

  /**
   * Claims up to {@code limit} messages that are due at {@code now} (pending with a next attempt
   * time at or before {@code now}, or claimed under a lease that has expired by {@code now}),
   * earliest first, for {@code workerId}, leased until {@code now + lease}.
   *
   * @return the claimed messages, each with a fresh claim token; empty if none is due
   * @throws IllegalArgumentException if {@code limit <= 0}, {@code lease} is not positive or
   *     {@code workerId} is blank
   */
  List<ClaimedMessage> claim(String workerId, int limit, Instant now, Duration lease);

  /**
   * Records {@code claim} as delivered at {@code at}.
   *
   * @return true if recorded; false if the claim is no longer current (lease taken over)
   */
  boolean markDelivered(ClaimedMessage claim, Instant at);

  /**
   * Records a failed attempt: the message goes back to pending with {@code attempts} recorded
   * attempts, due at {@code nextAttemptAt}, with {@code lastError}.
   *
   * @return true if recorded; false if the claim is no longer current
   * @throws IllegalArgumentException if {@code attempts < 0}
   */
  boolean reschedule(ClaimedMessage claim, int attempts, Instant nextAttemptAt, String lastError);

  /**
   * Gives {@code claim} back without an attempt (its attempt count and last error unchanged), due
   * again at {@code nextAttemptAt}: for a message the worker did not try, e.g. because the
   * endpoint's circuit breaker is open.
   *
   * @return true if released; false if the claim is no longer current
   */
  boolean release(ClaimedMessage claim, Instant nextAttemptAt);

  /**
   * Records the message of {@code claim} as a dead letter at {@code at}, with {@code attempts}
   * recorded attempts and {@code reason} as its last error.
   *
   * @return true if recorded; false if the claim is no longer current
   * @throws IllegalArgumentException if {@code attempts < 0}
   */
  boolean deadLetter(ClaimedMessage claim, int attempts, String reason, Instant at);

  /** The message of {@code tenant} with {@code idempotencyKey}, in whatever state. */
  Optional<OutboxMessage> find(TenantId tenant, String idempotencyKey);

  /**
   * The dead letters of {@code tenant}, those that died first first, at most {@code limit}.
   *
   * @throws IllegalArgumentException if {@code limit <= 0}
   */
  List<OutboxMessage> deadLetters(TenantId tenant, int limit);

  /**
   * Puts a dead letter back to pending, due at {@code notBefore}, with its attempts reset to zero
   * and its last error cleared. The message and its idempotency key stay the same, so a receiver
   * that saw an earlier attempt can de-duplicate.
   *
   * @return true if a dead letter was requeued; false if there is no dead letter with that key
   */
  boolean requeue(TenantId tenant, String idempotencyKey, Instant notBefore);

  /** The number of messages in each state, over all tenants (for an operator's dashboard). */
  OutboxCounts counts();

  /** Most rows {@link #deleteFinishedBefore} deletes in one call. */
  int MAX_DELETE_BATCH = 10_000;

  /**
   * The messages of {@code tenant} addressed to {@code respondent} ({@link
   * io.feedbackloop.routing.delivery.Recipient.Respondent}), in any state, ordered by idempotency
   * key (for a data-subject export).
   *
   * <p>This and the other privacy, retention and health methods have defaults that throw {@link
   * UnsupportedOperationException}, so that stores written before them still compile; the stock
   * stores implement them all.
   */
  default List<OutboxMessage> addressedTo(TenantId tenant, RespondentId respondent) {
    throw new UnsupportedOperationException(getClass().getName() + " does not support addressedTo");
  }

  /**
   * Erases the messages of {@code tenant} addressed to {@code respondent}: pending ones are
   * cancelled; every one that is not claimed (pending, delivered, dead or cancelled) keeps its row,
   * key, channel, state and times (so that its idempotency key stays taken and a replay sends
   * nothing) but loses its content: subject and text become {@value #ERASED}, and the HTML body,
   * metadata and headers are dropped. A claimed message (in flight) is left alone: its worker
   * holds it already. Idempotent.
   *
   * @return the number of pending messages cancelled; 0 on a second call
   */
  default int erase(TenantId tenant, RespondentId respondent) {
    throw new UnsupportedOperationException(getClass().getName() + " does not support erase");
  }

  /** What {@link #erase} writes instead of a message's subject and text. */
  String ERASED = "(erased)";

  /**
   * Deletes up to {@code limit} delivered, dead or cancelled messages of any tenant whose last
   * change is strictly before {@code cutoff} (retention); pending and claimed ones are never
   * deleted. Call again until it returns less than {@code limit}.
   *
   * @param limit 1 to {@value #MAX_DELETE_BATCH}
   * @return the number deleted
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  default int deleteFinishedBefore(Instant cutoff, int limit) {
    throw new UnsupportedOperationException(getClass().getName() + " does not support deleteFinishedBefore");
  }

  /**
   * The earliest next-attempt time of any pending message, over all tenants (for the backlog age in
   * a health snapshot); empty if nothing is pending.
   */
  default Optional<Instant> earliestPending() {
    throw new UnsupportedOperationException(getClass().getName() + " does not support earliestPending");
  }
}
