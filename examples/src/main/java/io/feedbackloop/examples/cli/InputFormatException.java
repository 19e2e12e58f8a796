package io.feedbackloop.examples.cli;

/** A file that cannot be read as CSV or JSON Lines, with the line it happened at. */
final class InputFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  InputFormatException(String message) {
    super(message);
  }
}
