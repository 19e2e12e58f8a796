package io.feedbackloop.routing.link;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import java.time.Instant;

/**
 * Issues personal survey links; the invitation service calls it inside the unit of work that
 * records the invitation, so a link exists iff its invitation does. Thread-safe.
 */
public interface LinkIssuer {

  /**
   * Issues a one-time link to {@code surveyId} for {@code respondent}, tied to {@code
   * invitationId}, valid until {@code expiresAt}.
   *
   * @throws IllegalArgumentException if a part is invalid or {@code expiresAt} is not in the future
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  IssuedLink issue(
      TenantId tenant, String surveyId, RespondentId respondent, String invitationId, Instant expiresAt);
}
