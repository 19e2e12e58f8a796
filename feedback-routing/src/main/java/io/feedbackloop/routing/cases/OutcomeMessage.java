package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Locale;

/**
 * What {@link OutcomeMessages#send} did: the key of the outcome message, the channel and locale it
 * was written for, and whether this call queued it ({@code false}: a message with this key was
 * queued before, so this was a retry and nothing new was queued). Holds no message text.
 *
 * @param caseId the case
 * @param idempotencyKey {@code case:<id>:outcome:v<n>}, {@code n} counting the case's resolutions
 * @param channel the channel name the message was queued for
 * @param locale the locale the message is written in (after template fallback)
 * @param queued true if this call queued the message
 */
public record OutcomeMessage(
    CaseId caseId, String idempotencyKey, String channel, Locale locale, boolean queued) {

  /**
   * Creates the value.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the key is blank or the channel is not an identifier
   */
  public OutcomeMessage {
    Checks.notNull("caseId", caseId);
    Checks.notBlank("idempotencyKey", idempotencyKey);
    Checks.identifier("channel", channel);
    Checks.notNull("locale", locale);
  }
}
