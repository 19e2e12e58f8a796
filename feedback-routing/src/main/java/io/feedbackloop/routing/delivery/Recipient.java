package io.feedbackloop.routing.delivery;

import io.feedbackloop.core.contact.EmailAddress;
import io.feedbackloop.core.contact.PhoneNumber;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.rules.Checks;

/**
 * Who a {@link Message} goes to. A {@link Respondent} is resolved to an address through a {@link
 * ContactDirectory} at send time (the SDK then stores no address at all); {@link Email} and {@link
 * Phone} carry the address; a {@link Team} names an internal destination (a Slack or Teams channel,
 * a webhook receiver) that the channel itself knows. {@code toString()} never prints an address.
 */
public sealed interface Recipient {

  /** A respondent, resolved through a {@link ContactDirectory} when the message is sent. */
  static Recipient respondent(String respondentId) {
    return new Respondent(RespondentId.of(respondentId));
  }

  /** An e-mail address. */
  static Recipient email(String address) {
    return new Email(EmailAddress.of(address));
  }

  /** A phone number (E.164). */
  static Recipient phone(String number) {
    return new Phone(PhoneNumber.of(number));
  }

  /** An internal team destination. */
  static Recipient team(String team) {
    return new Team(team);
  }

  /**
   * A respondent whose address is looked up at send time.
   *
   * @param id the respondent
   */
  record Respondent(RespondentId id) implements Recipient {
    /** Checks the id. */
    public Respondent {
      Checks.notNull("respondent", id);
    }
  }

  /**
   * An e-mail address (masked in {@code toString()}).
   *
   * @param address the address
   */
  record Email(EmailAddress address) implements Recipient {
    /** Checks the address. */
    public Email {
      Checks.notNull("email", address);
    }
  }

  /**
   * A phone number (masked in {@code toString()}).
   *
   * @param number the number
   */
  record Phone(PhoneNumber number) implements Recipient {
    /** Checks the number. */
    public Phone {
      Checks.notNull("phone", number);
    }
  }

  /**
   * An internal destination: a team whose Slack, Teams or webhook endpoint the channel knows.
   *
   * @param name the team name, an identifier
   */
  record Team(String name) implements Recipient {
    /** Checks the name. */
    public Team {
      Checks.identifier("team", name);
    }
  }
}
