package io.feedbackloop.routing.delivery;

import io.feedbackloop.core.contact.EmailAddress;
import io.feedbackloop.core.contact.PhoneNumber;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link ContactDirectory} knows about a respondent: how to reach them and where they are.
 * Every part is optional. {@code toString()} masks the address and number.
 *
 * @param email the e-mail address, if known
 * @param phone the mobile number, if known
 * @param locale the preferred language, if known
 * @param zone the time zone (for quiet hours), if known
 */
public record Contact(
    Optional<EmailAddress> email,
    Optional<PhoneNumber> phone,
    Optional<Locale> locale,
    Optional<ZoneId> zone) {

  /** Checks that no part is null. */
  public Contact {
    Checks.notNull("email", email);
    Checks.notNull("phone", phone);
    Checks.notNull("locale", locale);
    Checks.notNull("zone", zone);
  }

  /** A contact with nothing known. */
  public static Contact empty() {
    return new Contact(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A contact with an e-mail address only. */
  public static Contact ofEmail(String email) {
    return empty().withEmail(email);
  }

  /** A contact with a phone number only. */
  public static Contact ofPhone(String phone) {
    return empty().withPhone(phone);
  }

  /** This contact with {@code email}. */
  public Contact withEmail(String email) {
    return new Contact(Optional.of(EmailAddress.of(email)), phone, locale, zone);
  }

  /** This contact with {@code phone}. */
  public Contact withPhone(String phone) {
    return new Contact(email, Optional.of(PhoneNumber.of(phone)), locale, zone);
  }

  /** This contact with {@code locale}. */
  public Contact withLocale(Locale locale) {
    return new Contact(email, phone, Optional.of(Checks.notNull("locale", locale)), zone);
  }

  /** This contact with {@code zone}. */
  public Contact withZone(ZoneId zone) {
    return new Contact(email, phone, locale, Optional.of(Checks.notNull("zone", zone)));
  }
}
