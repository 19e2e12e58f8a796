package io.feedbackloop.routing.link;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.link.Tokens;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link LinkStore} keeps for a personal link: the token's SHA-256 hash, never the token.
 * For an opaque token the record is written at issue with no use time; for a signed token it is
 * written when the token is redeemed, with the use time set.
 *
 * @param tenant the tenant
 * @param tokenHash SHA-256 of the token, 64 lower-case hex digits
 * @param surveyId the survey
 * @param respondent the respondent
 * @param invitationId the invitation
 * @param expiresAt when the link stops working
 * @param usedAt when it was redeemed, or null if not yet
 */
public record LinkRecord(
    TenantId tenant,
    String tokenHash,
    String surveyId,
    RespondentId respondent,
    String invitationId,
    Instant expiresAt,
    @Nullable Instant usedAt) {

  /** Checks the parts; the hash must be 64 lower-case hex digits. */
  public LinkRecord {
    Checks.notNull("tenant", tenant);
    Checks.notNull("tokenHash", tokenHash);
    Checks.check(Tokens.isHash(tokenHash), "tokenHash", "64 lower-case hex digits", "'" + Checks.printable(tokenHash) + "'");
    Checks.identifier("surveyId", surveyId);
    Checks.notNull("respondent", respondent);
    Checks.notNull("invitationId", invitationId);
    Checks.notNull("expiresAt", expiresAt);
  }

  /** Tells whether the link has been redeemed. */
  public boolean used() {
    return usedAt != null;
  }

  /** The subject the page and the answer need. */
  public LinkSubject subject() {
    return new LinkSubject(tenant, surveyId, respondent, invitationId, expiresAt);
  }
}
