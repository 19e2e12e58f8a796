package io.feedbackloop.routing.internal.link;

import io.feedbackloop.routing.internal.rules.Checks;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the link classes. */
public final class LinkChecks {
  /** The longest invitation id. */
  public static final int MAX_INVITATION_ID = 128;

  private LinkChecks() {}

  /** Checks an invitation id: 1-128 characters, not blank, no control characters. */
  public static String invitationId(@Nullable String value) {
    String v = Checks.notBlank("invitationId", value);
    Checks.check(v.length() <= MAX_INVITATION_ID, "invitationId length", "<= " + MAX_INVITATION_ID, v.length());
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        throw new IllegalArgumentException(
            "invitationId must be free of control characters, but was '" + Checks.printable(v) + "'");
      }
    }
    return v;
  }

  /**
   * Checks a base URL (absolute http or https, no query or fragment) and returns it without a
   * trailing '/'.
   */
  public static String baseUrl(@Nullable URI value) {
    URI u = Checks.notNull("baseUrl", value);
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    Checks.check(
        u.isAbsolute()
            && (scheme.equals("https") || scheme.equals("http"))
            && u.getHost() != null
            && u.getRawQuery() == null
            && u.getRawFragment() == null,
        "baseUrl",
        "an absolute http(s) URL without query or fragment",
        u);
    String s = u.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
