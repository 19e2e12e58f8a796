package io.feedbackloop.routing.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.mail.EmailChannel;
import io.feedbackloop.routing.delivery.mail.JakartaMailTransport;
import io.feedbackloop.routing.invite.ContactPolicy;
import io.feedbackloop.routing.invite.FrequencyCap;
import io.feedbackloop.routing.invite.InMemoryInvitationStore;
import io.feedbackloop.routing.invite.InvitationDecision;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.InvitationService;
import io.feedbackloop.routing.invite.QuietHours;
import io.feedbackloop.routing.invite.Touchpoint;
import io.feedbackloop.routing.link.InMemoryLinkStore;
import io.feedbackloop.routing.link.SurveyLinks;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.OutboxWorker;
import io.feedbackloop.routing.outbox.WorkReport;
import io.feedbackloop.routing.suppression.InMemorySuppressionStore;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The delivery and invitation example of the README, as written there, on a real SMTP server. */
class DeliveryReadmeExampleTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void aDeliveredOrderBecomesAnInvitationMailTheNextMorning() throws Exception {
    MutableClock clock = MutableClock.at("2026-03-02T19:00:00Z"); // 20:00 in Stockholm
    int smtpPort = SMTP.getSmtp().getPort();
    ContactDirectory customers =
        ContactDirectory.of(Map.of("customer-42", Contact.ofEmail("ana@example.com")));

    // README begins
    UnitOfWork uow = UnitOfWork.inMemory(); // UnitOfWork.jdbc(dataSource) with the Jdbc* stores
    InMemoryOutboxStore outbox = InMemoryOutboxStore.create(uow);
    SurveyLinks links = SurveyLinks.builder()
        .baseUrl(URI.create("https://feedback.shop.example"))
        .store(InMemoryLinkStore.create(uow)).clock(clock).build();
    MessageTemplate invitation = MessageTemplate.builder("invitation")
        .subject(Locale.ENGLISH, "How was your delivery?")
        .text(Locale.ENGLISH, "Tell us in one click: {{link}}")
        .html(Locale.ENGLISH, "<p>Tell us in <a href=\"{{link}}\">one click</a></p>")
        .subject(Locale.forLanguageTag("sv"), "Hur gick leveransen?")
        .text(Locale.forLanguageTag("sv"), "Berätta med ett klick: {{link}}")
        .build();
    InvitationService invitations = InvitationService.builder()
        .store(InMemoryInvitationStore.of(uow)).outbox(outbox).linkIssuer(links)
        .suppressionList(InMemorySuppressionStore.create(uow))
        .policy(ContactPolicy.builder()
            .perRespondent(FrequencyCap.of(2, Duration.ofDays(30)))     // across all surveys
            .quietHours(QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0)))
            .build())
        .plan(InvitationPlan.builder("post-delivery").eventTypes("order.delivered")
            .delay(Duration.ofHours(2)).defaultChannel("email").reminderAfter(Duration.ofDays(3))
            .build(), invitation)
        .clock(clock).build();

    InvitationDecision decision = invitations.onTouchpoint(Touchpoint.builder()
        .tenant(TenantId.of("webshop")).respondent("customer-42")
        .eventType("order.delivered").eventId("order-1001").occurredAt(clock.instant())
        .zone(ZoneId.of("Europe/Stockholm")).build());
    // -> Deferred to 08:00 Stockholm time (22:00 falls in quiet hours), with reason QUIET_HOURS

    OutboxWorker worker = OutboxWorker.builder()
        .store(outbox)
        .channel("email", EmailChannel.builder()
            .transport(JakartaMailTransport.builder().host("localhost").port(smtpPort).build())
            .from("feedback@shop.example", "Shop").contacts(customers).build())
        .clock(clock).build();
    WorkReport report = worker.runDueWork();  // from the host's scheduler, e.g. every 10 s
    // README ends

    assertThat(decision).isInstanceOf(InvitationDecision.Deferred.class);
    InvitationDecision.Deferred deferred = (InvitationDecision.Deferred) decision;
    assertThat(deferred.until()).isEqualTo(java.time.Instant.parse("2026-03-03T07:00:00Z"));
    assertThat(report.delivered()).as("nothing is due before 08:00").isZero();

    clock.set(deferred.until());
    assertThat(worker.runDueWork().delivered()).isEqualTo(1);

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("How was your delivery?");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ana@example.com");
    assertThat(received[0].getHeader("List-Unsubscribe")[0])
        .startsWith("<https://feedback.shop.example/s/")
        .endsWith("/unsubscribe>");
    assertThat(received[0].getHeader("List-Unsubscribe-Post")[0])
        .isEqualTo("List-Unsubscribe=One-Click");
  }
}
