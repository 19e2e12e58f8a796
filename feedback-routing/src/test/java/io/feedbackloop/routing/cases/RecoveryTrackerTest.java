package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static io.feedbackloop.routing.cases.CaseFixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.invite.CountingLinkIssuer;
import io.feedbackloop.routing.invite.InMemoryInvitationStore;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.InvitationService;
import io.feedbackloop.routing.invite.MapSuppressionList;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.routing.outbox.OutboxState;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.suppression.Suppression;
import io.feedbackloop.routing.suppression.SuppressionReason;
import io.feedbackloop.scoring.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RecoveryTrackerTest {
  private static final MessageTemplate RESURVEY =
      MessageTemplate.builder("resurvey")
          .subject(Locale.ENGLISH, "Did we put it right?")
          .text(Locale.ENGLISH, "Tell us again: {{link}}")
          .build();

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final UnitOfWork uow = UnitOfWork.inMemory();
  private final InMemoryCaseStore caseStore = InMemoryCaseStore.create(uow);
  private final InMemoryOutboxStore outbox = InMemoryOutboxStore.create(uow);
  private final MapSuppressionList suppressions = new MapSuppressionList();
  private final AtomicInteger seq = new AtomicInteger();
  private final CaseService cases =
      CaseService.builder()
          .store(caseStore)
          .clock(clock)
          .ids(() -> CaseId.of("c-" + seq.incrementAndGet()))
          .build();
  private final InvitationService invitations =
      InvitationService.builder()
          .store(InMemoryInvitationStore.of(uow))
          .outbox(outbox)
          .linkIssuer(new CountingLinkIssuer())
          .suppressionList(suppressions)
          .clock(clock)
          .plan(
              InvitationPlan.builder("resurvey")
                  .surveyName("Re-survey")
                  .eventTypes(RecoveryTracker.DEFAULT_EVENT_TYPE)
                  .reminderAfter(Duration.ofDays(3))
                  .build(),
              RESURVEY)
          .build();
  private final RecoveryTracker tracker =
      RecoveryTracker.builder()
          .caseService(cases)
          .invitations(invitations)
          .delay(Duration.ofDays(14))
          .clock(clock)
          .build();

  private FollowUpCase closed(String responseId, boolean withRespondent) {
    return closed(responseId, withRespondent ? ALICE : null);
  }

  private FollowUpCase closed(String responseId, @Nullable RespondentId respondent) {
    OpenCaseRequest.Builder r =
        OpenCaseRequest.builder(ACME, responseId, "detractor").team("support").priority(CasePriority.HIGH);
    if (respondent != null) {
      r.respondent(respondent);
    }
    FollowUpCase c = cases.open(r.build()).followUpCase();
    c = cases.assign(ACME, c.id(), "ana", "lead", c.version());
    c = cases.startProgress(ACME, c.id(), "ana", c.version());
    clock.advance(Duration.ofHours(1));
    c = cases.resolve(ACME, c.id(), List.of("carrier-delay"), "refunded", "We refunded.", "ana", c.version());
    return cases.close(ACME, c.id(), "ana", c.version());
  }

  private FollowUpCase reload(CaseId id) {
    return cases.find(ACME, id).orElseThrow();
  }

  @Test
  void schedulesOneInvitationTheDelayAfterClosingAndOnlyOnce() {
    FollowUpCase c = closed("r-1", true);
    Instant closedAt = c.closedAt().orElseThrow();

    Resurvey r = tracker.schedule(c, 3, Locale.ENGLISH).orElseThrow();
    Optional<Resurvey> again = tracker.schedule(c, 3, Locale.ENGLISH);

    assertThat(r.status()).isEqualTo(Resurvey.Status.SCHEDULED);
    assertThat(r.caseId()).isEqualTo(c.id());
    assertThat(r.respondent()).isEqualTo(ALICE);
    assertThat(r.sourceScore()).isEqualTo(3);
    assertThat(r.scheduledAt()).isEqualTo(clock.instant());
    assertThat(r.sendAt()).contains(closedAt.plus(Duration.ofDays(14)));
    assertThat(again).contains(r);
    String invitationId = r.invitationId().orElseThrow();
    OutboxMessage m = outbox.find(ACME, invitationId).orElseThrow();
    assertThat(m.nextAttemptAt()).isEqualTo(closedAt.plus(Duration.ofDays(14)));
    assertThat(m.message().recipient()).isEqualTo(Recipient.respondent("customer-42"));
    assertThat(m.message().text()).isEqualTo("Tell us again: https://fb.example/s/t-" + invitationId);
    assertThat(outbox.counts().pending()).isEqualTo(2); // the invitation and its reminder
    assertThat(tracker.store().findByInvitation(ACME, invitationId)).contains(r);
  }

  @Test
  void aSourceThatWasNotNegativeIsNotReSurveyed() {
    FollowUpCase c = closed("r-1", true);
    assertThat(tracker.schedule(c, 7, null)).isEmpty();
    assertThat(tracker.store().find(ACME, c.id())).isEmpty();
    assertThat(outbox.counts().pending()).isZero();
  }

  @Test
  void aStillNegativeAnswerReopensTheCaseAndIsLinkedToIt() {
    FollowUpCase c = closed("r-1", true);
    tracker.schedule(c, 2, null);
    clock.advance(Duration.ofDays(15));

    Resurvey answered = tracker.recordAnswer(ACME, c.id(), 4);

    ResurveyAnswer a = answered.answer().orElseThrow();
    assertThat(a).isEqualTo(new ResurveyAnswer(4, Category.NEGATIVE, clock.instant(), true));
    assertThat(a.recovered()).isFalse();
    assertThat(answered.status()).isEqualTo(Resurvey.Status.ANSWERED);
    FollowUpCase reopened = reload(c.id());
    assertThat(reopened.status()).isEqualTo(CaseStatus.REOPENED);
    assertThat(reopened.notes()).last().extracting(CaseNote::text)
        .isEqualTo("re-survey answer still negative (score 4)");
    assertThat(reopened.audit()).last().extracting(AuditEntry::actor).isEqualTo("system");
    assertThat(tracker.store().find(ACME, c.id())).contains(answered);
    // the pending reminder is cancelled through the invitation service
    String reminderKey = answered.invitationId().orElseThrow() + ".reminder";
    assertThat(outbox.find(ACME, reminderKey).orElseThrow().state()).isEqualTo(OutboxState.CANCELLED);

    assertThat(tracker.recordAnswer(ACME, c.id(), 4)).isEqualTo(answered); // a retry
    assertThat(reload(c.id()).version()).isEqualTo(reopened.version());
    assertThatThrownBy(() -> tracker.recordAnswer(ACME, c.id(), 9))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("re-survey of case c-1 must be answered once, but was answered 4 before and now 9");
  }

  @Test
  void aRecoveredAnswerLeavesTheCaseClosed() {
    FollowUpCase c = closed("r-1", true);
    tracker.schedule(c, 0, null);

    Resurvey answered = tracker.recordAnswer(ACME, c.id(), 7);

    assertThat(answered.answer().orElseThrow().category()).isEqualTo(Category.NEUTRAL);
    assertThat(answered.answer().orElseThrow().reopened()).isFalse();
    assertThat(answered.answer().orElseThrow().recovered()).isTrue();
    assertThat(reload(c.id())).isEqualTo(c);
  }

  @Test
  void aStillNegativeAnswerForACaseReopenedMeanwhileDoesNotReopenItAgain() {
    FollowUpCase c = closed("r-1", true);
    tracker.schedule(c, 5, null);
    FollowUpCase reopened = cases.reopen(ACME, c.id(), "customer called", "ben", c.version());

    Resurvey answered = tracker.recordAnswer(ACME, c.id(), 1);

    assertThat(answered.answer().orElseThrow().reopened()).isFalse();
    assertThat(reload(c.id())).isEqualTo(reopened);
  }

  @Test
  void theResponseOverloadTakesTheScoreAndLinksTheResponse() {
    FollowUpCase c = closed("r-1", true);
    tracker.schedule(c, 6, null);
    Response resp =
        Response.builder(ACME, "resurvey").id("r-2").respondent("customer-42").answer("nps", 10).clock(clock).build();

    Resurvey answered = tracker.recordAnswer(c.id(), resp);

    assertThat(answered.answer().orElseThrow().category()).isEqualTo(Category.POSITIVE);
    FollowUpCase linked = reload(c.id());
    assertThat(linked.responseIds()).containsExactly("r-1", "r-2");
    assertThat(linked.status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void theResponseMustCarryAScoreForTheQuestion() {
    FollowUpCase c = closed("r-1", true);
    tracker.schedule(c, 6, null);
    Response noAnswer = Response.builder(ACME, "resurvey").id("r-2").answer("csat", 4).clock(clock).build();
    Response text = Response.builder(ACME, "resurvey").id("r-3").answer("nps", "ten").clock(clock).build();

    assertThatThrownBy(() -> tracker.recordAnswer(c.id(), noAnswer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response r-2 must answer question 'nps', but did not");
    assertThatThrownBy(() -> tracker.recordAnswer(c.id(), text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer to question 'nps' of response r-3 must be a score, but was text");
  }

  @Test
  void otherScalesUseTheirCategories() {
    RecoveryTracker csat =
        RecoveryTracker.builder()
            .caseService(cases)
            .invitations(invitations)
            .classifier(ResurveyClassifier.of(Scale.csat()))
            .clock(clock)
            .build();
    FollowUpCase c = closed("r-1", true);
    assertThat(csat.schedule(c, 3, null)).isEmpty(); // 3 is neutral on CSAT 1-5
    assertThat(csat.schedule(c, 2, null)).isPresent();

    Resurvey answered = csat.recordAnswer(ACME, c.id(), 3);

    assertThat(answered.answer().orElseThrow().recovered()).isTrue();
    assertThatThrownBy(() -> csat.recordAnswer(ACME, c.id(), 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6");
  }

  @Test
  void aSuppressedReSurveyIsRecordedCountedAndTakesNoAnswer() {
    suppressions.add(
        new Suppression(ACME, ALICE, Suppression.ALL_CHANNELS, SuppressionReason.UNSUBSCRIBED, clock.instant()));
    FollowUpCase c = closed("r-1", true);

    Resurvey r = tracker.schedule(c, 2, null).orElseThrow();

    assertThat(r.status()).isEqualTo(Resurvey.Status.SUPPRESSED);
    assertThat(r.suppressedBecause()).contains("SUPPRESSED");
    assertThat(r.sendAt()).isEmpty();
    assertThat(outbox.counts().pending()).isZero();
    assertThatThrownBy(() -> tracker.recordAnswer(ACME, c.id(), 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("re-survey of case c-1 must have been sent to record an answer, but was suppressed (SUPPRESSED)");
    assertThat(tracker.recovery(ACME)).isEqualTo(new RecoveryRate(0, 1, 0, 0));
  }

  @Test
  void recoveryIsTheShareOfAnsweredDetractorsNoLongerNegative() {
    int[] answers = {9, 7, 3, 10, 6};
    for (int i = 0; i < answers.length; i++) {
      // one customer each: the contact policy allows one survey per respondent in 30 days
      FollowUpCase c = closed("r-" + i, RespondentId.of("customer-" + i));
      tracker.schedule(c, 2, null);
      tracker.recordAnswer(ACME, c.id(), answers[i]);
    }
    tracker.schedule(closed("r-pending", RespondentId.of("customer-9")), 4, null); // not answered yet

    RecoveryRate rate = tracker.recovery(ACME);

    assertThat(rate).isEqualTo(new RecoveryRate(6, 0, 5, 3));
    assertThat(rate.stillNegative()).isEqualTo(2);
    assertThat(rate.rate()).hasValue(0.6);
    assertThat(RecoveryRate.NONE.rate()).isEmpty();
    assertThat(tracker.recovery(CaseFixtures.GLOBEX)).isEqualTo(RecoveryRate.NONE);
  }

  @Test
  void refusesCasesThatAreNotClosedOrHaveNoRespondent() {
    FollowUpCase c = closed("r-1", true);
    FollowUpCase reopened = cases.reopen(ACME, c.id(), "again", "ana", c.version());
    assertThatThrownBy(() -> tracker.schedule(reopened, 2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status of case c-1 must be CLOSED to schedule a re-survey, but was REOPENED");
    FollowUpCase anonymous = closed("r-2", false);
    assertThatThrownBy(() -> tracker.schedule(anonymous, 2, null))
        .isInstanceOf(CaseIncompleteException.class)
        .hasMessage("case c-2 must have a respondent to be re-surveyed, but had none");
    assertThatThrownBy(() -> tracker.schedule(c, 11, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be in 0..10, but was 11");
    assertThatThrownBy(() -> tracker.recordAnswer(ACME, anonymous.id(), 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("case c-2 must have a re-survey to record an answer, but had none");
  }

  @Test
  void valuesCheckTheirParts() {
    assertThatThrownBy(() -> new RecoveryRate(1, 0, 2, 0))
        .hasMessage("scheduled must be >= answered (2), but was 1");
    assertThatThrownBy(() -> new RecoveryRate(2, 0, 1, 2))
        .hasMessage("answered must be >= recovered (2), but was 1");
    assertThatThrownBy(() -> new RecoveryRate(0, -1, 0, 0)).hasMessage("suppressed must be >= 0, but was -1");
    assertThatThrownBy(() -> new ResurveyAnswer(9, Category.POSITIVE, clock.instant(), true))
        .hasMessage("reopened must be false for a POSITIVE answer, but was true");
    assertThatThrownBy(
            () ->
                new Resurvey(
                    ACME, CaseId.of("c-1"), ALICE, 2, clock.instant(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessage(
            "invitationId and suppressedBecause of re-survey c-1 must be exactly one present, but was"
                + " Optional.empty and Optional.empty");
    assertThatThrownBy(
            () ->
                new Resurvey(
                    ACME, CaseId.of("c-1"), ALICE, 2, clock.instant(), Optional.of(clock.instant()),
                    Optional.empty(), Optional.of("SUPPRESSED"), Optional.empty()))
        .hasMessageStartingWith("sendAt of re-survey c-1 must be present exactly with an invitation");
  }

  @Test
  void builderChecks() {
    assertThatThrownBy(() -> RecoveryTracker.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RecoveryTracker needs a caseService(...), but none was set");
    assertThatThrownBy(() -> RecoveryTracker.builder().caseService(cases).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RecoveryTracker needs invitations(...), but none was set");
    assertThatThrownBy(() -> RecoveryTracker.builder().delay(Duration.ZERO))
        .hasMessage("delay must be > 0, but was PT0S");
    assertThatThrownBy(() -> RecoveryTracker.builder().eventType("a b"))
        .hasMessageStartingWith("eventType must be 1-64 characters");
    assertThat(tracker.toString()).isEqualTo("RecoveryTracker[eventType=case.resurvey, delay=PT336H]");
  }
}
