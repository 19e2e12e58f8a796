package io.feedbackloop.routing.internal.invite;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When an invitation would go out.
 *
 * @param planned the event time plus the plan's delay, but not before now
 * @param sendAt {@code planned}, or the end of the quiet hours it falls into
 * @param zone the respondent's time zone
 */
public record SendTime(Instant planned, Instant sendAt, ZoneId zone) {

  /** Tells whether quiet hours moved the send time. */
  public boolean deferred() {
    return sendAt.isAfter(planned);
  }
}
