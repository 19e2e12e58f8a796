package io.feedbackloop.routing.cases;


import java.util.Map;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.store.Page;
import io.feedbackloop.core.tx.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where follow-up cases are kept. Shipped: {@link InMemoryCaseStore} and {@code
 * io.feedbackloop.routing.jdbc.JdbcCaseStore} (PostgreSQL, H2 in PostgreSQL mode); both pass the
 * same contract test suite.
 *
 * <p><b>Transactions.</b> Every call runs through {@link #unitOfWork()} and joins a transaction the
 * caller has open in it, so that a case is opened or changed if and only if the caller's work (a
 * submit, a command with its outbox messages) commits.
 *
 * <p><b>Concurrency.</b> {@link #createIfAbsent} is atomic per creation key (tenant, source
 * response, rule), across threads and nodes. {@link #update} is a compare-and-set on the version:
 * of two writers that read the same version, exactly one succeeds and the other gets a {@link
 * CaseConflictException}; no update is ever lost.
 *
 * <p><b>Append-only.</b> The audit trail and the notes only grow: an update appends the entries
 * and notes of the new version and keeps the stored earlier ones, whatever the given case holds.
 *
 * <p><b>Escalation.</b> A case with an SLA has a {@link CaseSchedule}: when the escalation worker
 * must look at it next. Workers on several nodes {@linkplain #claimDue claim} due cases under a
 * lease (the JDBC store with {@code FOR UPDATE SKIP LOCKED}), so that a case is worked on by one
 * worker at a time and a dead worker's cases are taken over once its lease expires. A step has
 * fired when {@link #recordFiredStep} returned true and the transaction committed: the store
 * keeps each (tenant, case, step) at most once, whichever node tries.
 *
 * <p>Implementations are thread-safe. Failures of the storage itself are {@link
 * io.feedbackloop.core.StoreException}s.
 */
public interface CaseStore {

  /** The unit of work every call runs through; wrap calls in it to make them one transaction. */
  UnitOfWork unitOfWork();

  /**
   * Stores {@code newCase} unless a case with the same creation key (tenant, {@linkplain
   * FollowUpCase#sourceResponseId() source response}, {@linkplain FollowUpCase#ruleId() rule})
   * exists; then returns that one unchanged.
   *
   * @param newCase a case at version 0
   * @return the stored case and whether this call created it
   * @throws IllegalArgumentException if {@code newCase} is not at version 0, or its id is taken by a
   *     case with another creation key
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  OpenedCase createIfAbsent(FollowUpCase newCase);

  /**
   * The case with this id.
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  Optional<FollowUpCase> find(TenantId tenant, CaseId id);

  /**
   * The case a rule opened for a response, by creation key.
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  Optional<FollowUpCase> findByCreationKey(TenantId tenant, String sourceResponseId, String ruleId);

  /**
   * Replaces the stored case if its version is still {@code expectedVersion}. The given case must
   * be at {@code expectedVersion + 1} and keep the identity (id, tenant, rule, source response,
   * creation time) of the stored one. Audit entries and notes of versions up to {@code
   * expectedVersion} are taken from the store, not from {@code updated}.
   *
   * @param updated the new state of the case
   * @param expectedVersion the version the change was derived from
   * @return the case as stored now
   * @throws CaseConflictException if the stored version is not {@code expectedVersion}
   * @throws CaseNotFoundException if there is no such case
   * @throws IllegalArgumentException if {@code updated} is not at {@code expectedVersion + 1} or
   *     changes the identity
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  FollowUpCase update(FollowUpCase updated, long expectedVersion);

  /**
   * One page of the cases that match {@code query}, in the order they were opened (then by id).
   *
   * @param query which cases
   * @param size the page size, 1 to {@value #MAX_PAGE_SIZE}
   * @param after the {@linkplain Page#next() token} of the previous page, or null for the first
   * @throws IllegalArgumentException if the size is out of range or the token is not one of this
   *     store's
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  Page<FollowUpCase> query(CaseQuery query, int size, @Nullable String after);

  /**
   * The cases that are about this response (opened by it or linked to it), in the order they were
   * opened.
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  List<FollowUpCase> findByResponse(TenantId tenant, String responseId);

  /**
   * The cases that are about this respondent, in any status, in the order they were opened.
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  List<FollowUpCase> findByRespondent(TenantId tenant, RespondentId respondent);

  /**
   * Tells whether the respondent has a case that is still {@linkplain CaseStatus#isOpen() open}
   * (then the SDK sends them no survey).
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean hasOpenCase(TenantId tenant, RespondentId respondent);

  /**
   * Writes the schedule of a case (replacing the one it has), keeping a worker's lease on it.
   * Called by {@link CaseService} in the transaction that changes the case.
   *
   * @throws CaseNotFoundException if there is no such case
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  void schedule(CaseSchedule schedule);

  /**
   * The schedule of a case, if it has one (a case opened without an SLA has none).
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  Optional<CaseSchedule> findSchedule(TenantId tenant, CaseId id);

  /**
   * Claims up to {@code limit} cases whose next check is at or before {@code now} and that nobody
   * holds a lease on (or whose lease has expired by {@code now}), earliest check first, for {@code
   * workerId}, leased until {@code now + lease}. One short transaction of its own when called
   * outside one.
   *
   * @return the claims, each with a fresh token; empty if nothing is due
   * @throws IllegalArgumentException if {@code limit <= 0}, {@code lease} is not positive or
   *     {@code workerId} is blank
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  List<ClaimedCase> claimDue(String workerId, int limit, Instant now, Duration lease);

  /**
   * Ends a claim: if the case's schedule still has the version it had when claimed, sets its next
   * check to {@code nextCheckAt} (null: none); in any case drops the lease. Does nothing if the
   * claim is no longer current (the lease was taken over).
   *
   * @return true if the claim was current and has been released
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean releaseClaim(ClaimedCase claim, @Nullable Instant nextCheckAt);

  /**
   * Records that escalation step {@code stepId} fired for the case, unless it has fired already:
   * {@code INSERT ... ON CONFLICT DO NOTHING} on the unique (tenant, case, step). Joins the
   * caller's transaction; run it in the same transaction as the step's notifications.
   *
   * @return true if this call recorded it, false if it was recorded before
   * @throws IllegalArgumentException if the step id is not an identifier
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  boolean recordFiredStep(TenantId tenant, CaseId id, String stepId, String firedBy, Instant at);

  /**
   * The ids of the escalation steps that have fired for the case.
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  Set<String> firedSteps(TenantId tenant, CaseId id);

  /**
   * The number of {@linkplain CaseStatus#isOpen() open} cases of {@code tenant} that {@code owner}
   * owns, over all teams: what least-loaded assignment asks once per team member and case. The
   * default pages through {@link #query}; the stock stores answer from an index (in memory, a
   * count kept on write; JDBC, one {@code COUNT} on the owner index).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code owner} is not an identifier
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  default long countOpenOwnedBy(TenantId tenant, String owner) {
    CaseQuery query = CaseQuery.builder(tenant).openOnly().owner(owner).build();
    long count = 0;
    String after = null;
    do {
      Page<FollowUpCase> page = query(query, MAX_PAGE_SIZE, after);
      count += page.items().size();
      after = page.next().orElse(null);
    } while (after != null);
    return count;
  }

  /** The largest page {@link #query} returns. */
  int MAX_PAGE_SIZE = 500;

  /** Most cases {@link #deleteClosedBefore} deletes in one call. */
  int MAX_DELETE_BATCH = 10_000;

  /**
   * Replaces the stored case with {@code redacted}, <em>including</em> its notes and audit trail,
   * which {@link #update} only appends to: for erasure, where texts are overwritten and respondent
   * links removed. Same version rule as {@link #update}.
   *
   * <p>This and the other privacy, retention and health methods have defaults that throw {@link
   * UnsupportedOperationException}, so that stores written before them still compile; the stock
   * stores implement them all.
   *
   * @return the case as stored
   * @throws CaseNotFoundException if there is no such case
   * @throws CaseConflictException if the stored version is not {@code expectedVersion}
   */
  default FollowUpCase redact(FollowUpCase redacted, long expectedVersion) {
    throw new UnsupportedOperationException(getClass().getName() + " does not support redact");
  }

  /**
   * Deletes up to {@code limit} closed cases of any tenant closed strictly before {@code cutoff},
   * with their notes, audit trail, schedule and fired escalation steps (retention). Open cases are
   * never deleted. Call again until it returns fewer than {@code limit} ids.
   *
   * @param limit 1 to {@value #MAX_DELETE_BATCH}
   * @return the ids of the deleted cases, per tenant
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  default Map<TenantId, List<CaseId>> deleteClosedBefore(Instant cutoff, int limit) {
    throw new UnsupportedOperationException(getClass().getName() + " does not support deleteClosedBefore");
  }

  /** The number of open cases of any tenant opened strictly before {@code before}. */
  default long countOpenCreatedBefore(Instant before) {
    throw new UnsupportedOperationException(getClass().getName() + " does not support countOpenCreatedBefore");
  }

  /**
   * The number of open cases of any tenant in breach of an SLA at {@code now}: not yet contacted
   * and past their first-contact due time, or past their resolution due time. Cases on hold count
   * too (their due times stand until they resume).
   */
  default long countSlaBreached(Instant now) {
    throw new UnsupportedOperationException(getClass().getName() + " does not support countSlaBreached");
  }
}
