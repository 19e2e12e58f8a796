package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.NPS;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.TENANT;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.nps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.cases.CaseIncompleteException;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.RecoveryTracker;
import io.feedbackloop.routing.cases.Resurvey;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.invite.InvitationDecision;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.Touchpoint;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingChannel;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingListener;
import io.feedbackloop.scoring.NpsResult;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FeedbackLoopCaseFlowTest {
  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final RecordingChannel email = new RecordingChannel();
  private final RecordingListener events = new RecordingListener();

  private FeedbackLoop loop() {
    MessageTemplate invitation =
        MessageTemplate.builder("invitation")
            .subject(Locale.ENGLISH, "How did we do?")
            .text(Locale.ENGLISH, "Tell us: {{link}}")
            .build();
    return FeedbackLoop.builder()
        .survey(NPS)
        .team(Team.of("support", "ana"))
        .channel("email", email)
        .invitationPlan(
            InvitationPlan.builder("post-delivery").eventTypes("order.delivered", RecoveryTracker.DEFAULT_EVENT_TYPE)
                .build(),
            invitation)
        .linkBaseUrl(URI.create("https://feedback.example/s"))
        .listener(events)
        .clock(clock)
        .build();
  }

  @Test
  void resolvingTellsTheCustomerInTheirLanguageAndClosingSchedulesTheResurvey() {
    FeedbackLoop loop = loop();
    FollowUpCase c = loop.submit(nps("r1", "c1", 2, clock)).openedCases().get(0);
    loop.runDueWork();
    FollowUpCase working = loop.cases().startProgress(TENANT, c.id(), "ana", c.version());
    clock.advance(Duration.ofHours(2));

    FollowUpCase resolved =
        loop.resolveCase(
            TENANT, c.id(), List.of("carrier-delay"), "Carrier lost the parcel.",
            "Vi har bytt transportör och återbetalat frakten.", "ana", working.version());
    loop.runDueWork();

    assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
    Message outcome = email.delivered.get(email.delivered.size() - 1);
    assertThat(outcome.recipient()).isEqualTo(Recipient.respondent("c1"));
    assertThat(outcome.locale()).isEqualTo(Locale.forLanguageTag("sv"));
    assertThat(outcome.text())
        .contains("Paketet kom för sent", "Vi har bytt transportör och återbetalat frakten.");
    assertThat(events.of(LoopEvent.CaseResolved.class))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.caseId()).isEqualTo(c.id());
          assertThat(e.outcomeMessageQueued()).isTrue();
        });

    ClosedCase closed = loop.closeCase(TENANT, c.id(), "ana", resolved.version());

    assertThat(closed.closedCase().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.resurvey()).isPresent();
    Resurvey resurvey = closed.resurvey().get();
    assertThat(resurvey.caseId()).isEqualTo(c.id());
    assertThat(resurvey.sourceScore()).isEqualTo(2);
  }

  @Test
  void aResolutionThatFailsKeepsNoOutcomeMessage() {
    FeedbackLoop loop = loop();
    FollowUpCase c = loop.submit(nps("r1", "c1", 2, clock)).openedCases().get(0);
    FollowUpCase working = loop.cases().startProgress(TENANT, c.id(), "ana", c.version());
    int before = email.delivered.size();

    assertThatThrownBy(
            () -> loop.resolveCase(TENANT, c.id(), List.of(), null, "Fixed.", "ana", working.version()))
        .isInstanceOf(CaseIncompleteException.class);
    loop.runDueWork();

    assertThat(email.delivered).hasSize(before);
    assertThat(events.of(LoopEvent.CaseResolved.class)).isEmpty();
    assertThat(loop.cases().find(TENANT, c.id()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
  }

  @Test
  void inviteGoesThroughTheContactPolicyAndCountsSuppressions() {
    FeedbackLoop loop = loop();
    Touchpoint tp =
        Touchpoint.builder()
            .tenant(TENANT)
            .respondent(io.feedbackloop.core.response.RespondentId.of("c5"))
            .eventType("order.delivered")
            .eventId("order-1")
            .occurredAt(clock.instant())
            .build();

    InvitationDecision first = loop.invite(tp);
    InvitationDecision again = loop.invite(tp);

    assertThat(first).isInstanceOf(InvitationDecision.Scheduled.class);
    assertThat(again).isInstanceOf(InvitationDecision.Suppressed.class);
    loop.runDueWork();
    assertThat(email.delivered).singleElement()
        .satisfies(m -> assertThat(m.text()).startsWith("Tell us: https://feedback.example/s"));
  }

  @Test
  void inviteWithoutPlansIsAClearError() {
    FeedbackLoop loop = FeedbackLoop.builder().survey(NPS).team(Team.of("support", "ana")).build();
    Touchpoint tp =
        Touchpoint.builder().tenant(TENANT)
            .respondent(io.feedbackloop.core.response.RespondentId.of("c5"))
            .eventType("order.delivered").eventId("o").occurredAt(Instant.EPOCH).build();

    assertThatThrownBy(() -> loop.invite(tp))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "invite needs an invitation plan, but none was configured"
                + " (FeedbackLoop.builder().invitationPlan(...))");
  }

  @Test
  void scoresAreComputedOverTheStoredResponses() {
    FeedbackLoop loop = loop();
    int[] scores = {10, 9, 9, 8, 7, 3};
    for (int i = 0; i < scores.length; i++) {
      loop.submit(nps("s" + i, "p" + i, scores[i], clock));
    }

    NpsResult nps =
        loop.scores().nps(TENANT, NPS.id(), clock.instant().minusSeconds(1), clock.instant().plusSeconds(1));

    assertThat(nps.n()).isEqualTo(6);
    assertThat(nps.promoters()).isEqualTo(3);
    assertThat(nps.passives()).isEqualTo(2);
    assertThat(nps.detractors()).isEqualTo(1);
    assertThatThrownBy(
            () -> loop.scores().csat(TENANT, NPS.id(), Instant.EPOCH, clock.instant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("survey 'post-delivery' must have a CSAT question, but has none");
  }
}
