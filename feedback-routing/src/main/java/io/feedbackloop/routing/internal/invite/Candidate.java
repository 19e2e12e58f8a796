package io.feedbackloop.routing.internal.invite;

import io.feedbackloop.routing.invite.ContactPolicy;
import io.feedbackloop.routing.invite.Invitation;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.Touchpoint;
import io.feedbackloop.routing.suppression.Suppression;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the contact rules look at for one touchpoint and plan, gathered beforehand so that
 * {@link ContactRules#evaluate} is a pure function.
 *
 * @param policy the contact policy
 * @param plan the matched plan
 * @param touchpoint the event
 * @param invitationId the id the invitation would get
 * @param channel the channel chosen for the respondent
 * @param suppression the suppression-list entry for that channel, if any
 * @param openCase what the open-case check said
 * @param sample the sampling value in [0, 1)
 * @param history the respondent's invitations around the send time (see {@link ContactRules#historyWindow})
 * @param lastAnswer the respondent's last answer, if any
 * @param quotaUsed invitations already counted in the quota period of the send time
 * @param now the current time
 */
public record Candidate(
    ContactPolicy policy,
    InvitationPlan plan,
    Touchpoint touchpoint,
    String invitationId,
    String channel,
    Optional<Suppression> suppression,
    OpenCase openCase,
    double sample,
    List<Invitation> history,
    Optional<Instant> lastAnswer,
    int quotaUsed,
    Instant now) {

  /** Copies the history. */
  public Candidate {
    history = List.copyOf(history);
  }
}
