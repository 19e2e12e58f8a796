package io.feedbackloop.routing.link;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.OptionalInt;

/**
 * What the survey page needs when a personal link is opened (a GET): who it is for and, for a
 * one-click link, the score to pre-select. Opening records nothing.
 *
 * @param subject who and what the link is for
 * @param prefilledScore the score from the link's {@code score} parameter if it was valid for the
 *     scale, else empty
 */
public record OpenedLink(LinkSubject subject, OptionalInt prefilledScore) {

  /** Checks the parts are present. */
  public OpenedLink {
    Checks.notNull("subject", subject);
    Checks.notNull("prefilledScore", prefilledScore);
  }
}
