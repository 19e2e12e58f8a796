package io.feedbackloop.routing.link;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.net.URI;

/**
 * A public multi-use survey link, as created by {@link PublicLinks#create}: for a QR code on a
 * receipt or a poster. The store keeps only the token's hash, so keep the URL. {@code toString()}
 * does not print the token.
 *
 * @param tenant the tenant
 * @param surveyId the survey
 * @param token the token, as it appears in the link
 * @param url the link, {@code <baseUrl>/p/<token>}
 */
public record PublicLink(TenantId tenant, String surveyId, String token, URI url) {

  /** Checks the parts. */
  public PublicLink {
    Checks.notNull("tenant", tenant);
    Checks.identifier("surveyId", surveyId);
    Checks.notBlank("token", token);
    Checks.notNull("url", url);
  }

  @Override
  public String toString() {
    return "PublicLink[tenant=" + tenant + ", surveyId=" + surveyId + "]";
  }
}
