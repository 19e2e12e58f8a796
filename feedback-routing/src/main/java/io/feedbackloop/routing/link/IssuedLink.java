package io.feedbackloop.routing.link;

import io.feedbackloop.routing.internal.rules.Checks;
import java.net.URI;
import java.time.Instant;

/**
 * A personal survey link as handed to the respondent. The token is shown here once; the store
 * keeps only what it needs to check it later. {@code toString()} never prints the token.
 *
 * @param token the token, as it appears in the link
 * @param url the link
 * @param expiresAt when the link stops working
 */
public record IssuedLink(String token, URI url, Instant expiresAt) {

  /** Checks the parts. */
  public IssuedLink {
    Checks.notBlank("token", token);
    Checks.notNull("url", url);
    Checks.notNull("expiresAt", expiresAt);
  }

  @Override
  public String toString() {
    return "IssuedLink[expiresAt=" + expiresAt + "]";
  }
}
