package io.feedbackloop.routing.suppression;

/** Why a respondent is on the suppression list. */
public enum SuppressionReason {
  /** The respondent unsubscribed (a link, a {@code List-Unsubscribe} request, the host's UI). */
  UNSUBSCRIBED,
  /** Mail to the respondent bounced permanently. */
  HARD_BOUNCE,
  /** The respondent replied STOP (or an equivalent keyword) to an SMS. */
  SMS_STOP,
  /** The host suppressed the respondent (a complaint, a legal hold, an employee). */
  MANUAL
}
