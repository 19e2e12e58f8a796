package io.feedbackloop.routing.internal.web;

import io.feedbackloop.routing.internal.template.Html;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.scoring.Category;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Writes a thank-you page and, for a negative answer, the promise of contact with its due time. */
public final class ThankYouView {
  private ThankYouView() {}

  /**
   * The complete page.
   *
   * @param linkLabel the link text, or null for no link
   * @param linkUrl the https link, or null for no link
   * @param contact the sentence about contact (negative answers only), or null
   */
  public static String render(
      Locale language,
      String title,
      String text,
      @Nullable String linkLabel,
      @Nullable URI linkUrl,
      @Nullable String contact) {
    StringBuilder main = new StringBuilder(512).append("<h1>");
    Html.escape(title, main).append("</h1>\n<p>");
    Html.escape(text, main).append("</p>\n");
    if (contact != null) {
      Html.escape(contact, main.append("<p id=\"contact\">")).append("</p>\n");
    }
    if (linkLabel != null && linkUrl != null) {
      main.append("<p><a href=\"");
      Html.escape(linkUrl.toASCIIString(), main).append("\" rel=\"noopener noreferrer\">");
      Html.escape(linkLabel, main).append("</a></p>\n");
    }
    return PageShell.page(language, title, main, false);
  }

  /** The sentence about contact for a negative answer: with the due time if there is one. */
  public static String contact(Category category, Optional<Instant> due, ZoneId zone, Locale language) {
    if (category != Category.NEGATIVE) {
      throw new IllegalArgumentException("category must be NEGATIVE, but was " + category);
    }
    return due.map(d -> PageText.CONTACT_BY.in(language, "due", formatDue(d, zone, language)))
        .orElseGet(() -> PageText.CONTACT_SOON.in(language));
  }

  /** The earliest first-contact due time of {@code cases}, if any has one. */
  public static Optional<Instant> earliestDue(Collection<FollowUpCase> cases) {
    Instant earliest = null;
    for (FollowUpCase c : cases) {
      Optional<Instant> due = c.firstContactDue();
      if (due.isPresent() && (earliest == null || due.get().isBefore(earliest))) {
        earliest = due.get();
      }
    }
    return Optional.ofNullable(earliest);
  }

  /**
   * A due time as people in {@code language} write it, with the zone's short name so that it is
   * not misread when the zone is a guess: e.g. {@code March 3, 2026 at 10:00 AM (CET)}.
   */
  public static String formatDue(Instant due, ZoneId zone, Locale language) {
    java.time.ZonedDateTime at = due.atZone(zone);
    String when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(language)
            .format(at);
    return when + " (" + DateTimeFormatter.ofPattern("zzz", language).format(at) + ")";
  }
}
