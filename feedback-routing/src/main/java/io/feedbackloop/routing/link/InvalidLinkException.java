package io.feedbackloop.routing.link;

import io.feedbackloop.core.FeedbackException;

/**
 * A survey link cannot be used. Unknown, malformed, expired, used, tampered and wrongly signed
 * tokens all raise this exception with the same {@link #MESSAGE}, so that the answer reveals
 * nothing about which tokens exist; the reason goes to the {@link LinkRejectionListener} and the
 * counters of {@link SurveyLinks#rejections()}.
 */
public final class InvalidLinkException extends FeedbackException {
  private static final long serialVersionUID = 1L;

  /** The one message of this exception. */
  public static final String MESSAGE = "this survey link is invalid or no longer usable";

  /** Creates the exception. */
  public InvalidLinkException() {
    super(MESSAGE);
  }
}
