package io.feedbackloop.routing.internal.invite;

/** What the open-case check said about a respondent. */
public enum OpenCase {
  /** No open case. */
  NONE,
  /** An open case. */
  OPEN,
  /** The check threw. */
  CHECK_FAILED
}
