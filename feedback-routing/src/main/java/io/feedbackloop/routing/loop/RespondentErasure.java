package io.feedbackloop.routing.loop;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.Checks;

/**
 * What {@link FeedbackLoop#erase} did for one respondent. Erasure is idempotent: a second call
 * finds nothing left and reports zeros.
 *
 * @param tenant the tenant
 * @param respondent the respondent whose data was erased
 * @param responses responses deleted, with their answers, free text and attributes
 * @param cases cases anonymized: the respondent link, comments, notes and customer texts are
 *     removed; status, team, timestamps and the audit trail (without content) are kept
 * @param messagesCancelled outbox messages to the respondent that were still pending and were
 *     cancelled
 * @param invitations invitations deleted
 * @param resurveys re-surveys deleted
 */
public record RespondentErasure(
    TenantId tenant,
    RespondentId respondent,
    long responses,
    long cases,
    long messagesCancelled,
    long invitations,
    long resurveys) {

  /** Checks that no count is negative. */
  public RespondentErasure {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Checks.check(responses >= 0, "responses", ">= 0", responses);
    Checks.check(cases >= 0, "cases", ">= 0", cases);
    Checks.check(messagesCancelled >= 0, "messagesCancelled", ">= 0", messagesCancelled);
    Checks.check(invitations >= 0, "invitations", ">= 0", invitations);
    Checks.check(resurveys >= 0, "resurveys", ">= 0", resurveys);
  }

  /** All records touched; zero when there was nothing (left) to erase. */
  public long total() {
    return responses + cases + messagesCancelled + invitations + resurveys;
  }
}
