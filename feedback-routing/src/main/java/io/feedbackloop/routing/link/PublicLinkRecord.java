package io.feedbackloop.routing.link;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.link.Tokens;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;

/**
 * What a {@link LinkStore} keeps for a public multi-use link: its token's hash and the survey.
 *
 * @param tenant the tenant
 * @param tokenHash SHA-256 of the token, 64 lower-case hex digits
 * @param surveyId the survey
 * @param createdAt when the link was created
 */
public record PublicLinkRecord(TenantId tenant, String tokenHash, String surveyId, Instant createdAt) {

  /** Checks the parts. */
  public PublicLinkRecord {
    Checks.notNull("tenant", tenant);
    Checks.notNull("tokenHash", tokenHash);
    Checks.check(Tokens.isHash(tokenHash), "tokenHash", "64 lower-case hex digits", "'" + Checks.printable(tokenHash) + "'");
    Checks.identifier("surveyId", surveyId);
    Checks.notNull("createdAt", createdAt);
  }
}
