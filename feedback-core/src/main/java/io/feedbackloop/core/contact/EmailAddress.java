package io.feedbackloop.core.contact;

import io.feedbackloop.core.internal.Args;
import java.util.Locale;

/**
 * An e-mail address. {@link #toString()} masks it: {@code jane.doe@example.com} prints as {@code
 * j***@e***.com}. The check is deliberately simple (one {@code @}, a non-empty local part, a domain
 * with a dot, no spaces or control characters, at most 254 characters); deliverability is the
 * mail server's business. The domain is lower-cased.
 *
 * @param value the address
 */
public record EmailAddress(String value) {

  /** Creates an address, checking its form (error messages never quote it). */
  public EmailAddress {
    Args.notNull("email", value);
    int at = value.indexOf('@');
    boolean ok =
        value.length() <= 254
            && at > 0
            && at == value.lastIndexOf('@')
            && value.indexOf('.', at + 2) > 0
            && !value.endsWith(".")
            && value.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
    if (!ok) {
      throw new IllegalArgumentException(
          "email must look like name@domain.tld, but was a " + value.length()
              + "-character value that does not (not shown: it may be personal data)");
    }
    value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** The address. */
  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  /** The domain part, lower case. */
  public String domain() {
    return value.substring(value.indexOf('@') + 1);
  }

  /** The masked form: first letter of the local part and of the domain, and the top-level domain. */
  @Override
  public String toString() {
    int at = value.indexOf('@');
    String domain = value.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    return value.charAt(0) + "***@" + domain.charAt(0) + "***" + domain.substring(dot);
  }
}
