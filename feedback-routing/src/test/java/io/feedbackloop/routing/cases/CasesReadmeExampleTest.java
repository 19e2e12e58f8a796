package io.feedbackloop.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.assign.Assigner;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.sla.EscalationLadder;
import io.feedbackloop.routing.sla.SlaPolicies;
import io.feedbackloop.routing.sla.SlaPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The escalation example of CASES.md, compiled and run; keep the two in step. */
class CasesReadmeExampleTest {

  @Test
  void theReadmeExampleRunsAsWritten() {
    MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    TenantId tenant = TenantId.of("acme");
    // --- CASES.md example start
    UnitOfWork uow = UnitOfWork.inMemory();            // or UnitOfWork.jdbc(dataSource)
    CaseStore cases = InMemoryCaseStore.create(uow);   // or JdbcCaseStore on the same unit of work
    InMemoryOutboxStore outbox = InMemoryOutboxStore.create(uow);
    Team support = Team.builder("support").member("ana").member("ben").lead("lea").manager("max").build();
    SlaPolicies slas = SlaPolicies.ofDefaults();       // first contact 24 h, resolution 5 business days

    CaseService service = CaseService.builder()
        .store(cases).clock(clock)
        .slaPolicies(slas)
        .assigner(Assigner.builder().team(support).workload(CaseLookups.workload(cases)).build())
        .build();
    EscalationWorker escalations = EscalationWorker.builder()
        .store(cases).outbox(outbox).clock(clock)
        .policies(slas).ladder(EscalationLadder.ofDefaults()).team(support)
        .build();

    FollowUpCase c = service.open(OpenCaseRequest.builder(tenant, "response-17", "detractor-case")
        .team("support").priority(CasePriority.HIGH).build()).followUpCase();
    // c is ASSIGNED to ana, first contact due in 24 h, resolution due Friday 17:00

    clock.advance(Duration.ofHours(18));               // 75 % of the first-contact target
    EscalationReport report = escalations.runDueWork(); // from the host's scheduler
    // report.fired() == 1: "remind the owner", queued on the outbox for ana, exactly once
    // --- CASES.md example end

    assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
    assertThat(c.owner()).contains("ana");
    assertThat(c.firstContactDue()).contains(clock.instant().minus(Duration.ofHours(18)).plus(Duration.ofDays(1)));
    assertThat(c.resolutionDue().orElseThrow()).hasToString("2026-03-06T17:00:00Z");
    assertThat(report.fired()).isEqualTo(1);
    assertThat(outbox.find(tenant, "case:" + c.id().value() + ":step:first-contact-75:ana")).isPresent();
    assertThat(escalations.runDueWork().fired()).isZero();
    assertThat(SlaPolicy.ofDefaults().name()).isEqualTo("default");
  }
}
