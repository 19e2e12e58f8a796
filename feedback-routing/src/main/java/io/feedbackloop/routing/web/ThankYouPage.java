package io.feedbackloop.routing.web;

import io.feedbackloop.routing.internal.rules.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a respondent sees after answering: a title, a text and optionally one link, such as a
 * review or referral link for promoters. Plain text only; the page escapes it. Immutable.
 *
 * @param title the heading, 1-200 characters, not blank
 * @param text the paragraph under it, 1-2000 characters, not blank
 * @param linkLabel the text of the link, or null for no link
 * @param linkUrl the absolute {@code https} URL of the link, or null for no link
 */
public record ThankYouPage(String title, String text, @Nullable String linkLabel, @Nullable URI linkUrl) {
  /** The longest title. */
  public static final int MAX_TITLE = 200;

  /** The longest text. */
  public static final int MAX_TEXT = 2000;

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a text is blank or too long, only one of label and URL is
   *     given, or the URL is not an absolute https URL with a host
   * @throws NullPointerException if the title or text is null
   */
  public ThankYouPage {
    Checks.notBlank("title", title);
    Checks.check(title.length() <= MAX_TITLE, "title length", "<= " + MAX_TITLE, title.length());
    Checks.notBlank("text", text);
    Checks.check(text.length() <= MAX_TEXT, "text length", "<= " + MAX_TEXT, text.length());
    Checks.check(
        (linkLabel == null) == (linkUrl == null),
        "linkLabel and linkUrl",
        "both given or both null",
        linkLabel == null ? "only linkUrl" : "only linkLabel");
    if (linkLabel != null) {
      Checks.notBlank("linkLabel", linkLabel);
      Checks.check(linkLabel.length() <= MAX_TITLE, "linkLabel length", "<= " + MAX_TITLE, linkLabel.length());
    }
    if (linkUrl != null) {
      String scheme = linkUrl.getScheme();
      Checks.check(
          linkUrl.isAbsolute()
              && scheme != null
              && "https".equals(scheme.toLowerCase(Locale.ROOT))
              && linkUrl.getHost() != null,
          "linkUrl",
          "an absolute https URL with a host",
          linkUrl);
    }
  }

  /** A page without a link. */
  public static ThankYouPage of(String title, String text) {
    return new ThankYouPage(title, text, null, null);
  }

  /**
   * This page with a link.
   *
   * @throws IllegalArgumentException if the label is blank or the URL not an absolute https URL
   */
  public ThankYouPage withLink(String label, URI url) {
    return new ThankYouPage(title, text, Checks.notNull("label", label), Checks.notNull("url", url));
  }

  /** The link as label and URL, if the page has one. */
  public Optional<URI> link() {
    return Optional.ofNullable(linkUrl);
  }
}
