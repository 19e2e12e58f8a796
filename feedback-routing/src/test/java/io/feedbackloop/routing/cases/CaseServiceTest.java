package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static io.feedbackloop.routing.cases.CaseFixtures.ALICE;
import static io.feedbackloop.routing.cases.CaseFixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.rules.Action.CasePriority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CaseServiceTest {
  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final InMemoryCaseStore store = InMemoryCaseStore.create();
  private final AtomicInteger seq = new AtomicInteger();
  private final CaseService service = service(ClosePolicy.ofDefaults());

  private CaseService service(ClosePolicy policy) {
    return CaseService.builder()
        .store(store)
        .clock(clock)
        .closePolicy(policy)
        .ids(() -> CaseId.of("c-" + seq.incrementAndGet()))
        .build();
  }

  private FollowUpCase open() {
    return service
        .open(
            OpenCaseRequest.builder(ACME, "r-1", "detractor")
                .team("support")
                .priority(CasePriority.HIGH)
                .respondent(ALICE)
                .firstContactDue(clock.instant().plus(Duration.ofDays(1)))
                .resolutionDue(clock.instant().plus(Duration.ofDays(3)))
                .tag("nps")
                .build())
        .followUpCase();
  }

  private FollowUpCase inProgress() {
    FollowUpCase c = open();
    c = service.assign(ACME, c.id(), "ana", "lead", c.version());
    clock.advance(Duration.ofMinutes(30));
    return service.startProgress(ACME, c.id(), "ana", c.version());
  }

  @Test
  void openingIsIdempotentPerResponseAndRule() {
    OpenCaseRequest request = OpenCaseRequest.builder(ACME, "r-1", "detractor").team("support").build();
    OpenedCase first = service.open(request);
    clock.advance(Duration.ofMinutes(5));
    OpenedCase again = service.open(request);
    OpenedCase otherRule =
        service.open(OpenCaseRequest.builder(ACME, "r-1", "churn-risk").team("support").build());

    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.followUpCase()).isEqualTo(first.followUpCase());
    assertThat(otherRule.created()).isTrue();
    assertThat(otherRule.followUpCase().id()).isNotEqualTo(first.followUpCase().id());
  }

  @Test
  void aNewCaseHasItsFieldsAndCreationEntries() {
    FollowUpCase c = open();
    Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
    assertThat(c.id()).isEqualTo(CaseId.of("c-1"));
    assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    assertThat(c.version()).isZero();
    assertThat(c.priority()).isEqualTo(CasePriority.HIGH);
    assertThat(c.respondents()).containsExactly(ALICE);
    assertThat(c.responseIds()).containsExactly("r-1");
    assertThat(c.tags()).containsExactly("nps");
    assertThat(c.firstContactDue()).contains(t0.plus(Duration.ofDays(1)));
    assertThat(c.resolutionDue()).contains(t0.plus(Duration.ofDays(3)));
    assertThat(c.createdAt()).isEqualTo(t0);
    assertThat(c.audit())
        .extracting(AuditEntry::version, AuditEntry::actor, AuditEntry::field, AuditEntry::from, AuditEntry::to)
        .containsExactly(
            tuple(0L, "system", "created", null, "detractor"), tuple(0L, "system", "status", null, "NEW"));
  }

  @Test
  void theWholeLifecycleIsAudited() {
    FollowUpCase c = inProgress();
    clock.advance(Duration.ofHours(1));
    c = service.hold(ACME, c.id(), "ana", c.version());
    clock.advance(Duration.ofHours(2));
    c = service.resume(ACME, c.id(), "ana", c.version());
    clock.advance(Duration.ofHours(1));
    c =
        service.resolve(
            ACME, c.id(), List.of("carrier-delay"), "Resent the parcel", "Sorry, a new one is on its way", "ana", c.version());
    clock.advance(Duration.ofDays(1));
    c = service.close(ACME, c.id(), "lead", c.version());

    Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.version()).isEqualTo(6);
    assertThat(c.owner()).contains("ana");
    assertThat(c.firstContactAt()).contains(t0.plus(Duration.ofMinutes(30)));
    assertThat(c.holds()).containsExactly(new HoldInterval(t0.plus(Duration.ofMinutes(90)), t0.plus(Duration.ofMinutes(210))));
    assertThat(c.timeOnHold(clock.instant())).isEqualTo(Duration.ofHours(2));
    assertThat(c.resolvedAt()).contains(t0.plus(Duration.ofMinutes(270)));
    assertThat(c.closedAt()).contains(clock.instant());
    assertThat(c.rootCauses()).containsExactly("carrier-delay");
    assertThat(c.resolutionSummary()).contains("Resent the parcel");
    assertThat(c.customerMessage()).contains("Sorry, a new one is on its way");
    assertThat(c.audit())
        .extracting(AuditEntry::version, AuditEntry::actor, AuditEntry::field, AuditEntry::from, AuditEntry::to)
        .containsExactly(
            tuple(0L, "system", "created", null, "detractor"),
            tuple(0L, "system", "status", null, "NEW"),
            tuple(1L, "lead", "status", "NEW", "ASSIGNED"),
            tuple(1L, "lead", "owner", null, "ana"),
            tuple(2L, "ana", "status", "ASSIGNED", "IN_PROGRESS"),
            tuple(2L, "ana", "first_contact", null, "2026-03-02T09:30:00Z"),
            tuple(3L, "ana", "status", "IN_PROGRESS", "ON_HOLD"),
            tuple(4L, "ana", "status", "ON_HOLD", "IN_PROGRESS"),
            tuple(4L, "ana", "hold", "2026-03-02T10:30:00Z", "2026-03-02T12:30:00Z"),
            tuple(5L, "ana", "status", "IN_PROGRESS", "RESOLVED"),
            tuple(5L, "ana", "root_causes", "", "carrier-delay"),
            tuple(5L, "ana", "resolution", null, "(text)"),
            tuple(5L, "ana", "customer_message", null, "(text)"),
            tuple(6L, "lead", "status", "RESOLVED", "CLOSED"));
    assertThat(c.audit().get(2).at()).isEqualTo(t0);
    assertThat(c.audit().get(13).at()).isEqualTo(clock.instant());
    assertThat(c.audit().toString()).doesNotContain("Resent", "Sorry");
    assertThat(store.find(ACME, c.id())).contains(c);
  }

  @Test
  void illegalMovesAreRefusedWithTheAllowedOnes() {
    FollowUpCase c = open();
    assertThatThrownBy(() -> service.resolve(ACME, c.id(), List.of("x"), "s", null, "ana", 0))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessage("case c-1 cannot move from NEW to RESOLVED; allowed: ASSIGNED");
    assertThatThrownBy(() -> service.startProgress(ACME, c.id(), "ana", 0))
        .hasMessage("case c-1 cannot move from NEW to IN_PROGRESS; allowed: ASSIGNED");
    assertThatThrownBy(() -> service.hold(ACME, c.id(), "ana", 0))
        .hasMessage("case c-1 cannot move from NEW to ON_HOLD; allowed: ASSIGNED");
    assertThatThrownBy(() -> service.close(ACME, c.id(), "ana", 0))
        .hasMessage("case c-1 cannot move from NEW to CLOSED; allowed: ASSIGNED");
    assertThatThrownBy(() -> service.reopen(ACME, c.id(), "why", "ana", 0))
        .hasMessage("case c-1 cannot move from NEW to REOPENED; allowed: ASSIGNED");
    assertThatThrownBy(() -> service.resume(ACME, c.id(), "ana", 0))
        .isExactlyInstanceOf(CaseException.class)
        .hasMessage("case c-1 cannot resume: it is NEW, not ON_HOLD");
    assertThat(store.find(ACME, c.id())).contains(c);
  }

  @Test
  void resolvedAndClosedCasesCannotBeAssignedButReassigningKeepsTheStatus() {
    FollowUpCase c = inProgress();
    FollowUpCase reassigned = service.assign(ACME, c.id(), "ben", "lead", c.version());
    assertThat(reassigned.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(reassigned.owner()).contains("ben");
    assertThat(reassigned.audit().get(reassigned.audit().size() - 1))
        .extracting(AuditEntry::field, AuditEntry::from, AuditEntry::to)
        .containsExactly("owner", "ana", "ben");
    FollowUpCase held = service.hold(ACME, c.id(), "ben", reassigned.version());
    FollowUpCase heldReassigned = service.assign(ACME, c.id(), "ana", "lead", held.version());
    assertThat(heldReassigned.status()).isEqualTo(CaseStatus.ON_HOLD);
    FollowUpCase resumed = service.resume(ACME, c.id(), "ana", heldReassigned.version());
    assertThat(resumed.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    FollowUpCase resolved = service.resolve(ACME, c.id(), Set.of("bug"), "fixed", null, "ana", resumed.version());
    assertThatThrownBy(() -> service.assign(ACME, c.id(), "ben", "lead", resolved.version()))
        .isInstanceOf(CaseTransitionException.class)
        .hasMessage("case c-1 cannot move from RESOLVED to ASSIGNED; allowed: CLOSED, REOPENED");
  }

  @Test
  void holdReturnsToTheStatusItCameFrom() {
    FollowUpCase c = open();
    c = service.assign(ACME, c.id(), "ana", "lead", c.version());
    c = service.hold(ACME, c.id(), "ana", c.version());
    assertThat(c.heldFrom()).contains(CaseStatus.ASSIGNED);
    assertThat(c.onHoldSince()).contains(clock.instant());
    clock.advance(Duration.ofMinutes(45));
    assertThat(c.timeOnHold(clock.instant())).isEqualTo(Duration.ofMinutes(45));
    c = service.resume(ACME, c.id(), "ana", c.version());
    assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
    assertThat(c.heldFrom()).isEmpty();
    assertThat(c.onHoldSince()).isEmpty();
    assertThat(c.timeOnHold(clock.instant().plus(Duration.ofDays(1)))).isEqualTo(Duration.ofMinutes(45));
  }

  @Test
  void theDefaultPolicyRequiresRootCauseAndResolution() {
    FollowUpCase c = inProgress();
    assertThatThrownBy(() -> service.resolve(ACME, c.id(), List.of(), "fixed", null, "ana", c.version()))
        .isInstanceOf(CaseIncompleteException.class)
        .hasMessage("case c-1 cannot be resolved: the close policy requires a root cause, but none was given");
    assertThatThrownBy(() -> service.resolve(ACME, c.id(), List.of("bug"), null, null, "ana", c.version()))
        .isInstanceOf(CaseIncompleteException.class)
        .hasMessage(
            "case c-1 cannot be resolved: the close policy requires a resolution summary, but none was given");
    assertThat(store.find(ACME, c.id())).contains(c);
  }

  @Test
  void closingRechecksThePolicy() {
    FollowUpCase c = inProgress();
    FollowUpCase resolved = service(ClosePolicy.lenient()).resolve(ACME, c.id(), List.of(), null, null, "ana", c.version());
    assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThatThrownBy(() -> service.close(ACME, c.id(), "lead", resolved.version()))
        .isInstanceOf(CaseIncompleteException.class)
        .hasMessage("case c-1 cannot be closed: the close policy requires a root cause, but none was recorded");
    CaseService summaryOnly = service(ClosePolicy.builder().requireRootCause(false).build());
    assertThatThrownBy(() -> summaryOnly.close(ACME, c.id(), "lead", resolved.version()))
        .hasMessage(
            "case c-1 cannot be closed: the close policy requires a resolution summary, but none was recorded");
    FollowUpCase closed = service(ClosePolicy.lenient()).close(ACME, c.id(), "lead", resolved.version());
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(ClosePolicy.ofDefaults().requireRootCause()).isTrue();
    assertThat(ClosePolicy.ofDefaults().requireResolution()).isTrue();
  }

  @Test
  void reopeningKeepsTheReasonAsANoteAndClearsTheResolutionTimes() {
    FollowUpCase c = inProgress();
    c = service.resolve(ACME, c.id(), List.of("bug"), "fixed", null, "ana", c.version());
    c = service.close(ACME, c.id(), "lead", c.version());
    clock.advance(Duration.ofDays(2));
    c = service.reopen(ACME, c.id(), "Kunden hörde av sig igen", "ana", c.version());
    assertThat(c.status()).isEqualTo(CaseStatus.REOPENED);
    assertThat(c.isOpen()).isTrue();
    assertThat(c.resolvedAt()).isEmpty();
    assertThat(c.closedAt()).isEmpty();
    assertThat(c.notes()).containsExactly(new CaseNote(c.version(), clock.instant(), "ana", "Kunden hörde av sig igen"));
    assertThat(c.audit().subList(c.audit().size() - 2, c.audit().size()))
        .extracting(AuditEntry::field, AuditEntry::from, AuditEntry::to)
        .containsExactly(tuple("status", "CLOSED", "REOPENED"), tuple("note", null, "note 1"));
    FollowUpCase again = service.startProgress(ACME, c.id(), "ana", c.version());
    assertThat(again.firstContactAt()).as("the first contact stays the first").isEqualTo(c.firstContactAt());
    FollowUpCase resolvedAgain =
        service.resolve(ACME, c.id(), List.of("bug", "process"), "fixed", "text", "ana", again.version());
    assertThat(resolvedAgain.audit().subList(resolvedAgain.audit().size() - 2, resolvedAgain.audit().size()))
        .extracting(AuditEntry::field, AuditEntry::from, AuditEntry::to)
        .containsExactly(tuple("root_causes", "bug", "bug,process"), tuple("customer_message", null, "(text)"));
  }

  @Test
  void staleVersionsConflictAndChangeNothing() {
    FollowUpCase c = open();
    FollowUpCase assigned = service.assign(ACME, c.id(), "ana", "lead", 0);
    assertThatThrownBy(() -> service.addNote(ACME, c.id(), "late", "ben", 0))
        .isInstanceOf(CaseConflictException.class)
        .hasMessage("case c-1 was changed concurrently: expected version 0, but the stored version is 1")
        .satisfies(
            e -> {
              CaseConflictException conflict = (CaseConflictException) e;
              assertThat(conflict.expectedVersion()).isZero();
              assertThat(conflict.actualVersion()).isEqualTo(1);
              assertThat(conflict.caseId()).isEqualTo(c.id());
            });
    assertThat(store.find(ACME, c.id())).contains(assigned);
    assertThatThrownBy(() -> service.addNote(ACME, CaseId.of("c-404"), "x", "ben", 0))
        .isInstanceOf(CaseNotFoundException.class)
        .hasMessage("no case c-404 in tenant acme");
    assertThatThrownBy(() -> service.addNote(ACME, c.id(), "x", "ben", -1))
        .hasMessage("expectedVersion must be >= 0, but was -1");
  }

  @Test
  void notesTagsPriorityAndLinksAreAuditedAndNoOpsChangeNothing() {
    FollowUpCase c = open();
    c = service.addNote(ACME, c.id(), "Ringde, inget svar", "ana", c.version());
    c = service.tag(ACME, c.id(), "vip", "ana", c.version());
    FollowUpCase same = service.tag(ACME, c.id(), "vip", "ana", c.version());
    assertThat(same).isEqualTo(c);
    c = service.untag(ACME, c.id(), "nps", "ana", c.version());
    assertThat(service.untag(ACME, c.id(), "nps", "ana", c.version())).isEqualTo(c);
    c = service.prioritize(ACME, c.id(), CasePriority.URGENT, "lead", c.version());
    assertThat(service.prioritize(ACME, c.id(), CasePriority.URGENT, "lead", c.version())).isEqualTo(c);
    c = service.link(ACME, c.id(), "r-2", BOB, "ana", c.version());
    assertThat(service.link(ACME, c.id(), "r-2", BOB, "ana", c.version())).isEqualTo(c);
    c = service.link(ACME, c.id(), "r-1", ALICE, "ana", c.version());

    assertThat(c.version()).isEqualTo(5);
    assertThat(c.tags()).containsExactly("vip");
    assertThat(c.priority()).isEqualTo(CasePriority.URGENT);
    assertThat(c.responseIds()).containsExactly("r-1", "r-2");
    assertThat(c.respondents()).containsExactly(ALICE, BOB);
    assertThat(c.notes()).extracting(CaseNote::text).containsExactly("Ringde, inget svar");
    assertThat(c.audit().subList(2, c.audit().size()))
        .extracting(AuditEntry::version, AuditEntry::field, AuditEntry::from, AuditEntry::to)
        .containsExactly(
            tuple(1L, "note", null, "note 1"),
            tuple(2L, "tag", null, "vip"),
            tuple(3L, "tag", "nps", null),
            tuple(4L, "priority", "HIGH", "URGENT"),
            tuple(5L, "response", null, "r-2"),
            tuple(5L, "respondent", null, "customer-43"));
    FollowUpCase current = c;
    assertThatThrownBy(() -> service.link(ACME, current.id(), null, null, "ana", current.version()))
        .hasMessage("responseId or respondent must be given, but was neither");
    assertThatThrownBy(() -> service.addNote(ACME, current.id(), " ", "ana", current.version()))
        .hasMessage("note must be not blank, but was blank");
  }

  @Test
  void aCommandJoinsTheCallersTransactionAndRollsBackWithIt() {
    UnitOfWork uow = UnitOfWork.inMemory();
    InMemoryCaseStore joined = InMemoryCaseStore.create(uow);
    CaseService s = CaseService.builder().store(joined).clock(clock).build();
    OpenCaseRequest request = OpenCaseRequest.builder(ACME, "r-9", "detractor").team("support").build();
    FollowUpCase c = s.open(request).followUpCase();
    assertThatThrownBy(
            () ->
                uow.inTransaction(
                    tx -> {
                      s.assign(ACME, c.id(), "ana", "lead", 0);
                      s.open(OpenCaseRequest.builder(ACME, "r-10", "detractor").team("support").build());
                      throw new IllegalStateException("host failed");
                    }))
        .hasMessage("host failed");
    assertThat(joined.find(ACME, c.id())).contains(c);
    assertThat(joined.findByCreationKey(ACME, "r-10", "detractor")).isEmpty();
  }

  @Test
  void theBuilderNeedsAStore() {
    assertThatThrownBy(() -> CaseService.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CaseService needs a store(...), but none was set");
    assertThatThrownBy(() -> OpenCaseRequest.builder(ACME, "r-1", "detractor").build())
        .hasMessage("team must not be null");
  }
}
