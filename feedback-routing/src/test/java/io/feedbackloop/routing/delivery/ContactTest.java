package io.feedbackloop.routing.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.contact.EmailAddress;
import io.feedbackloop.core.contact.PhoneNumber;
import io.feedbackloop.core.response.RespondentId;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactTest {

  @Test
  void withersAddOnePartEach() {
    Contact c =
        Contact.ofEmail("ana@example.com")
            .withPhone("+46701234567")
            .withLocale(Locale.forLanguageTag("sv"))
            .withZone(ZoneId.of("Europe/Stockholm"));

    assertThat(c.email()).contains(EmailAddress.of("ana@example.com"));
    assertThat(c.phone()).contains(PhoneNumber.of("+46701234567"));
    assertThat(c.locale()).contains(Locale.forLanguageTag("sv"));
    assertThat(c.zone()).contains(ZoneId.of("Europe/Stockholm"));
    assertThat(Contact.ofPhone("+46701234567").email()).isEmpty();
    assertThat(Contact.ofPhone("+46701234567").phone()).isPresent();
    assertThat(Contact.empty()).isEqualTo(new Contact(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void toStringMasksAddressAndNumber() {
    assertThat(Contact.ofEmail("ana.berg@example.com").withPhone("+46701234567").toString())
        .doesNotContain("ana.berg")
        .doesNotContain("701234567");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullPartsAreRefused() {
    assertThatThrownBy(() -> new Contact(null, Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessage("email must not be null");
    assertThatThrownBy(() -> new Contact(Optional.empty(), null, Optional.empty(), Optional.empty()))
        .hasMessage("phone must not be null");
    assertThatThrownBy(() -> new Contact(Optional.empty(), Optional.empty(), null, Optional.empty()))
        .hasMessage("locale must not be null");
    assertThatThrownBy(() -> new Contact(Optional.empty(), Optional.empty(), Optional.empty(), null))
        .hasMessage("zone must not be null");
  }

  @Test
  void fixedAndEmptyDirectories() {
    ContactDirectory directory = ContactDirectory.of(Map.of("c-1", Contact.ofEmail("a@example.com")));
    TenantId tenant = TenantId.of("t");

    assertThat(directory.find(tenant, RespondentId.of("c-1")))
        .contains(Contact.ofEmail("a@example.com"));
    assertThat(directory.find(tenant, RespondentId.of("c-2"))).isEmpty();
    assertThat(ContactDirectory.empty().find(tenant, RespondentId.of("c-1"))).isEmpty();
  }

  @Test
  void recipientsValidateTheirParts() {
    assertThat(Recipient.respondent("c-1")).isEqualTo(new Recipient.Respondent(RespondentId.of("c-1")));
    assertThat(Recipient.email("a@example.com"))
        .isEqualTo(new Recipient.Email(EmailAddress.of("a@example.com")));
    assertThat(Recipient.phone("+46701234567"))
        .isEqualTo(new Recipient.Phone(PhoneNumber.of("+46701234567")));
    assertThat(Recipient.team("support")).isEqualTo(new Recipient.Team("support"));
    assertThatThrownBy(() -> Recipient.team("no spaces"))
        .hasMessageStartingWith("team must be 1-64 characters");
  }
}
