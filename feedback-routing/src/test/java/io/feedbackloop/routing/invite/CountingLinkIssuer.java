package io.feedbackloop.routing.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.link.IssuedLink;
import io.feedbackloop.routing.link.LinkIssuer;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** A link issuer for tests: a link per invitation id, counting the calls. */
public final class CountingLinkIssuer implements LinkIssuer {
  private final AtomicInteger issued = new AtomicInteger();

  @Override
  public IssuedLink issue(
      TenantId tenant, String surveyId, RespondentId respondent, String invitationId, Instant expiresAt) {
    issued.incrementAndGet();
    String token = "t-" + invitationId;
    return new IssuedLink(token, URI.create("https://fb.example/s/" + token), expiresAt);
  }

  /** How many links were issued. */
  public int issued() {
    return issued.get();
  }
}
