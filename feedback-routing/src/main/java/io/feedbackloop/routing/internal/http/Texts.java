package io.feedbackloop.routing.internal.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Text helpers for the chat payloads: Slack escaping, length limits, link checks. */
public final class Texts {
  private static final String ELLIPSIS = "…";

  private Texts() {}

  /**
   * {@code text} escaped for Slack mrkdwn ({@code &}, {@code <}, {@code >} as entities), so that
   * user text cannot form links, mentions such as {@code <!channel>} or markup; cut (with an
   * ellipsis) to at most {@code max} characters after escaping, never inside an entity or a
   * surrogate pair.
   */
  public static String slackEscape(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length() + 16, max));
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String piece =
          switch (cp) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> new String(Character.toChars(cp));
          };
      i += Character.charCount(cp);
      boolean last = i >= text.length();
      int room = max - out.length() - (last ? 0 : ELLIPSIS.length());
      if (piece.length() > room) {
        return out.append(ELLIPSIS).toString();
      }
      out.append(piece);
    }
    return out.toString();
  }

  /** {@code text} cut to at most {@code max} characters, the last being an ellipsis if cut. */
  public static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - ELLIPSIS.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
  }

  /**
   * {@code value} as a link target if it is an absolute http(s) URL with a host and nothing that
   * could break out of a Slack link ({@code | < >} or whitespace); otherwise empty.
   */
  public static Optional<URI> link(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == '|' || c == '<' || c == '>' || c == '"' || c > '~') {
        return Optional.empty();
      }
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("https") || scheme.equals("http");
      return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
