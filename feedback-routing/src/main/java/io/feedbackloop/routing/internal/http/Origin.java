package io.feedbackloop.routing.internal.http;

import java.net.URI;
import java.util.Locale;

/**
 * The printable part of a URL: {@code scheme://host[:port]}. Webhook URLs of Slack and Teams carry
 * their secret in the path and query, so messages, logs and {@code toString()} show this only.
 */
public final class Origin {
  private Origin() {}

  /** {@code scheme://host[:port]} of {@code url}, lower-case, without user-info, path or query. */
  public static String of(URI url) {
    String scheme = url.getScheme() == null ? "?" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? "?" : url.getHost().toLowerCase(Locale.ROOT);
    return url.getPort() < 0 ? scheme + "://" + host : scheme + "://" + host + ":" + url.getPort();
  }

  /** The host of {@code url} in lower case, without IPv6 brackets or a trailing dot. */
  public static String host(URI url) {
    String host = url.getHost();
    if (host == null) {
      return "";
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
