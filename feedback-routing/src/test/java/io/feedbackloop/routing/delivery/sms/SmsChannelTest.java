package io.feedbackloop.routing.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.contact.PhoneNumber;
import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a recording gateway: the SPI's real implementations are the host's. */
class SmsChannelTest {
  private static final TenantId ACME = TenantId.of("acme");
  private final List<SmsMessage> sent = new ArrayList<>();
  private final SmsGateway recording =
      sms -> {
        sent.add(sms);
        return DeliveryResult.delivered("sms-" + sent.size());
      };

  private SmsChannel.Builder channel() {
    return SmsChannel.builder().gateway(recording).senderId("Acme");
  }

  private static Message message(Recipient to, String text) {
    return Message.builder()
        .tenant(ACME)
        .recipient(to)
        .idempotencyKey("k-1")
        .subject("not sent")
        .text(text)
        .html("<p>not sent</p>")
        .build();
  }

  @Test
  void sendsThePlainTextToAPhoneRecipient() {
    DeliveryResult result =
        channel().build().deliver(message(Recipient.phone("+46 70-123 45 67"), "Hej Åsa! Svara: https://a.example/s/1"));
    assertThat(result).isEqualTo(DeliveryResult.delivered("sms-1"));
    assertThat(sent)
        .containsExactly(
            new SmsMessage(PhoneNumber.of("+46701234567"), "Hej Åsa! Svara: https://a.example/s/1", "k-1", "Acme"));
    assertThat(sent.get(0).toString())
        .isEqualTo("SmsMessage[key=k-1, to=+46*******67, length=37]")
        .doesNotContain("Hej");
  }

  @Test
  void aRespondentIsResolvedThroughTheDirectory() {
    ContactDirectory directory =
        ContactDirectory.of(
            Map.of("r-1", Contact.ofPhone("+46701234567"), "mail-only", Contact.ofEmail("m@kund.example")));
    SmsChannel channel = channel().contacts(directory).build();
    assertThat(channel.deliver(message(Recipient.respondent("r-1"), "Hej"))).isEqualTo(DeliveryResult.delivered("sms-1"));
    assertThat(sent.get(0).to().value()).isEqualTo("+46701234567");
    assertThat(channel.deliver(message(Recipient.respondent("mail-only"), "Hej")))
        .isEqualTo(DeliveryResult.permanent("respondent mail-only has no phone number"));
    assertThat(channel.deliver(message(Recipient.respondent("ghost"), "Hej")))
        .isEqualTo(DeliveryResult.permanent("respondent ghost is unknown to the contact directory"));
    assertThat(sent).hasSize(1);
  }

  @Test
  void aDirectoryThatThrowsMakesTheAttemptRetryable() {
    ContactDirectory broken =
        (tenant, respondent) -> {
          throw new IllegalStateException("+46701234567 lookup failed");
        };
    assertThat(channel().contacts(broken).build().deliver(message(Recipient.respondent("r-1"), "Hej")))
        .isEqualTo(DeliveryResult.retryable("contact directory failed for respondent r-1 (IllegalStateException)"));
  }

  @Test
  void emailAndTeamRecipientsAreNotForSms() {
    SmsChannel channel = channel().build();
    assertThat(channel.deliver(message(Recipient.email("a@kund.example"), "Hej")))
        .isEqualTo(DeliveryResult.permanent("an SMS channel cannot deliver to a recipient of kind email"));
    assertThat(channel.deliver(message(Recipient.team("support"), "Hej")))
        .isEqualTo(DeliveryResult.permanent("an SMS channel cannot deliver to a recipient of kind team"));
    assertThat(sent).isEmpty();
  }

  @Test
  void aTooLongTextIsRefusedByDefault() {
    String fits = "å".repeat(459);
    String tooLong = "å".repeat(460);
    SmsChannel channel = channel().build();
    assertThat(channel.deliver(message(Recipient.phone("+46701234567"), fits))).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(channel.deliver(message(Recipient.phone("+46701234567"), tooLong)))
        .isEqualTo(DeliveryResult.permanent("the text needs 4 SMS segments, more than the 3 allowed"));
    assertThat(channel.deliver(message(Recipient.phone("+46701234567"), "ж".repeat(202))))
        .as("Unicode texts have 67-character segments")
        .isEqualTo(DeliveryResult.permanent("the text needs 4 SMS segments, more than the 3 allowed"));
    assertThat(sent).hasSize(1);
  }

  @Test
  void theLimitIsConfigurableAndTruncationOptional() {
    SmsChannel one = channel().maxSegments(1).build();
    assertThat(one.deliver(message(Recipient.phone("+46701234567"), "x".repeat(161))))
        .isEqualTo(DeliveryResult.permanent("the text needs 2 SMS segments, more than the 1 allowed"));
    SmsChannel truncating = channel().maxSegments(1).truncate(true).build();
    assertThat(truncating.deliver(message(Recipient.phone("+46701234567"), "x".repeat(200))))
        .isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(sent.get(0).text()).isEqualTo("x".repeat(157) + "...");
    assertThat(truncating).hasToString("SmsChannel[sender=Acme, maxSegments=1, truncating]");
  }

  @Test
  void anEmptyTextIsRefused() {
    assertThat(channel().build().deliver(message(Recipient.phone("+46701234567"), "")))
        .isEqualTo(DeliveryResult.permanent("the message has no text to send as SMS"));
  }

  @Test
  void aGatewayThatThrowsOrReturnsNothingIsRetryableAndItsResultsArePassedOn() {
    SmsGateway throwing =
        sms -> {
          throw new IllegalStateException("failed for " + sms.to().value());
        };
    Message m = message(Recipient.phone("+46701234567"), "Hej");
    assertThat(SmsChannel.builder().gateway(throwing).senderId("Acme").build().deliver(m))
        .isEqualTo(DeliveryResult.retryable("SMS gateway threw IllegalStateException"));
    @SuppressWarnings("NullAway")
    SmsGateway returningNull = sms -> null;
    assertThat(SmsChannel.builder().gateway(returningNull).senderId("Acme").build().deliver(m))
        .isEqualTo(DeliveryResult.retryable("SMS gateway returned no result"));
    SmsGateway throttled = sms -> DeliveryResult.retryAfter("provider throttled", Duration.ofSeconds(30));
    assertThat(SmsChannel.builder().gateway(throttled).senderId("Acme").build().deliver(m))
        .isEqualTo(DeliveryResult.retryAfter("provider throttled", Duration.ofSeconds(30)));
    assertThat(SmsGateway.noop().send(new SmsMessage(PhoneNumber.of("+46701234567"), "x", "k", "Acme")))
        .isEqualTo(DeliveryResult.delivered());
  }

  @Test
  @SuppressWarnings("NullAway")
  void argumentsAreChecked() {
    assertThatThrownBy(() -> SmsChannel.builder().senderId("Acme").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("gateway must not be null");
    assertThatThrownBy(() -> SmsChannel.builder().gateway(recording).build())
        .hasMessage("senderId must not be null");
    String senderRule =
        "senderId must be 1-11 letters, digits or spaces with at least one letter, or an E.164 number, but was ";
    for (String bad : new String[] {"", "   ", "TwelveLetter", "Acme!", "12345", "Åre"}) {
      assertThatThrownBy(() -> SmsChannel.builder().senderId(bad)).as(bad).hasMessage(senderRule + "'" + bad + "'");
    }
    assertThat(SmsChannel.builder().gateway(recording).senderId("+46701234567").build()).isNotNull();
    assertThat(SmsChannel.builder().gateway(recording).senderId("Acme 24").build()).isNotNull();
    assertThatThrownBy(() -> SmsChannel.builder().maxSegments(0)).hasMessage("maxSegments must be > 0, but was 0");
    assertThatThrownBy(() -> new SmsMessage(PhoneNumber.of("+46701234567"), "", "k", "Acme"))
        .hasMessage("text must be not empty, but was empty");
    assertThatThrownBy(() -> new SmsMessage(PhoneNumber.of("+46701234567"), "x", " ", "Acme"))
        .hasMessage("idempotencyKey must not be blank, but was ' '");
    assertThatThrownBy(() -> new SmsMessage(null, "x", "k", "Acme")).hasMessage("to must not be null");
  }
}
