package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.NPS;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.TENANT;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.nps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.json.FeedbackJson;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.IdempotencyConflictException;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.OutboxSpy;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingChannel;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingListener;
import io.feedbackloop.routing.outbox.OutboxCounts;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Action.MessageKind;
import io.feedbackloop.routing.rules.Conditions;
import io.feedbackloop.routing.rules.CustomActionType;
import io.feedbackloop.routing.rules.Playbook;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleSet;
import io.feedbackloop.scoring.Category;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class FeedbackLoopTest {
  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final RecordingChannel staff = new RecordingChannel();
  private final RecordingChannel email = new RecordingChannel();
  private final RecordingListener events = new RecordingListener();
  private final OutboxSpy outbox = new OutboxSpy();

  private static RuleSet playbookWithApology() {
    RuleSet standard =
        Playbook.builder().cesQuestion(null).reviewLink(URI.create("https://reviews.example/acme")).build();
    return standard.toBuilder()
        .rule(
            Rule.builder("apologize")
                .priority(85)
                .when(Conditions.detractor("nps"))
                .then(Action.MessageCustomer.of(MessageKind.APOLOGY), new Action.Tag("late-delivery"))
                .build())
        .build();
  }

  private FeedbackLoop.Builder builder() {
    return FeedbackLoop.builder()
        .survey(NPS)
        .rules(playbookWithApology())
        .team(Team.of("support", "ana", "ben"))
        .storage(LoopStorage.inMemory().decorateOutbox(outbox))
        .channel("slack", staff)
        .channel("email", email)
        .staffChannel("slack")
        .listener(events)
        .clock(clock);
  }

  @Test
  void detractorGetsACaseWithOwnerAndDueTimesATeamAlertAndAnApology() {
    FeedbackLoop loop = builder().build();

    SubmitResult r = loop.submit(nps("r1", "customer-42", 3, clock));

    assertThat(r.replay()).isFalse();
    assertThat(r.categories()).containsEntry("nps", Category.NEGATIVE);
    assertThat(r.optionalDecision().orElseThrow().matchedRules())
        .containsExactly("detractor-case", "apologize");
    assertThat(r.openedCases()).hasSize(1);
    FollowUpCase c = r.openedCases().get(0);
    assertThat(c.team()).isEqualTo("support");
    assertThat(c.owner()).contains("ana");
    assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
    assertThat(c.firstContactDue()).contains(Instant.parse("2026-03-03T09:00:00Z"));
    assertThat(c.resolutionDue()).isPresent();
    assertThat(c.tags()).containsExactly("late-delivery");
    assertThat(r.tags()).containsExactly("late-delivery");
    assertThat(r.messagesQueued()).isEqualTo(2);
    assertThat(loop.cases().find(TENANT, c.id())).contains(c);
    assertThat(loop.responses().get(TENANT, "r1")).isPresent();

    DueWorkReport due = loop.runDueWork();

    assertThat(due.delivered()).isEqualTo(2);
    assertThat(staff.delivered).hasSize(1);
    Message alert = staff.delivered.get(0);
    assertThat(alert.recipient()).isEqualTo(Recipient.team("support"));
    assertThat(alert.text()).contains("r1", "detractor-case", c.id().value());
    assertThat(alert.text()).doesNotContain("Paketet");
    assertThat(email.delivered).hasSize(1);
    Message apology = email.delivered.get(0);
    assertThat(apology.recipient()).isEqualTo(Recipient.respondent("customer-42"));
    assertThat(apology.subject()).isEqualTo("Vi ber om ursäkt");
    assertThat(apology.locale()).isEqualTo(Locale.forLanguageTag("sv"));
    assertThat(events.of(LoopEvent.ResponseRecorded.class)).hasSize(1);
    assertThat(events.of(LoopEvent.CaseOpened.class))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.caseId()).isEqualTo(c.id());
          assertThat(e.owner()).contains("ana");
          assertThat(e.ruleId()).isEqualTo("detractor-case");
        });
  }

  @Test
  void promoterIsThankedAskedForAReviewAndOfferedAReferral() {
    FeedbackLoop loop = builder().build();

    SubmitResult r = loop.submit(nps("r2", "customer-7", 10, clock));
    loop.runDueWork();

    assertThat(r.categories()).containsEntry("nps", Category.POSITIVE);
    assertThat(r.openedCases()).isEmpty();
    assertThat(r.messagesQueued()).isEqualTo(3);
    assertThat(email.delivered)
        .extracting(Message::subject)
        .containsExactlyInAnyOrder("Tack för din feedback", "Vill du dela din upplevelse?", "Tipsa en vän");
    assertThat(email.delivered)
        .filteredOn(m -> m.subject().startsWith("Vill du"))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains("https://reviews.example/acme"));
    assertThat(staff.delivered).isEmpty();
  }

  @Test
  void passiveIsAskedWhatWouldMakeItGreatWithoutACase() {
    FeedbackLoop loop = builder().build();

    SubmitResult r = loop.submit(nps("r3", "customer-8", 7, clock));
    loop.runDueWork();

    assertThat(r.categories()).containsEntry("nps", Category.NEUTRAL);
    assertThat(r.openedCases()).isEmpty();
    assertThat(email.delivered)
        .singleElement()
        .satisfies(m -> assertThat(m.subject()).isEqualTo("Vad hade gjort det riktigt bra?"));
  }

  @Test
  void aReplayIsMarkedAndQueuesNothingTwice() {
    FeedbackLoop loop = builder().build();
    Response response = nps("r1", "customer-42", 3, clock);
    loop.submit(response);
    OutboxCounts before = outbox.get().counts();
    int eventsBefore = events.events.size();

    SubmitResult replay = loop.submit(response);

    assertThat(replay.replay()).isTrue();
    assertThat(replay.decision()).isNull();
    assertThat(replay.openedCases()).isEmpty();
    assertThat(replay.messagesQueued()).isZero();
    assertThat(replay.response()).isEqualTo(response);
    assertThat(outbox.get().counts()).isEqualTo(before);
    assertThat(loop.cases().store().findByResponse(TENANT, "r1")).hasSize(1);
    assertThat(events.events).hasSize(eventsBefore);
  }

  @Test
  void conflictingContentUnderTheSameKeyIsTheStoresConflict() {
    FeedbackLoop loop = builder().build();
    loop.submit(nps("r1", "customer-42", 3, clock));

    assertThatThrownBy(() -> loop.submit(nps("r1", "customer-42", 9, clock)))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(loop.cases().store().findByResponse(TENANT, "r1")).hasSize(1);
  }

  @Test
  void anInvalidResponseThrowsEveryProblemAndStoresNothing() {
    FeedbackLoop loop = builder().build();
    Response invalid =
        Response.builder(TENANT, NPS.id()).id("bad").answer("nps", 11).answer("nope", 1).clock(clock).build();

    assertThatThrownBy(() -> loop.submit(invalid))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).hasSize(2))
        .hasMessageStartingWith("response bad is invalid (2 problems)");
    assertThat(loop.responses().get(TENANT, "bad")).isEmpty();
    assertThat(outbox.get().counts().total()).isZero();
    assertThat(events.events).isEmpty();
  }

  @Test
  void aResponseToAnUnknownSurveyNamesTheSurvey() {
    FeedbackLoop loop = builder().build();
    Response other = Response.builder(TENANT, "checkout").id("x1").answer("nps", 3).clock(clock).build();

    assertThatThrownBy(() -> loop.submit(other))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_SURVEY)))
        .hasMessageContaining("survey 'checkout' is not registered with this loop");
    assertThat(loop.responses().get(TENANT, "x1")).isEmpty();
  }

  @Test
  void submitJsonParsesWithTheCoreCodec() {
    FeedbackLoop loop = builder().build();
    String json = FeedbackJson.ofDefaults().writeResponse(nps("j1", "customer-1", 2, clock));

    SubmitResult r = loop.submitJson(json);

    assertThat(r.response().id()).isEqualTo("j1");
    assertThat(r.openedCases()).hasSize(1);
    assertThatThrownBy(() -> loop.submitJson("{\"not\": a response"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aRuleNamingATeamThatWasNotAddedFailsTheBuild() {
    assertThatThrownBy(
            () -> FeedbackLoop.builder().survey(NPS).team(Team.of("sales", "eve")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "rule 'detractor-case' of rule set 'standard-playbook' names team 'support' (openCase),"
                + " but it was not added with team(...); teams: [sales]");
  }

  @Test
  void aLoopWithoutSurveysFailsTheBuild() {
    assertThatThrownBy(() -> FeedbackLoop.builder().team(Team.of("support", "ana")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FeedbackLoop needs at least one survey(...), but none was added");
  }

  @Test
  void aCustomActionWithoutHandlerFailsTheBuildAndOneWithAHandlerRunsInTheSubmit() {
    RuleSet rules =
        RuleSet.builder("custom")
            .rule(
                Rule.builder("crm")
                    .when(Conditions.detractor("nps"))
                    .then(new Action.Custom("crm-task", java.util.Map.of("queue", "vip")))
                    .build())
            .build();
    assertThatThrownBy(() -> FeedbackLoop.builder().survey(NPS).rules(rules).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "rule 'crm' of rule set 'custom' uses custom action type 'crm-task', but no handler is"
                + " registered (customAction(...)); registered: []");

    List<String> executed = new CopyOnWriteArrayList<>();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(NPS)
            .rules(rules)
            .customAction(
                CustomActionType.withParameters("crm-task", "queue"),
                (response, action, key) ->
                    executed.add(response.id() + ":" + action.parameters().get("queue") + ":" + key.length()))
            .clock(clock)
            .build();
    loop.submit(nps("r9", "c9", 2, clock));

    assertThat(executed).containsExactly("r9:vip:32");
  }

  @Test
  void aFailingCustomHandlerRollsTheWholeSubmitBack() {
    RuleSet rules =
        RuleSet.builder("custom")
            .rule(
                Rule.builder("detractor-case")
                    .when(Conditions.detractor("nps"))
                    .then(
                        new Action.OpenCase("support", Action.CasePriority.HIGH, Duration.ofHours(24)),
                        new Action.Custom("crm-task", java.util.Map.of()))
                    .build())
            .build();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(NPS)
            .rules(rules)
            .team(Team.of("support", "ana"))
            .customAction(CustomActionType.named("crm-task"), (response, action, key) -> {
              throw new IllegalStateException("crm down");
            })
            .listener(events)
            .clock(clock)
            .build();

    assertThatThrownBy(() -> loop.submit(nps("r1", "c1", 2, clock))).hasMessage("crm down");
    assertThat(loop.responses().get(TENANT, "r1")).isEmpty();
    assertThat(loop.cases().store().findByResponse(TENANT, "r1")).isEmpty();
    assertThat(events.events).isEmpty();
  }

  @Test
  void suppressSurveysAddsAnEntryThatIsLiftedWhenThePeriodEnds() {
    RuleSet rules =
        RuleSet.builder("quiet")
            .rule(
                Rule.builder("rest")
                    .when(Conditions.detractor("nps"))
                    .then(new Action.SuppressSurveys(Duration.ofDays(30)))
                    .build())
            .build();
    FeedbackLoop loop = FeedbackLoop.builder().survey(NPS).rules(rules).clock(clock).build();

    SubmitResult r = loop.submit(nps("r1", "c1", 2, clock));
    assertThat(r.surveysSuppressed()).isTrue();
    RespondentId c1 = RespondentId.of("c1");
    assertThat(loop.suppressions().list(TENANT, c1)).hasSize(1);

    clock.advance(Duration.ofDays(29));
    loop.runDueWork();
    assertThat(loop.suppressions().list(TENANT, c1)).hasSize(1);

    clock.advance(Duration.ofDays(2));
    loop.runDueWork();
    assertThat(loop.suppressions().list(TENANT, c1)).isEmpty();
  }

  @Test
  void aRepeatDetractorIsEscalatedFromTheRespondentsHistory() {
    FeedbackLoop loop = builder().build();
    SubmitResult first = loop.submit(nps("r1", "customer-42", 3, clock));
    clock.advance(Duration.ofDays(10));

    SubmitResult second = loop.submit(nps("r2", "customer-42", 2, clock));
    SubmitResult other = loop.submit(nps("r3", "customer-43", 2, clock));
    loop.runDueWork();

    assertThat(first.optionalDecision().orElseThrow().matchedRules()).doesNotContain("escalate-detractor");
    assertThat(second.optionalDecision().orElseThrow().matchedRules()).contains("escalate-detractor");
    assertThat(other.optionalDecision().orElseThrow().matchedRules()).doesNotContain("escalate-detractor");
    assertThat(staff.delivered)
        .filteredOn(m -> m.recipient().equals(Recipient.team("managers")))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains("r2", "escalated to managers"));
  }

  @Test
  void theRespondentIndexForgetsErasedAndExpiredResponses() {
    io.feedbackloop.routing.internal.loop.RespondentIndex index =
        new io.feedbackloop.routing.internal.loop.RespondentIndex();
    Response r1 = nps("r1", "customer-42", 3, clock);
    index.add(r1);
    index.add(Response.builder(TENANT, NPS.id()).id("anon").answer("nps", 1).clock(clock).build());
    RespondentId who = RespondentId.of("customer-42");
    Instant later = clock.instant().plusSeconds(1);

    assertThat(index.before(TENANT, who, later)).containsExactly(r1);
    assertThat(index.before(TENANT, who, clock.instant())).isEmpty();
    index.forgetBefore(clock.instant());
    assertThat(index.before(TENANT, who, later)).containsExactly(r1);
    index.forgetBefore(later);
    assertThat(index.before(TENANT, who, later)).isEmpty();
    index.add(r1);
    index.forget(TENANT, who);
    assertThat(index.before(TENANT, who, later)).isEmpty();
  }

  @Test
  void theTenLineQuickStartWorks() {
    RecordingChannel slack = new RecordingChannel();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(NPS)
            .team(Team.of("support", "ana", "ben"))
            .channel("slack", slack)
            .staffChannel("slack")
            .build();
    SubmitResult r = loop.submit(Response.builder(TENANT, "post-delivery").respondent("c").answer("nps", 3).build());
    loop.runDueWork();

    assertThat(r.openedCases()).hasSize(1);
    assertThat(slack.delivered).hasSize(1);
  }
}
