package io.feedbackloop.core.validation;

import io.feedbackloop.core.internal.Args;

/**
 * One problem found by validation or parsing: where (a JSON pointer such as {@code /answers/nps}),
 * what (a stable {@link ProblemCode}) and why (a message for people). Messages never quote free
 * text or contact details.
 *
 * @param path JSON pointer (RFC 6901) to the offending value; {@code ""} for the whole document
 * @param code the stable machine code
 * @param message a readable explanation
 */
public record Problem(String path, ProblemCode code, String message) {

  /** Creates a problem. */
  public Problem {
    Args.notNull("path", path);
    Args.notNull("code", code);
    Args.notBlank("message", message);
  }

  /**
   * Escapes one reference token for a JSON pointer ({@code ~} as {@code ~0}, {@code /} as {@code
   * ~1}).
   */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "/" : path) + ": " + code.code() + ": " + message;
  }
}
