package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.assign.Assigner;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.sla.EscalationLadder;
import io.feedbackloop.routing.sla.SlaPolicies;
import io.feedbackloop.routing.sla.SlaPolicy;
import io.feedbackloop.routing.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SLA at opening, owner, schedules and escalation steps, in memory with a driven clock. */
class EscalationWorkerTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final SlaPolicy FAST =
      SlaPolicy.of(
          "fast",
          SlaTarget.wallClock(Duration.ofHours(4)),
          SlaTarget.wallClock(Duration.ofHours(8)));
  static final SlaPolicies POLICIES = SlaPolicies.builder().forRule("detractor", FAST).build();
  static final Team SUPPORT =
      Team.builder("support").member("ana").member("ben").lead("lea").manager("max").build();

  MutableClock clock;
  UnitOfWork uow;
  InMemoryCaseStore store;
  InMemoryOutboxStore outbox;
  CaseService service;
  EscalationWorker worker;

  @BeforeEach
  void setUp() {
    clock = MutableClock.at(T0);
    uow = UnitOfWork.inMemory();
    store = InMemoryCaseStore.create(uow);
    outbox = InMemoryOutboxStore.create(uow);
    service =
        CaseService.builder()
            .store(store)
            .clock(clock)
            .slaPolicies(POLICIES)
            .assigner(Assigner.builder().team(SUPPORT).clock(clock).build())
            .build();
    worker = worker("w1").build();
  }

  EscalationWorker.Builder worker(String id) {
    return EscalationWorker.builder()
        .store(store)
        .outbox(outbox)
        .policies(POLICIES)
        .team(SUPPORT)
        .clock(clock)
        .workerId(id)
        .lease(Duration.ofMinutes(5));
  }

  FollowUpCase open(String response) {
    return service
        .open(
            OpenCaseRequest.builder(ACME, response, "detractor")
                .team("support")
                .priority(CasePriority.HIGH)
                .build())
        .followUpCase();
  }

  FollowUpCase current(FollowUpCase c) {
    return store.find(ACME, c.id()).orElseThrow();
  }

  Optional<Instant> nextCheck(FollowUpCase c) {
    return store.findSchedule(ACME, c.id()).orElseThrow().nextCheck();
  }

  List<String> escalations(FollowUpCase c) {
    return current(c).audit().stream()
        .filter(e -> e.field().equals(AuditEntry.ESCALATION))
        .map(AuditEntry::to)
        .toList();
  }

  Message queued(FollowUpCase c, String step, String member) {
    return outbox
        .find(ACME, "case:" + c.id().value() + ":step:" + step + ":" + member)
        .map(OutboxMessage::message)
        .orElseThrow(() -> new AssertionError("no message for " + step + " to " + member));
  }

  @Test
  void openingChoosesThePolicySetsDueTimesAssignsAnOwnerAndSchedulesACheck() {
    FollowUpCase c = open("r-1");

    assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
    assertThat(c.owner()).contains("ana");
    assertThat(c.version()).isZero();
    assertThat(c.firstContactDue()).contains(T0.plus(Duration.ofHours(4)));
    assertThat(c.resolutionDue()).contains(T0.plus(Duration.ofHours(8)));
    assertThat(c.audit())
        .extracting(AuditEntry::field, AuditEntry::to)
        .contains(
            org.assertj.core.groups.Tuple.tuple(AuditEntry.SLA, "fast (rule=detractor)"),
            org.assertj.core.groups.Tuple.tuple(AuditEntry.STATUS, "ASSIGNED"),
            org.assertj.core.groups.Tuple.tuple(AuditEntry.OWNER, "ana"));
    assertThat(store.findSchedule(ACME, c.id()))
        .contains(new CaseSchedule(ACME, c.id(), "fast", 0, T0));
    assertThat(open("r-2").owner()).as("round robin").contains("ben");
  }

  @Test
  void aCaseNobodyCanTakeStaysNewWithTheReasonInTheAuditTrail() {
    FollowUpCase c =
        service
            .open(OpenCaseRequest.builder(ACME, "r-1", "other-rule").team("billing").build())
            .followUpCase();

    assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    assertThat(c.owner()).isEmpty();
    assertThat(c.audit())
        .filteredOn(e -> e.field().equals(AuditEntry.ASSIGNMENT))
        .extracting(AuditEntry::to)
        .containsExactly("no team named billing");
    assertThat(c.audit())
        .filteredOn(e -> e.field().equals(AuditEntry.SLA))
        .extracting(AuditEntry::to)
        .containsExactly("default (default)");
    assertThat(c.firstContactDue()).contains(T0.plus(Duration.ofHours(24)));
    // 40 business hours from Monday 09:00 on Mon-Fri 09-17: Friday 17:00
    assertThat(c.resolutionDue()).contains(Instant.parse("2026-03-06T17:00:00Z"));
  }

  @Test
  void stepsFireOnceEachAsTheClockReachesThemAndNotifyTheirAudience() {
    FollowUpCase c = open("r-1");

    EscalationReport first = worker.runDueWork();
    assertThat(first).isEqualTo(new EscalationReport(1, 1, 0, 0, 0, 0, 0));
    assertThat(nextCheck(c)).contains(T0.plus(Duration.ofHours(3)));

    clock.set(T0.plus(Duration.ofHours(3)).minusNanos(1_000));
    assertThat(worker.runDueWork().claimed()).isZero();

    clock.set(T0.plus(Duration.ofHours(3)));
    assertThat(worker.runDueWork()).isEqualTo(new EscalationReport(1, 1, 1, 1, 0, 0, 0));
    Message reminder = queued(c, "first-contact-75", "ana");
    assertThat(reminder.recipient()).isEqualTo(Recipient.team("ana"));
    assertThat(reminder.subject()).isEqualTo("SLA first-contact-75: case " + c.id().value());
    assertThat(reminder.text())
        .isEqualTo(
            "Case "
                + c.id().value()
                + " of team support (priority high, owner ana) reached escalation step"
                + " first-contact-75 of its first contact target, due 2026-03-02T13:00:00Z.");
    assertThat(escalations(c)).containsExactly("first-contact-75 -> ana");
    assertThat(current(c).version()).isEqualTo(1);
    assertThat(worker.runDueWork().claimed()).as("nothing due twice").isZero();

    clock.set(T0.plus(Duration.ofHours(16)));
    EscalationReport late = worker.runDueWork();
    assertThat(late.fired()).as("three steps were due at once").isEqualTo(3);
    assertThat(escalations(c))
        .containsExactly(
            "first-contact-75 -> ana",
            "first-contact-breach -> lea",
            "resolution-breach -> lea",
            "resolution-2x -> max");
    assertThat(queued(c, "resolution-2x", "max").recipient()).isEqualTo(Recipient.team("max"));
    assertThat(store.firedSteps(ACME, c.id()))
        .containsExactlyInAnyOrder(
            "first-contact-75", "first-contact-breach", "resolution-breach", "resolution-2x");
    assertThat(nextCheck(c)).as("every step fired").isEmpty();
    assertThat(current(c).version()).isEqualTo(4);
  }

  @Test
  void firstContactStopsTheFirstContactStepsAndResolvingEndsTheSchedule() {
    FollowUpCase c = open("r-1");
    worker.runDueWork();
    clock.set(T0.plus(Duration.ofHours(1)));
    FollowUpCase started = service.startProgress(ACME, c.id(), "ana", 0);
    assertThat(nextCheck(c)).as("the worker looks again").contains(T0.plus(Duration.ofHours(1)));
    worker.runDueWork();
    assertThat(nextCheck(c)).contains(T0.plus(Duration.ofHours(8)));

    clock.set(T0.plus(Duration.ofHours(8)));
    assertThat(worker.runDueWork().fired()).isEqualTo(1);
    assertThat(escalations(c)).containsExactly("resolution-breach -> lea");

    service.resolve(
        ACME, c.id(), List.of("carrier-delay"), "sent a new parcel", null, "ana", started.version() + 1);
    assertThat(nextCheck(c)).isEmpty();
    clock.set(T0.plus(Duration.ofDays(3)));
    assertThat(worker.runDueWork().claimed()).isZero();
  }

  @Test
  void holdPausesTheClocksAndResumingShiftsTheDueTimes() {
    FollowUpCase c = open("r-1");
    worker.runDueWork();
    clock.set(T0.plus(Duration.ofHours(1)));
    service.hold(ACME, c.id(), "ana", 0);
    worker.runDueWork();
    assertThat(nextCheck(c)).as("nothing comes due on hold").isEmpty();

    clock.set(T0.plus(Duration.ofHours(11)));
    assertThat(worker.runDueWork().claimed()).isZero();
    FollowUpCase resumed = service.resume(ACME, c.id(), "ana", 1);
    assertThat(resumed.firstContactDue()).contains(T0.plus(Duration.ofHours(14)));
    assertThat(resumed.resolutionDue()).contains(T0.plus(Duration.ofHours(18)));
    worker.runDueWork();
    assertThat(nextCheck(c)).contains(T0.plus(Duration.ofHours(13)));

    clock.set(T0.plus(Duration.ofHours(13)));
    assertThat(worker.runDueWork().fired()).isEqualTo(1);
    assertThat(escalations(c)).containsExactly("first-contact-75 -> ana");
  }

  @Test
  void aStepRecordedElsewhereIsNotFiredAgain() {
    FollowUpCase c = open("r-1");
    store.recordFiredStep(ACME, c.id(), "first-contact-75", "other-node", T0);
    clock.set(T0.plus(Duration.ofHours(3)));
    assertThat(worker.runDueWork().fired()).isZero();
    assertThat(outbox.counts().pending()).isZero();
    assertThat(nextCheck(c)).contains(T0.plus(Duration.ofHours(4)));
  }

  @Test
  void aStepWithNobodyToNotifyStillFiresOnce() {
    FollowUpCase c =
        service
            .open(OpenCaseRequest.builder(ACME, "r-1", "detractor").team("billing").build())
            .followUpCase();
    clock.set(T0.plus(Duration.ofHours(3)));
    EscalationReport r = worker.runDueWork();
    assertThat(r.fired()).isEqualTo(1);
    assertThat(r.notifications()).isZero();
    assertThat(escalations(c)).containsExactly("first-contact-75 -> none");
    assertThat(worker.runDueWork().claimed()).isZero();
  }

  @Test
  void aRegisteredTemplateRendersTheNotice() {
    FollowUpCase c = open("r-1");
    EscalationWorker custom =
        worker("w2")
            .template(
                MessageTemplate.builder("sla.reminder")
                    .subject(Locale.ENGLISH, "Reminder {{caseId}}")
                    .text(Locale.ENGLISH, "{{member}}: {{step}} ({{audience}}), due {{due}}")
                    .build())
            .channel("chat")
            .recipients((tenant, member) -> Recipient.email(member.id() + "@example.com"))
            .build();
    clock.set(T0.plus(Duration.ofHours(3)));
    custom.runDueWork();
    Message m = queued(c, "first-contact-75", "ana");
    assertThat(m.text()).isEqualTo("ana: first-contact-75 (owner), due 2026-03-02T13:00:00Z");
    assertThat(m.recipient()).isEqualTo(Recipient.email("ana@example.com"));
    assertThat(m.metadata()).containsEntry("caseId", c.id().value()).containsEntry("step", "first-contact-75");
  }

  @Test
  void aFailingRecipientLookupFailsTheStepWhichFiresAfterTheLeaseExpires() {
    FollowUpCase c = open("r-1");
    boolean[] broken = {true};
    EscalationWorker flaky =
        worker("w2")
            .recipients(
                (tenant, member) -> {
                  if (broken[0]) {
                    throw new IllegalStateException("directory down");
                  }
                  return Recipient.team(member.id());
                })
            .build();
    clock.set(T0.plus(Duration.ofHours(3)));
    assertThat(flaky.runDueWork()).isEqualTo(new EscalationReport(1, 0, 0, 0, 0, 0, 1));
    assertThat(store.firedSteps(ACME, c.id())).as("rolled back").isEmpty();
    assertThat(outbox.counts().pending()).isZero();
    assertThat(current(c).version()).isZero();

    broken[0] = false;
    assertThat(flaky.runDueWork().claimed()).as("still leased").isZero();
    clock.advance(Duration.ofMinutes(5));
    assertThat(flaky.runDueWork().fired()).isEqualTo(1);
    assertThat(escalations(c)).containsExactly("first-contact-75 -> ana");
  }

  @Test
  void perPolicyLaddersReplaceTheDefault() {
    FollowUpCase c = open("r-1");
    EscalationWorker only2x =
        worker("w2")
            .ladder(
                "fast",
                EscalationLadder.builder()
                    .step(
                        "late",
                        io.feedbackloop.routing.sla.Milestone.RESOLUTION,
                        io.feedbackloop.routing.sla.EscalationTrigger.afterMultiple(2.0),
                        io.feedbackloop.routing.sla.Audience.role("legal"),
                        "sla.escalation")
                    .build())
            .build();
    only2x.runDueWork();
    assertThat(nextCheck(c)).contains(T0.plus(Duration.ofHours(16)));
  }

  @Test
  void theBuilderChecksItsSettings() {
    assertThatThrownBy(() -> EscalationWorker.builder().store(store).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("EscalationWorker needs a store(...) and an outbox(...), but the outbox was not set");
    assertThatThrownBy(
            () -> EscalationWorker.builder().store(store).outbox(InMemoryOutboxStore.create()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the outbox must run in the case store's unit of work");
    assertThatThrownBy(() -> worker("w").lease(Duration.ZERO))
        .hasMessage("lease must be > 0, but was PT0S");
    assertThatThrownBy(() -> worker("w").batchSize(0)).hasMessage("batchSize must be > 0, but was 0");
    assertThat(worker.toString()).isEqualTo("EscalationWorker[w1]");
  }

  @Test
  void theFactoryFromTheRuleActionCarriesTheResponse() {
    io.feedbackloop.core.response.Response response =
        io.feedbackloop.core.response.Response.builder(ACME, "post-delivery")
            .id("resp-7")
            .respondent("customer-42")
            .submittedAt(T0)
            .answer("nps", 3)
            .attribute("plan", "enterprise")
            .build();
    OpenCaseRequest r =
        OpenCaseRequest.of(
            new io.feedbackloop.routing.rules.Action.OpenCase(
                "support", CasePriority.URGENT, Duration.ofHours(24)),
            response,
            "detractor");
    assertThat(r.tenant()).isEqualTo(ACME);
    assertThat(r.sourceResponseId()).isEqualTo("resp-7");
    assertThat(r.ruleId()).isEqualTo("detractor");
    assertThat(r.team()).isEqualTo("support");
    assertThat(r.priority()).isEqualTo(CasePriority.URGENT);
    assertThat(r.respondent()).contains(CaseFixtures.ALICE);
    assertThat(r.attributes()).isEqualTo(Map.of("plan", "enterprise"));
    assertThat(r.firstContactDue()).contains(T0.plus(Duration.ofHours(24)));
  }
}
