package io.feedbackloop.routing.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.tx.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where invitations, the contact history, last answers and quota counters live. Stock
 * implementations: {@link InMemoryInvitationStore} and {@code
 * io.feedbackloop.routing.jdbc.JdbcInvitationStore}.
 *
 * <p><b>Transactions.</b> Every call runs through {@link #unitOfWork()} and joins a transaction the
 * caller has open in it; the {@link InvitationService} wraps one touchpoint in one transaction,
 * together with the link issuer and the outbox, which must share this unit of work.
 *
 * <p><b>Concurrency.</b> {@link #lockRespondent} serializes the transactions of one respondent
 * until they end, so that two nodes cannot both see room under a frequency cap and both invite.
 * {@link #tryConsumeQuota} is atomic on its own. Implementations are thread-safe. Instants are kept
 * to the millisecond. Every method throws {@link io.feedbackloop.core.StoreException} if the store
 * fails and {@link NullPointerException} for a null argument.
 */
public interface InvitationStore {

  /** The unit of work every call runs through. */
  UnitOfWork unitOfWork();

  /**
   * Locks {@code respondent}'s contact record until the current transaction ends (creating the
   * record if needed) and returns the time of their last answer. Call it first in a transaction
   * that reads the history and then records an invitation.
   */
  Optional<Instant> lockRespondent(TenantId tenant, RespondentId respondent);

  /**
   * Records {@code invitation}.
   *
   * @return true if recorded, false if an invitation with its id or with its respondent, survey and
   *     event id exists already (nothing is changed then)
   */
  boolean insert(Invitation invitation);

  /** The invitation with this id. */
  Optional<Invitation> find(TenantId tenant, String invitationId);

  /**
   * The invitations of {@code respondent} with a send time in {@code [from, to)}, ordered by send
   * time (then id).
   */
  List<Invitation> history(TenantId tenant, RespondentId respondent, Instant from, Instant to);

  /** How many invitations of {@code surveyId} were counted in the quota period starting at {@code periodStart}. */
  int quotaUsed(TenantId tenant, String surveyId, Instant periodStart);

  /**
   * Counts one invitation of {@code surveyId} in the quota period starting at {@code periodStart},
   * if fewer than {@code max} are counted there; atomic across nodes.
   *
   * @return true if counted, false if the quota was used up
   */
  boolean tryConsumeQuota(TenantId tenant, String surveyId, Instant periodStart, int max);

  /**
   * Records that {@code respondent} answered {@code surveyId} at {@code at}: sets their last answer
   * time (which starts the cooldown) and marks their unanswered invitations of the survey as
   * answered, clearing their reminders.
   *
   * @return the invitations whose reminder was pending, as they were before (to cancel the
   *     reminder messages)
   */
  List<Invitation> recordAnswer(TenantId tenant, RespondentId respondent, String surveyId, Instant at);

  /**
   * Clears the pending reminders of {@code respondent} (after a suppression).
   *
   * @return the invitations whose reminder was pending, as they were before
   */
  List<Invitation> clearReminders(TenantId tenant, RespondentId respondent);

  /**
   * Erases everything kept about {@code respondent}: invitations, the contact record and its last
   * answer time. Quota counters hold no respondent and stay.
   *
   * @return the number of invitations erased
   */
  int erase(TenantId tenant, RespondentId respondent);

  /** Most rows {@link #deleteSentBefore} deletes in one call. */
  int MAX_DELETE_BATCH = 10_000;

  /**
   * Deletes up to {@code limit} invitations of any tenant sent strictly before {@code cutoff}
   * (retention). Contact rows (last answers) and quota counters are kept. Call again until it
   * returns less than {@code limit}. The default throws {@link UnsupportedOperationException}, so
   * that stores written before this method still compile; the stock stores implement it.
   *
   * @param limit 1 to {@value #MAX_DELETE_BATCH}
   * @return the number deleted
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  default int deleteSentBefore(Instant cutoff, int limit) {
    throw new UnsupportedOperationException(getClass().getName() + " does not support deleteSentBefore");
  }
}
