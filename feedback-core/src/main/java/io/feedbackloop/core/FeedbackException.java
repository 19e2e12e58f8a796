package io.feedbackloop.core;

import org.jspecify.annotations.Nullable;

/** The root of every exception the SDK throws on purpose. Unchecked. */
public class FeedbackException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public FeedbackException(String message) {
    super(message);
  }

  /** Creates an exception with a message and its cause. */
  public FeedbackException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
