package io.feedbackloop.routing.internal.http;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host allowlist patterns: an exact host name ({@code hooks.slack.com}) or a suffix pattern ({@code
 * *.example.com}, which matches {@code a.example.com} and {@code a.b.example.com} but not {@code
 * example.com} itself). Matching ignores case and a trailing dot.
 */
public final class HostPatterns {
  private static final Pattern NAME =
      Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

  private HostPatterns() {}

  /**
   * Checks and normalizes a pattern (lower case, no trailing dot).
   *
   * @throws IllegalArgumentException if it is neither a host name nor {@code *.} and a host name
   */
  public static String normalize(String pattern) {
    String p = pattern.strip().toLowerCase(Locale.ROOT);
    if (p.endsWith(".")) {
      p = p.substring(0, p.length() - 1);
    }
    String name = p.startsWith("*.") ? p.substring(2) : p;
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "allowed host must be a host name or '*.' followed by a host name, but was '"
              + pattern
              + "'");
    }
    return p;
  }

  /** Whether {@code host} (normalized, see {@link Origin#host}) matches one of {@code patterns}. */
  public static boolean matches(List<String> patterns, String host) {
    for (String p : patterns) {
      if (p.startsWith("*.")) {
        String suffix = p.substring(1);
        if (host.length() > suffix.length() && host.endsWith(suffix)) {
          return true;
        }
      } else if (p.equals(host)) {
        return true;
      }
    }
    return false;
  }
}
