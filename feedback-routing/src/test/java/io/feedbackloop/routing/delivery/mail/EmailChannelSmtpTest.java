package io.feedbackloop.routing.delivery.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Against a real SMTP server (GreenMail on a free port): what arrives, and how failures map. */
class EmailChannelSmtpTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(true);

  private static final TenantId TENANT = TenantId.of("acme");
  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");

  private JakartaMailTransport transport(int port) {
    return JakartaMailTransport.builder().host("127.0.0.1").port(port).clock(clock).build();
  }

  private EmailChannel channel(ContactDirectory contacts) {
    return EmailChannel.builder()
        .transport(transport(SMTP.getSmtp().getPort()))
        .from("feedback@acme.example", "Kundtjänst Åre")
        .replyTo("support@acme.example")
        .contacts(contacts)
        .build();
  }

  private static Message.Builder swedish() {
    return MessageTemplate.builder("invitation")
        .subject(new Locale("sv"), "Hur gick leveransen, {{name}}? Svara på två frågor")
        .text(new Locale("sv"), "Hej {{name}}! Berätta här: {{link}}")
        .html(new Locale("sv"), "<p>Hej {{name}}! <a href=\"{{link}}\">Berätta här</a></p>")
        .build()
        .render(new Locale("sv"), Map.of("name", "Åsa Öberg", "link", "https://acme.example/s/1"))
        .tenant(TENANT)
        .header("List-Unsubscribe", "<https://acme.example/u/1>, <mailto:u@acme.example?subject=u1>")
        .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
  }

  @Test
  void aDeliveredMailHasSenderRecipientUtf8SubjectBothPartsAndTheListHeaders() throws Exception {
    Message message =
        swedish().recipient(Recipient.email("asa@kund.example")).idempotencyKey("inv-1").build();

    assertThat(channel(ContactDirectory.empty()).deliver(message)).isEqualTo(DeliveryResult.delivered());

    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = SMTP.getReceivedMessages()[0];
    InternetAddress from = (InternetAddress) received.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo("feedback@acme.example");
    assertThat(from.getPersonal()).isEqualTo("Kundtjänst Åre");
    assertThat(received.getAllRecipients()).extracting(Address::toString).containsExactly("asa@kund.example");
    assertThat(received.getReplyTo()).extracting(Address::toString).containsExactly("support@acme.example");
    assertThat(received.getSubject()).isEqualTo("Hur gick leveransen, Åsa Öberg? Svara på två frågor");
    assertThat(received.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    // A long header value is folded on the wire; unfolded it is the message's value.
    assertThat(MimeUtility.unfold(received.getHeader("List-Unsubscribe", null)))
        .isEqualTo("<https://acme.example/u/1>, <mailto:u@acme.example?subject=u1>");
    assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    assertThat(received.getMessageID()).matches("<fl\\.[0-9a-f]{40}@acme\\.example>");

    assertThat(received.getContentType()).startsWith("multipart/alternative");
    MimeMultipart parts = (MimeMultipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Hej Åsa Öberg! Berätta här: https://acme.example/s/1");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(parts.getBodyPart(1).getContent())
        .isEqualTo("<p>Hej Åsa Öberg! <a href=\"https://acme.example/s/1\">Berätta här</a></p>");
  }

  @Test
  void aResentMailCarriesTheSameMessageIdAndAnotherKeyAnotherOne() throws Exception {
    EmailChannel channel = channel(ContactDirectory.empty());
    Message message =
        swedish().recipient(Recipient.email("asa@kund.example")).idempotencyKey("inv-2").build();
    Message other = message.toBuilder().idempotencyKey("inv-3").build();

    assertThat(channel.deliver(message)).isEqualTo(DeliveryResult.delivered());
    clock.advance(java.time.Duration.ofMinutes(5));
    assertThat(channel.deliver(message)).isEqualTo(DeliveryResult.delivered());
    assertThat(channel.deliver(other)).isEqualTo(DeliveryResult.delivered());

    assertThat(SMTP.waitForIncomingEmail(5_000, 3)).isTrue();
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
    assertThat(received[2].getMessageID()).isNotEqualTo(received[0].getMessageID());
  }

  @Test
  void aRespondentIsResolvedThroughTheDirectoryAtSendTime() throws Exception {
    ContactDirectory directory = ContactDirectory.of(Map.of("cust-42", Contact.ofEmail("c42@kund.example")));
    Message message =
        Message.builder()
            .tenant(TENANT)
            .recipient(Recipient.respondent("cust-42"))
            .idempotencyKey("inv-4")
            .subject("Tack")
            .text("Tack för ditt svar")
            .build();

    assertThat(channel(directory).deliver(message)).isEqualTo(DeliveryResult.delivered());

    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = SMTP.getReceivedMessages()[0];
    assertThat(received.getAllRecipients()).extracting(Address::toString).containsExactly("c42@kund.example");
    assertThat(received.getContentType()).startsWith("text/plain");
    assertThat(received.getContent()).isEqualTo("Tack för ditt svar");
  }

  @Test
  void lineBreaksInASubjectValueCannotAddAHeaderOrARecipient() throws Exception {
    Message message =
        MessageTemplate.builder("t")
            .subject(Locale.ENGLISH, "Hello {{name}}")
            .text(Locale.ENGLISH, "Body")
            .build()
            .render(Locale.ENGLISH, Map.of("name", "Eve\r\nBcc: victim@evil.example\r\nX-Injected: yes"))
            .tenant(TENANT)
            .recipient(Recipient.email("asa@kund.example"))
            .idempotencyKey("inv-5")
            .build();

    assertThat(channel(ContactDirectory.empty()).deliver(message)).isEqualTo(DeliveryResult.delivered());

    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getHeader("X-Injected")).isNull();
    assertThat(received[0].getHeader("Bcc")).isNull();
    assertThat(received[0].getAllRecipients()).extracting(Address::toString).containsExactly("asa@kund.example");
    assertThat(received[0].getSubject()).isEqualTo("Hello Eve  Bcc: victim@evil.example  X-Injected: yes");
  }

  @Test
  void aServerThatIsDownMakesTheAttemptRetryable() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    EmailChannel channel =
        EmailChannel.builder().transport(transport(closedPort)).from("feedback@acme.example").build();
    Message message = swedish().recipient(Recipient.email("asa@kund.example")).idempotencyKey("inv-6").build();

    DeliveryResult result = channel.deliver(message);

    assertThat(result).isInstanceOf(DeliveryResult.Retryable.class);
    assertThat(result.describe())
        .startsWith("retryable: SMTP connection failed before the content was sent (")
        .doesNotContain("asa@");
  }

  @Test
  void aStoppedServerMakesTheAttemptRetryable() {
    EmailChannel channel = channel(ContactDirectory.empty());
    SMTP.stop();
    Message message = swedish().recipient(Recipient.email("asa@kund.example")).idempotencyKey("inv-7").build();

    assertThat(channel.deliver(message)).isInstanceOf(DeliveryResult.Retryable.class);
  }
}
