package io.feedbackloop.core.response;

import io.feedbackloop.core.internal.Args;

/**
 * An opaque reference to the respondent in the host's system (a customer number, a hashed id). It
 * must not be an e-mail address or a phone number: those belong in {@link
 * io.feedbackloop.core.contact}.
 *
 * <p>1 to 128 characters, no control characters, no '@'.
 *
 * @param value the host's id
 */
public record RespondentId(String value) {

  /** Creates the reference, checking its form. */
  public RespondentId {
    Args.notBlank("respondent", value);
    Args.check(value.length() <= 128, "respondent length", "<= 128", value.length());
    Args.check(
        isOpaque(value),
        "respondent",
        "free of control characters and '@' (use an opaque id, not an e-mail address)",
        "a value containing one (not shown, it may be personal data)");
  }

  /** The reference with this id. */
  public static RespondentId of(String value) {
    return new RespondentId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  private static boolean isOpaque(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '@') {
        return false;
      }
    }
    return true;
  }
}
