package io.feedbackloop.examples.web;

import io.feedbackloop.routing.delivery.Contact;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A made-up customer of the demo shop, with the language and time zone the survey page and the
 * detractor's thank-you page use.
 *
 * @param id the respondent id
 * @param name a first name for the index page
 * @param language the preferred language
 * @param zone the time zone
 */
public record DemoRespondent(String id, String name, Locale language, ZoneId zone) {

  /** The demo's customers: one per language the survey templates speak. */
  public static final List<DemoRespondent> ALL =
      List.of(
          of("customer-en", "Emma", "en", "Europe/London"),
          of("customer-pl", "Piotr", "pl", "Europe/Warsaw"),
          of("customer-sv", "Sara", "sv", "Europe/Stockholm"),
          of("customer-de", "Lena", "de", "Europe/Berlin"),
          of("customer-nl", "Daan", "nl", "America/Curacao"));

  /** Checks the parts. */
  public DemoRespondent {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(language, "language must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
  }

  private static DemoRespondent of(String id, String name, String language, String zone) {
    return new DemoRespondent(id, name, Locale.forLanguageTag(language), ZoneId.of(zone));
  }

  /** The respondent of the demo with {@code language}. */
  public static DemoRespondent speaking(String languageTag) {
    for (DemoRespondent r : ALL) {
      if (r.language.toLanguageTag().equals(languageTag)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "languageTag must be one of en, pl, sv, de, nl, but was '" + languageTag + "'");
  }

  /** The contact the demo's directory knows: a reserved example address, language and zone. */
  Contact contact() {
    return Contact.ofEmail(id + "@example.com").withLocale(language).withZone(zone);
  }
}
