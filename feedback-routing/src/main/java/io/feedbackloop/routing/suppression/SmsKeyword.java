package io.feedbackloop.routing.suppression;

/** What an inbound SMS reply asks for, as {@link InboundSignals#smsReply} recognized it. */
public enum SmsKeyword {
  /** An opt-out keyword (STOP and its equivalents): SMS to the respondent is suppressed. */
  STOP,
  /** An opt-in keyword (START, UNSTOP): an SMS opt-out of the respondent is lifted. */
  START,
  /** Not a keyword: an ordinary reply, nothing is recorded. */
  NONE
}
