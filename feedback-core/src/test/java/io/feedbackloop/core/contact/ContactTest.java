package io.feedbackloop.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import org.junit.jupiter.api.Test;

class ContactTest {

  @Test
  void emailMasksItselfAndLowerCasesTheDomain() {
    EmailAddress email = EmailAddress.of("Jane.Doe@Example.COM");
    assertThat(email.value()).isEqualTo("Jane.Doe@example.com");
    assertThat(email.domain()).isEqualTo("example.com");
    assertThat(email).hasToString("J***@e***.com");
    assertThat(EmailAddress.of("j@mail.example.co.uk")).hasToString("j***@m***.uk");
  }

  @Test
  void badEmailIsRefusedWithoutQuotingIt() {
    for (String bad : new String[] {"jane", "@example.com", "jane@", "jane@com", "a@b@c.se", "jane doe@example.com", "jane@example."}) {
      assertThatThrownBy(() -> EmailAddress.of(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("email must look like name@domain.tld, but was a " + bad.length() + "-character value")
          .hasMessageNotContaining(bad);
    }
  }

  @Test
  void phoneNormalizesAndMasks() {
    PhoneNumber phone = PhoneNumber.of("+46 70-123 45 67");
    assertThat(phone.value()).isEqualTo("+46701234567");
    assertThat(phone).hasToString("+46*******67");
    assertThat(PhoneNumber.of("+48 (22) 123 4567").value()).isEqualTo("+48221234567");
  }

  @Test
  void badPhoneIsRefusedWithoutQuotingIt() {
    for (String bad : new String[] {"0701234567", "+0701234567", "+4670", "+46 70 123 45 67 89 01 2", "+46abc12345"}) {
      assertThatThrownBy(() -> PhoneNumber.of(bad))
          .as(bad)
          .hasMessageStartingWith("phone must be in E.164 form")
          .hasMessageNotContaining(bad.replaceAll("[\\s().-]", ""));
    }
  }

  @Test
  void tenantIdsAreIdentifiers() {
    assertThat(TenantId.of("acme-eu.1")).hasToString("acme-eu.1");
    assertThatThrownBy(() -> TenantId.of(""))
        .hasMessageStartingWith("tenant must be 1-64 characters");
    assertThatThrownBy(() -> TenantId.of("x".repeat(65)))
        .hasMessageStartingWith("tenant must be 1-64 characters");
    assertThatThrownBy(() -> TenantId.of("-acme")).hasMessageEndingWith("but was '-acme'");
  }
}
