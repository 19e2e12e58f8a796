package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static io.feedbackloop.routing.cases.CaseFixtures.ALICE;
import static io.feedbackloop.routing.cases.CaseFixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.assign.Assigner;
import io.feedbackloop.routing.assign.AssignmentStrategy;
import io.feedbackloop.routing.assign.Member;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.assign.Workload;
import io.feedbackloop.routing.invite.OpenCaseCheck;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store-backed open-case check and workload, and the escalation runner. */
class CaseLookupsAndRunnerTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Test
  void leastLoadedAssignmentCountsTheOwnersOpenCasesInTheStore() {
    InMemoryCaseStore store = InMemoryCaseStore.create();
    MutableClock clock = MutableClock.at(T0);
    Team team = Team.of("support", "ana", "ben");
    CaseService service =
        CaseService.builder()
            .store(store)
            .clock(clock)
            .assigner(
                Assigner.builder()
                    .team(team)
                    .strategy(AssignmentStrategy.leastLoaded())
                    .workload(CaseLookups.workload(store))
                    .clock(clock)
                    .build())
            .build();
    List<String> owners =
        List.of("r-1", "r-2", "r-3").stream()
            .map(r -> service.open(OpenCaseRequest.builder(ACME, r, "detractor").team("support").build()))
            .map(o -> o.followUpCase().owner().orElseThrow())
            .toList();
    assertThat(owners).containsExactly("ana", "ben", "ana");
    Workload workload = CaseLookups.workload(store);
    assertThat(workload.openCases(ACME, Member.of("ana"))).isEqualTo(2);
    assertThat(workload.openCases(ACME, Member.of("ben"))).isEqualTo(1);
    assertThat(workload.openCases(CaseFixtures.GLOBEX, Member.of("ana"))).isZero();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void theOpenCaseCheckAsksTheStore() {
    InMemoryCaseStore store = InMemoryCaseStore.create();
    CaseService service = CaseService.builder().store(store).clock(MutableClock.at(T0)).build();
    service.open(
        OpenCaseRequest.builder(ACME, "r-1", "detractor").team("support").respondent(ALICE).build());
    OpenCaseCheck check = CaseLookups.openCaseCheck(store);
    assertThat(check.hasOpenCase(ACME, ALICE)).isTrue();
    assertThat(check.hasOpenCase(ACME, BOB)).isFalse();
    assertThatThrownBy(() -> CaseLookups.workload(null)).hasMessage("store must not be null");
  }

  @Test
  void theRunnerFiresDueStepsOnTheHostsExecutor() throws InterruptedException {
    UnitOfWork uow = UnitOfWork.inMemory();
    InMemoryCaseStore store = InMemoryCaseStore.create(uow);
    InMemoryOutboxStore outbox = InMemoryOutboxStore.create(uow);
    MutableClock clock = MutableClock.at(T0);
    CaseService service =
        CaseService.builder()
            .store(store)
            .clock(clock)
            .slaPolicies(io.feedbackloop.routing.sla.SlaPolicies.ofDefaults())
            .build();
    FollowUpCase c =
        service
            .open(OpenCaseRequest.builder(ACME, "r-1", "detractor").team("support").build())
            .followUpCase();
    clock.advance(Duration.ofHours(24));
    EscalationWorker worker =
        EscalationWorker.builder()
            .store(store)
            .outbox(outbox)
            .clock(clock)
            .team(Team.builder("support").member("ana").lead("lea").build())
            .build();

    try (EscalationRunner runner = EscalationRunner.start(worker, executor, Duration.ofMillis(1))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (store.find(ACME, c.id()).orElseThrow().version() < 2 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(runner.isClosed()).isFalse();
    }
    executor.shutdown();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    // unassigned: the owner reminder has nobody, the breach goes to the lead
    assertThat(store.firedSteps(ACME, c.id()))
        .containsExactlyInAnyOrder("first-contact-75", "first-contact-breach");
    assertThat(outbox.find(ACME, "case:" + c.id().value() + ":step:first-contact-breach:lea"))
        .isPresent();
  }
}
