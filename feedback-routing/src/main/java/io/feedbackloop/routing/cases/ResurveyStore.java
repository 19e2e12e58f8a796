package io.feedbackloop.routing.cases;

import java.util.Collection;

import io.feedbackloop.core.response.RespondentId;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.cases.metrics.InMemoryResurveyStore;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link RecoveryTracker} keeps re-surveys: at most one per case. Shipped: {@link
 * #inMemory(UnitOfWork)} and {@link io.feedbackloop.routing.jdbc.JdbcResurveyStore} (table {@code
 * case_resurveys}, for re-surveys that survive a restart).
 *
 * <p>Every call runs through {@link #unitOfWork()} and joins a transaction the caller has open in
 * it. Implementations are thread-safe; storage failures are {@link
 * io.feedbackloop.core.StoreException}s.
 */
public interface ResurveyStore {

  /** The unit of work every call runs through. */
  UnitOfWork unitOfWork();

  /**
   * Stores {@code resurvey} unless its case has one already.
   *
   * @return true if stored, false if the case had a re-survey (which stays as it was)
   */
  boolean insertIfAbsent(Resurvey resurvey);

  /** The re-survey of this case, if there is one. */
  Optional<Resurvey> find(TenantId tenant, CaseId caseId);

  /** The re-survey carried by this invitation, if there is one. */
  Optional<Resurvey> findByInvitation(TenantId tenant, String invitationId);

  /**
   * Records the answer of the stored re-survey of {@code answered}'s case, if that one has no
   * answer yet (a compare-and-set: of two concurrent callers, one wins).
   *
   * @return true if recorded, false if the stored re-survey already had an answer
   * @throws IllegalArgumentException if {@code answered} has no answer, or its case has no
   *     re-survey
   */
  boolean recordAnswer(Resurvey answered);

  /** Every re-survey of {@code tenant}, in the order they were scheduled (then by case id). */
  List<Resurvey> list(TenantId tenant);

  /**
   * A store in the heap whose calls run in {@code unitOfWork} and are undone when it rolls back;
   * for tests, demos and single-node hosts that keep nothing.
   *
   * @throws NullPointerException if {@code unitOfWork} is null
   */
  static ResurveyStore inMemory(UnitOfWork unitOfWork) {
    return new InMemoryResurveyStore(Checks.notNull("unitOfWork", unitOfWork));
  }

  /**
   * Deletes every re-survey of {@code respondent} in {@code tenant} (erasure); idempotent. The
   * default throws {@link UnsupportedOperationException}, so that stores written before this
   * method still compile; the stock stores implement it.
   *
   * @return the number deleted
   */
  default int erase(TenantId tenant, RespondentId respondent) {
    throw new UnsupportedOperationException(getClass().getName() + " does not support erase");
  }

  /**
   * Deletes the re-surveys of these cases of {@code tenant} (retention of closed cases). The
   * default throws {@link UnsupportedOperationException}.
   *
   * @return the number deleted
   */
  default int deleteForCases(TenantId tenant, Collection<CaseId> caseIds) {
    throw new UnsupportedOperationException(getClass().getName() + " does not support deleteForCases");
  }
}
