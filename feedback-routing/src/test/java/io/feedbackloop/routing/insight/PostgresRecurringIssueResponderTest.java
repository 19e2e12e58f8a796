package io.feedbackloop.routing.insight;

import static io.feedbackloop.routing.insight.InsightWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseService;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.jdbc.JdbcCaseStore;
import io.feedbackloop.routing.jdbc.JdbcOutboxStore;
import io.feedbackloop.routing.jdbc.RoutingMigrations;
import io.feedbackloop.routing.outbox.OutboxStore;
import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes (separate data sources, so separate connections) get the same events at the same
 * moment: one problem case and one alert per issue, every response linked once.
 */
class PostgresRecurringIssueResponderTest {
  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private Node nodeA;
  private Node nodeB;

  private record Node(CaseService cases, OutboxStore outbox, RecurringIssueResponder responder) {}

  @BeforeEach
  void twoNodes() {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("issueresp");
    SchemaMigrator.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(prefix)
        .build()
        .migrate(RoutingMigrations.all());
    nodeA = node(EmbeddedPostgresSupport.dataSource(), prefix);
    nodeB = node(EmbeddedPostgresSupport.unpooledDataSource(), prefix);
  }

  private Node node(DataSource ds, String prefix) {
    UnitOfWork uow = UnitOfWork.jdbc(ds);
    CaseService cases =
        CaseService.builder()
            .store(JdbcCaseStore.builder().unitOfWork(uow).tablePrefix(prefix).build())
            .clock(clock)
            .build();
    OutboxStore outbox = JdbcOutboxStore.builder().unitOfWork(uow).tablePrefix(prefix).build();
    RecurringIssueResponder responder =
        RecurringIssueResponder.builder()
            .tenant(ACME)
            .cases(cases)
            .outbox(outbox)
            .team("delivery", "logistics")
            .clock(clock)
            .build();
    return new Node(cases, outbox, responder);
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void twoRespondersGivenTheSameEventsAtOnceOpenOneCaseAndQueueOneAlert() throws Exception {
    for (int round = 0; round < 5; round++) {
      String issue = "delivery:region=north:" + (1772438400 + round * 3600);
      List<String> responses = new ArrayList<>();
      List<String> people = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        responses.add("r-" + round + "-" + i);
        people.add("p-" + round + "-" + i);
      }
      RecurringIssueDetected first =
          InsightWorld.event(issue, "delivery", 1, responses.subList(0, 4), people.subList(0, 4));
      RecurringIssueDetected second =
          InsightWorld.event(issue, "delivery", 2, responses, people);

      RespondedIssue[] a = together(first, first);
      assertThat(a[0].caseCreated() ^ a[1].caseCreated()).as("round %s: exactly one opened", round).isTrue();
      assertThat(a[0].alertQueued() ^ a[1].alertQueued()).as("round %s: exactly one alert", round).isTrue();
      assertThat(a[0].caseId()).isEqualTo(a[1].caseId());
      RespondedIssue[] b = together(second, second);
      assertThat(b[0].caseId()).isEqualTo(a[0].caseId());
      assertThat(b[0].caseCreated() || b[1].caseCreated()).isFalse();

      FollowUpCase c = nodeB.cases().find(ACME, a[0].caseId()).orElseThrow();
      assertThat(c.responseIds().subList(1, c.responseIds().size()))
          .as("round %s", round)
          .containsExactlyInAnyOrderElementsOf(responses);
      assertThat(c.respondents()).hasSize(6);
      assertThat(c.audit().stream().filter(e -> e.field().equals(AuditEntry.RESPONSE)).map(AuditEntry::to))
          .as("each response linked once").doesNotHaveDuplicates().hasSize(6);
      assertThat(nodeA.cases().store().findByResponse(ACME, c.sourceResponseId())).hasSize(1);
      assertThat(nodeA.outbox().find(ACME, "issue:" + issue + ":alert")).isPresent();
    }
    assertThat(nodeA.outbox().counts().total()).as("one alert per issue").isEqualTo(5);
  }

  private RespondedIssue[] together(RecurringIssueDetected forA, RecurringIssueDetected forB)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    Future<RespondedIssue> a =
        pool.submit(() -> { start.await(); return nodeA.responder().respond(forA); });
    Future<RespondedIssue> b =
        pool.submit(() -> { start.await(); return nodeB.responder().respond(forB); });
    return new RespondedIssue[] {a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)};
  }
}
