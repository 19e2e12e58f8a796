package io.feedbackloop.examples.demo.shop;

import io.feedbackloop.core.contact.EmailAddress;
import io.feedbackloop.core.contact.PhoneNumber;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.delivery.Contact;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer of the simulated shop. {@code toString()} masks the address and number (through
 * {@link EmailAddress} and {@link PhoneNumber}).
 *
 * @param id the shop's customer id, such as {@code c-00042}; the respondent id in surveys
 * @param locale the preferred language: one of {@code en, sv, nl, pl, de}
 * @param region where the customer lives: {@code north, south, east, west}
 * @param tier the loyalty tier: {@code standard, silver, gold, platinum}
 * @param email the e-mail address (at {@code example.com})
 * @param phone the mobile number, with the country prefix of the language
 */
public record Customer(
    String id, Locale locale, String region, String tier, EmailAddress email, PhoneNumber phone) {

  /**
   * Checks that no part is null and the id is not blank.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the id is blank
   */
  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, but was '" + id + "'");
    }
  }

  /** The id as the surveys' respondent. */
  public RespondentId respondent() {
    return RespondentId.of(id);
  }

  /** The time zone of the customer's country (for quiet hours). */
  public ZoneId zone() {
    return switch (locale.getLanguage()) {
      case "en" -> ZoneId.of("Europe/London");
      case "sv" -> ZoneId.of("Europe/Stockholm");
      case "nl" -> ZoneId.of("Europe/Amsterdam");
      case "pl" -> ZoneId.of("Europe/Warsaw");
      default -> ZoneId.of("Europe/Berlin");
    };
  }

  /** What a contact directory would return for this customer: address, number, language, zone. */
  public Contact contact() {
    return new Contact(
        Optional.of(email), Optional.of(phone), Optional.of(locale), Optional.of(zone()));
  }
}
