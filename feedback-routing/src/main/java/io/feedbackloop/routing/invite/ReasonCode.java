package io.feedbackloop.routing.invite;

/**
 * Why an invitation was not sent as planned: the machine-readable part of an {@link
 * InvitationDecision}. Codes are stable; new ones may be added.
 */
public enum ReasonCode {
  /** No invitation plan matches the touchpoint's event type. */
  NO_PLAN,
  /** An invitation for the same tenant, respondent, survey and event id exists already. */
  DUPLICATE_EVENT,
  /** The respondent is on the suppression list for the chosen channel (or for all channels). */
  SUPPRESSED,
  /** The respondent has an open case; nobody is surveyed while a problem is being worked on. */
  OPEN_CASE,
  /** The open-case check threw; the service plays safe and does not invite. */
  OPEN_CASE_CHECK_FAILED,
  /** The sampling rate left this respondent and event out. */
  SAMPLED_OUT,
  /** The respondent answered a survey recently; the cooldown after an answer has not passed. */
  COOLDOWN_AFTER_ANSWER,
  /** The planned send time is in the respondent's quiet hours; the invitation is deferred. */
  QUIET_HOURS,
  /** The cap on invitations per respondent across all surveys is reached. */
  FREQUENCY_CAP_ALL,
  /** The cap on invitations per respondent for this survey is reached. */
  FREQUENCY_CAP_SURVEY,
  /** The cap on invitations per respondent through this channel is reached. */
  FREQUENCY_CAP_CHANNEL,
  /** The survey's quota for the period of the send time is used up. */
  QUOTA_EXHAUSTED
}
