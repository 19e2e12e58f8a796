package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.NPS;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.TENANT;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.nps;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.delivery.http.HttpChannelConfig;
import io.feedbackloop.routing.delivery.http.UrlPolicy;
import io.feedbackloop.routing.delivery.http.WebhookChannel;
import io.feedbackloop.routing.delivery.http.WebhookSecret;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingChannel;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingListener;
import io.feedbackloop.routing.sla.Milestone;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DueWorkTest {
  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final RecordingListener events = new RecordingListener();

  @Test
  void messagesAreDeliveredWhenDueAndOnlyOnce() {
    RecordingChannel staff = new RecordingChannel();
    FeedbackLoop loop =
        FeedbackLoop.builder().survey(NPS).team(Team.of("support", "ana")).channel("staff", staff)
            .clock(clock).build();
    loop.submit(nps("r1", "c1", 2, clock));

    DueWorkReport first = loop.runDueWork();
    DueWorkReport second = loop.runDueWork();

    assertThat(first.at()).isEqualTo(clock.instant());
    assertThat(first.delivered()).isEqualTo(1);
    assertThat(first.deliveries().claimed()).isEqualTo(1);
    assertThat(second.delivered()).isZero();
    assertThat(staff.delivered).hasSize(1);
    assertThat(first.optionalRetention()).isEmpty();
  }

  @Test
  void aStepThatFallsDueDuringALongDeliveryBacklogFiresInTheSameRun() {
    // each delivery takes 5 simulated seconds: 60 notices keep runDueWork busy for 5 minutes
    DeliveryChannel slow =
        message -> {
          clock.advance(Duration.ofSeconds(5));
          return DeliveryResult.delivered();
        };
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(NPS)
            .team(Team.builder("support").member("ana").lead("lena").build())
            .channel("staff", slow)
            .clock(clock)
            .build();
    loop.submit(nps("r0", "c0", 2, clock));
    loop.runDueWork();
    // the first SLA step (75 % of the 24 h first-contact target) falls due during the first batch
    clock.advance(Duration.ofHours(18).minusMinutes(2));
    for (int i = 1; i <= 60; i++) {
      loop.submit(nps("r" + i, "c" + i, 2, clock));
    }

    DueWorkReport report = loop.runDueWork();

    assertThat(report.stepsFired()).isEqualTo(1);
    // the 60 case notices, and the step's notice in the round after it fired
    assertThat(report.delivered()).isEqualTo(61);
    assertThat(report.deliveries().claimed()).isEqualTo(61);
  }

  @Test
  void aDueSlaStepIsFiredOnceAndReportedAsSlaBreached() {
    RecordingChannel staff = new RecordingChannel();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(NPS)
            .team(Team.builder("support").member("ana").lead("lena").build())
            .channel("staff", staff)
            .listener(events)
            .clock(clock)
            .build();
    FollowUpCase c = loop.submit(nps("r1", "c1", 2, clock)).openedCases().get(0);
    loop.runDueWork();
    assertThat(events.of(LoopEvent.SlaBreached.class)).isEmpty();

    clock.advance(Duration.ofHours(25));
    DueWorkReport report = loop.runDueWork();

    assertThat(report.stepsFired()).isEqualTo(2);
    assertThat(events.of(LoopEvent.SlaBreached.class))
        .extracting(LoopEvent.SlaBreached::stepId)
        .containsExactly("first-contact-75", "first-contact-breach");
    assertThat(events.of(LoopEvent.SlaBreached.class))
        .allSatisfy(e -> {
          assertThat(e.caseId()).isEqualTo(c.id());
          assertThat(e.milestone()).isEqualTo(Milestone.FIRST_CONTACT);
          assertThat(e.tenant()).isEqualTo(TENANT);
        });
    // the reminder to the owner and the breach notice to the lead were delivered in the same run
    assertThat(staff.delivered)
        .extracting(m -> m.recipient())
        .contains(Recipient.team("ana"), Recipient.team("lena"));

    clock.advance(Duration.ofHours(1));
    loop.runDueWork();
    assertThat(events.of(LoopEvent.SlaBreached.class)).hasSize(2);
  }

  @Test
  void aDeadLetterIsReportedAsMessageDead() {
    RecordingChannel staff = new RecordingChannel().answering(DeliveryResult.permanent("channel gone"));
    FeedbackLoop loop =
        FeedbackLoop.builder().survey(NPS).team(Team.of("support", "ana")).channel("staff", staff)
            .listener(events).clock(clock).build();
    loop.submit(nps("r1", "c1", 2, clock));

    DueWorkReport report = loop.runDueWork();

    assertThat(report.deadLettered()).isEqualTo(1);
    assertThat(events.of(LoopEvent.MessageDead.class))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.channel()).isEqualTo("staff");
          assertThat(e.reason()).contains("channel gone");
          assertThat(e.idempotencyKey()).hasSize(32);
          assertThat(e.tenant()).isEqualTo(TENANT);
        });
  }

  @Test
  void aChannelNameWithoutRegisteredChannelGetsTheLoggingChannel() {
    FeedbackLoop loop =
        FeedbackLoop.builder().survey(NPS).team(Team.of("support", "ana")).listener(events)
            .clock(clock).build();
    loop.submit(nps("r1", "c1", 2, clock));

    DueWorkReport report = loop.runDueWork();

    assertThat(report.delivered()).isEqualTo(1);
    assertThat(events.of(LoopEvent.MessageDead.class)).isEmpty();
  }

  @Test
  void aTeamAlertIsPostedToARealWebhook() throws IOException {
    List<String> bodies = new CopyOnWriteArrayList<>();
    List<String> ids = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hook", exchange -> {
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), UTF_8));
      ids.add(exchange.getRequestHeaders().getFirst("webhook-id"));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
      WebhookChannel webhook =
          WebhookChannel.builder()
              .url(url)
              .secret(WebhookSecret.generate())
              .config(
                  HttpChannelConfig.builder()
                      .urlPolicy(UrlPolicy.builder().allowHttp().allowLoopback().build())
                      .build())
              .build();
      FeedbackLoop loop =
          FeedbackLoop.builder()
              .survey(NPS)
              .team(Team.of("support", "ana"))
              .channel("cx-alerts", webhook)
              .teamChannel("#customer-feedback", "cx-alerts")
              .clock(clock)
              .build();
      loop.submit(nps("r1", "c1", 2, clock));

      DueWorkReport report = loop.runDueWork();

      assertThat(report.delivered()).isEqualTo(1);
      assertThat(bodies).singleElement().satisfies(b -> assertThat(b).contains("r1", "support"));
      assertThat(bodies.get(0)).doesNotContain("Paketet");
      assertThat(ids).singleElement().satisfies(id -> assertThat(id).hasSize(32));
    } finally {
      server.stop(0);
    }
  }
}
