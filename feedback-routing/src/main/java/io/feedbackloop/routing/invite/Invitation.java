package io.feedbackloop.routing.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A recorded invitation, as an {@link InvitationStore} keeps it: ids and times only, no address
 * and no message text. Instants are kept to the millisecond.
 *
 * @param tenant the tenant
 * @param id the invitation id (unique per tenant; also the idempotency key of its message)
 * @param respondent who was invited
 * @param surveyId the survey
 * @param eventId the id of the touchpoint that caused it
 * @param channel the outbox channel
 * @param createdAt when it was recorded
 * @param sendAt when it is (or was) sent
 * @param reminderAt when its reminder is due, empty if it has none or it was cancelled
 * @param answeredAt when the respondent answered the survey, empty if not (yet)
 */
public record Invitation(
    TenantId tenant,
    String id,
    RespondentId respondent,
    String surveyId,
    String eventId,
    String channel,
    Instant createdAt,
    Instant sendAt,
    Optional<Instant> reminderAt,
    Optional<Instant> answeredAt) {

  /** Checks the parts. */
  public Invitation {
    Checks.notNull("tenant", tenant);
    Checks.identifier("id", id);
    Checks.notNull("respondent", respondent);
    Checks.identifier("surveyId", surveyId);
    Checks.notBlank("eventId", eventId);
    Checks.identifier("channel", channel);
    Checks.notNull("createdAt", createdAt);
    Checks.notNull("sendAt", sendAt);
    Checks.notNull("reminderAt", reminderAt);
    Checks.notNull("answeredAt", answeredAt);
  }

  /** The idempotency key of this invitation's reminder message. */
  public String reminderKey() {
    return id + ".reminder";
  }

  /** Tells whether a reminder is still due (one is planned and no answer came). */
  public boolean reminderPending() {
    return reminderAt.isPresent() && answeredAt.isEmpty();
  }
}
