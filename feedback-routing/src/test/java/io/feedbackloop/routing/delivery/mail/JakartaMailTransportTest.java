package io.feedbackloop.routing.delivery.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.contact.EmailAddress;
import io.feedbackloop.routing.delivery.DeliveryResult;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** SMTP replies GreenMail cannot give, from a scripted server on a real socket. */
class JakartaMailTransportTest {
  private static final OutgoingMail MAIL =
      new OutgoingMail(
          EmailAddress.of("feedback@acme.example"),
          Optional.empty(),
          EmailAddress.of("asa@kund.example"),
          Optional.empty(),
          "Subject",
          "Text",
          Optional.empty(),
          Map.of(),
          "<fl.1@acme.example>");

  private static DeliveryResult sendWith(Map<String, String> script) throws Exception {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script)) {
      return JakartaMailTransport.builder()
          .host("127.0.0.1")
          .port(server.port())
          .readTimeout(Duration.ofMillis(500))
          .build()
          .send(MAIL);
    }
  }

  @Test
  void anAcceptedMailIsDelivered() throws Exception {
    assertThat(sendWith(Map.of())).isEqualTo(DeliveryResult.delivered());
  }

  @Test
  void aPermanentRecipientRejectionIsPermanentAndDoesNotQuoteTheServer() throws Exception {
    DeliveryResult result = sendWith(Map.of("RCPT", "550 5.1.1 <asa@kund.example> no such user"));
    assertThat(result).isEqualTo(DeliveryResult.permanent("SMTP server rejected the mail at RCPT with 550"));
  }

  @Test
  void aTransientRecipientRejectionIsRetryable() throws Exception {
    assertThat(sendWith(Map.of("RCPT", "450 4.2.0 mailbox busy")))
        .isEqualTo(DeliveryResult.retryable("SMTP server deferred the mail at RCPT with 450"));
  }

  @Test
  void aRejectedSenderIsClassifiedByItsCode() throws Exception {
    assertThat(sendWith(Map.of("MAIL", "421 4.7.0 try later")))
        .isInstanceOf(DeliveryResult.Retryable.class)
        .extracting(DeliveryResult::describe)
        .asString()
        .contains("with 421");
    assertThat(sendWith(Map.of("MAIL", "553 sender not allowed")))
        .isInstanceOf(DeliveryResult.Permanent.class)
        .extracting(DeliveryResult::describe)
        .asString()
        .contains("with 553");
  }

  @Test
  void aRejectionOfTheContentIsPermanentOrRetryableByCode() throws Exception {
    assertThat(sendWith(Map.of(".", "554 5.7.1 spam")))
        .isEqualTo(DeliveryResult.permanent("SMTP server rejected the mail after DATA with 554"));
    assertThat(sendWith(Map.of(".", "451 4.3.0 local error")))
        .isEqualTo(DeliveryResult.retryable("SMTP server deferred the mail after DATA with 451"));
  }

  @Test
  void aRefusedDataCommandIsRetryableOrPermanentBeforeTheContent() throws Exception {
    assertThat(sendWith(Map.of("DATA", "451 not now")))
        .isEqualTo(DeliveryResult.retryable("SMTP server deferred the mail before DATA with 451"));
  }

  @Test
  void aConnectionLostAfterTheContentWasSentIsAmbiguous() throws Exception {
    assertThat(sendWith(Map.of(".", ScriptedSmtpServer.HANG_UP)))
        .isInstanceOf(DeliveryResult.Ambiguous.class)
        .extracting(DeliveryResult::describe)
        .asString()
        .startsWith("ambiguous: SMTP connection failed after the content was sent (");
  }

  @Test
  void noAnswerAfterTheContentWasSentIsAmbiguous() throws Exception {
    assertThat(sendWith(Map.of(".", ScriptedSmtpServer.SILENCE)))
        .isInstanceOf(DeliveryResult.Ambiguous.class);
  }

  @Test
  void noAnswerBeforeDataIsRetryable() throws Exception {
    assertThat(sendWith(Map.of("RCPT", ScriptedSmtpServer.SILENCE)))
        .isInstanceOf(DeliveryResult.Retryable.class)
        .extracting(DeliveryResult::describe)
        .asString()
        .startsWith("retryable: SMTP connection failed before the content was sent (");
  }

  @Test
  void aServerThatHangsUpAtOnceIsRetryable() throws Exception {
    assertThat(sendWith(Map.of("EHLO", ScriptedSmtpServer.HANG_UP, "HELO", ScriptedSmtpServer.HANG_UP)))
        .isInstanceOf(DeliveryResult.Retryable.class);
  }

  @Test
  @SuppressWarnings("NullAway")
  void theBuilderChecksItsArguments() {
    assertThatThrownBy(() -> JakartaMailTransport.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("host must not be null");
    assertThatThrownBy(() -> JakartaMailTransport.builder().port(0))
        .hasMessage("port must be 1-65535, but was 0");
    assertThatThrownBy(() -> JakartaMailTransport.builder().connectTimeout(Duration.ZERO))
        .hasMessage("connectTimeout must be > 0, but was PT0S");
    assertThatThrownBy(() -> JakartaMailTransport.builder().readTimeout(Duration.ofSeconds(-1)))
        .hasMessage("readTimeout must be > 0, but was PT-1S");
    assertThatThrownBy(() -> JakartaMailTransport.builder().host(" "))
        .hasMessage("host must not be blank, but was ' '");
    assertThatThrownBy(
            () -> JakartaMailTransport.builder().host("h").startTls(true).implicitTls(true).build())
        .hasMessage("startTls and implicitTls must be not both on, but was both on");
    assertThatThrownBy(() -> JakartaMailTransport.builder().credentials("", "p"))
        .hasMessage("username must not be blank, but was ''");
    assertThat(
            JakartaMailTransport.builder()
                .host("smtp.example.com")
                .port(587)
                .startTls(true)
                .credentials("u", "secret")
                .properties(new Properties())
                .build())
        .hasToString("JakartaMailTransport[smtp://smtp.example.com:587, STARTTLS]");
  }
}
