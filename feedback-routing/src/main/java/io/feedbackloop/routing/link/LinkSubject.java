package io.feedbackloop.routing.link;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;

/**
 * Who and what a personal link is for, read from the store or the signed token.
 *
 * @param tenant the tenant
 * @param surveyId the survey
 * @param respondent the respondent the link was issued to
 * @param invitationId the invitation the link belongs to
 * @param expiresAt when the link stops working
 */
public record LinkSubject(
    TenantId tenant, String surveyId, RespondentId respondent, String invitationId, Instant expiresAt) {

  /** Checks the parts are present. */
  public LinkSubject {
    Checks.notNull("tenant", tenant);
    Checks.notNull("surveyId", surveyId);
    Checks.notNull("respondent", respondent);
    Checks.notNull("invitationId", invitationId);
    Checks.notNull("expiresAt", expiresAt);
  }
}
