package io.feedbackloop.routing.delivery.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.contact.EmailAddress;
import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The channel's own decisions, with a recording transport (its SPI; SMTP is tested elsewhere). */
class EmailChannelTest {
  private static final TenantId ACME = TenantId.of("acme");
  private final List<OutgoingMail> sent = new ArrayList<>();
  private final MailTransport recording =
      mail -> {
        sent.add(mail);
        return DeliveryResult.delivered();
      };

  private EmailChannel channel(MailTransport transport, ContactDirectory contacts) {
    return EmailChannel.builder()
        .transport(transport)
        .from("feedback@acme.example")
        .contacts(contacts)
        .build();
  }

  private static Message.Builder message(Recipient to) {
    return Message.builder()
        .tenant(ACME)
        .recipient(to)
        .idempotencyKey("k-1")
        .subject("Subject")
        .text("Text")
        .html("<p>Text</p>");
  }

  @Test
  void buildsTheMailFromTheMessage() {
    EmailChannel channel =
        EmailChannel.builder()
            .transport(recording)
            .from("feedback@acme.example", "Acme Kundtjänst")
            .replyTo("help@acme.example")
            .build();
    Message m =
        message(Recipient.email("jane@kund.example")).header("List-Unsubscribe", "<https://u>").build();

    assertThat(channel.deliver(m)).isEqualTo(DeliveryResult.delivered());

    OutgoingMail mail = sent.get(0);
    assertThat(mail.from()).isEqualTo(EmailAddress.of("feedback@acme.example"));
    assertThat(mail.fromName()).contains("Acme Kundtjänst");
    assertThat(mail.to()).isEqualTo(EmailAddress.of("jane@kund.example"));
    assertThat(mail.replyTo()).contains(EmailAddress.of("help@acme.example"));
    assertThat(mail.subject()).isEqualTo("Subject");
    assertThat(mail.text()).isEqualTo("Text");
    assertThat(mail.html()).contains("<p>Text</p>");
    assertThat(mail.headers()).containsExactly(Map.entry("List-Unsubscribe", "<https://u>"));
    assertThat(mail.messageId()).startsWith("<fl.").endsWith("@acme.example>");
    assertThat(mail.toString()).doesNotContain("jane").contains(mail.messageId());
  }

  @Test
  void theMessageIdDependsOnTenantAndKeyOnly() {
    EmailChannel channel = channel(recording, ContactDirectory.empty());
    Message m = message(Recipient.email("jane@kund.example")).build();
    channel.deliver(m);
    channel.deliver(m.toBuilder().text("changed").build());
    channel.deliver(m.toBuilder().idempotencyKey("k-2").build());
    channel.deliver(m.toBuilder().tenant(TenantId.of("other")).build());
    assertThat(sent.get(1).messageId()).isEqualTo(sent.get(0).messageId());
    assertThat(sent.get(2).messageId()).isNotEqualTo(sent.get(0).messageId());
    assertThat(sent.get(3).messageId()).isNotEqualTo(sent.get(0).messageId()).isNotEqualTo(sent.get(2).messageId());
    assertThat(sent.get(0).messageId()).doesNotContain("k-1");
  }

  @Test
  void aRespondentIsLookedUpInTheTenantAtSendTime() {
    List<String> lookups = new ArrayList<>();
    ContactDirectory directory =
        (tenant, respondent) -> {
          lookups.add(tenant.value() + "/" + respondent.value());
          return Optional.of(Contact.ofEmail("r7@kund.example"));
        };
    assertThat(channel(recording, directory).deliver(message(Recipient.respondent("r-7")).build()))
        .isEqualTo(DeliveryResult.delivered());
    assertThat(lookups).containsExactly("acme/r-7");
    assertThat(sent.get(0).to().value()).isEqualTo("r7@kund.example");
  }

  @Test
  void anUnknownRespondentOrOneWithoutEmailFailsPermanentlyNamingTheIdOnly() {
    ContactDirectory directory = ContactDirectory.of(Map.of("phone-only", Contact.ofPhone("+46701234567")));
    EmailChannel channel = channel(recording, directory);
    assertThat(channel.deliver(message(Recipient.respondent("ghost")).build()))
        .isEqualTo(DeliveryResult.permanent("respondent ghost is unknown to the contact directory"));
    assertThat(channel.deliver(message(Recipient.respondent("phone-only")).build()))
        .isEqualTo(DeliveryResult.permanent("respondent phone-only has no e-mail address"));
    assertThat(sent).isEmpty();
  }

  @Test
  void aDirectoryThatThrowsMakesTheAttemptRetryable() {
    ContactDirectory broken =
        (tenant, respondent) -> {
          throw new IllegalStateException("db down for jane@kund.example");
        };
    DeliveryResult result = channel(recording, broken).deliver(message(Recipient.respondent("r-1")).build());
    assertThat(result)
        .isEqualTo(DeliveryResult.retryable("contact directory failed for respondent r-1 (IllegalStateException)"));
    assertThat(sent).isEmpty();
  }

  @Test
  void phoneAndTeamRecipientsAreNotForEmail() {
    EmailChannel channel = channel(recording, ContactDirectory.empty());
    assertThat(channel.deliver(message(Recipient.phone("+46701234567")).build()))
        .isEqualTo(DeliveryResult.permanent("an e-mail channel cannot deliver to a recipient of kind phone"));
    assertThat(channel.deliver(message(Recipient.team("support")).build()))
        .isEqualTo(DeliveryResult.permanent("an e-mail channel cannot deliver to a recipient of kind team"));
  }

  @Test
  void aHeaderTheTransportSetsItselfFailsPermanently() {
    EmailChannel channel = channel(recording, ContactDirectory.empty());
    for (String name : new String[] {"Bcc", "cc", "From", "Content-Type", "Message-ID", "Resent-To"}) {
      assertThat(channel.deliver(message(Recipient.email("j@kund.example")).header(name, "x@evil.example").build()))
          .as(name)
          .isEqualTo(
              DeliveryResult.permanent(
                  "the message cannot be sent as e-mail: header name must be a field the transport"
                      + " does not set itself, but was '" + name + "'"));
    }
    assertThat(sent).isEmpty();
  }

  @Test
  void aTransportThatThrowsOrReturnsNothingIsRetryable() {
    MailTransport throwing =
        mail -> {
          throw new IllegalStateException("boom for " + mail.to().value());
        };
    assertThat(channel(throwing, ContactDirectory.empty()).deliver(message(Recipient.email("j@kund.example")).build()))
        .isEqualTo(DeliveryResult.retryable("mail transport threw IllegalStateException"));
    @SuppressWarnings("NullAway")
    MailTransport returningNull = mail -> null;
    assertThat(channel(returningNull, ContactDirectory.empty()).deliver(message(Recipient.email("j@kund.example")).build()))
        .isEqualTo(DeliveryResult.retryable("mail transport returned no result"));
  }

  @Test
  void theTransportsResultIsPassedOn() {
    MailTransport rejecting = mail -> DeliveryResult.permanent("SMTP server rejected the mail at RCPT with 550");
    assertThat(channel(rejecting, ContactDirectory.empty()).deliver(message(Recipient.email("j@kund.example")).build()))
        .isEqualTo(DeliveryResult.permanent("SMTP server rejected the mail at RCPT with 550"));
    assertThat(MailTransport.noop().send(sent.isEmpty() ? mail() : sent.get(0))).isEqualTo(DeliveryResult.delivered());
  }

  @Test
  @SuppressWarnings("NullAway")
  void theBuilderChecksItsArguments() {
    assertThatThrownBy(() -> EmailChannel.builder().from("feedback@acme.example").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("transport must not be null");
    assertThatThrownBy(() -> EmailChannel.builder().transport(recording).build())
        .hasMessage("from must not be null");
    assertThatThrownBy(() -> EmailChannel.builder().from("not-an-address"))
        .hasMessageStartingWith("email must look like name@domain.tld");
    assertThatThrownBy(() -> EmailChannel.builder().from("a@acme.example", "Evil\r\nBcc: x"))
        .hasMessage("displayName must be a single line, but was a value with a line break");
    assertThatThrownBy(() -> EmailChannel.builder().contacts(null)).hasMessage("contacts must not be null");
    assertThat(channel(MailTransport.noop(), ContactDirectory.empty()).toString()).startsWith("EmailChannel[");
  }

  @Test
  void outgoingMailChecksItsParts() {
    assertThatThrownBy(() -> mailWith("Line\nbreak", Map.of(), "<a@b.c>"))
        .hasMessage("subject must be a single line, but was a value with a line break");
    assertThatThrownBy(() -> mailWith("s", Map.of("X-Ok", "a\r\nBcc: x"), "<a@b.c>"))
        .hasMessage("header X-Ok must be a single line, but was a value with a line break");
    assertThatThrownBy(() -> mailWith("s", Map.of("Bad Name", "v"), "<a@b.c>"))
        .hasMessage("header name must be printable ASCII without ':' or spaces, but was 'Bad Name'");
    assertThatThrownBy(() -> mailWith("s", Map.of("BCC", "v"), "<a@b.c>"))
        .hasMessage("header name must be a field the transport does not set itself, but was 'BCC'");
    for (String bad : new String[] {"a@b.c", "<ab.c>", "<@b.c>", "<a@>", "<a b@c.d>", "<a@b@c>", "<a@b>c>"}) {
      assertThatThrownBy(() -> mailWith("s", Map.of(), bad))
          .as(bad)
          .hasMessage("messageId must be <left@right> in printable ASCII, but was '" + bad + "'");
    }
    assertThat(mailWith("s", Map.of("X-Ok", "v"), "<a@b.c>").headers()).containsEntry("X-Ok", "v");
  }

  private static OutgoingMail mailWith(String subject, Map<String, String> headers, String id) {
    return new OutgoingMail(
        EmailAddress.of("a@acme.example"), Optional.empty(), EmailAddress.of("b@kund.example"),
        Optional.empty(), subject, "t", Optional.empty(), headers, id);
  }

  private static OutgoingMail mail() {
    return mailWith("s", Map.of(), "<a@b.c>");
  }
}
