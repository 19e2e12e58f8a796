package io.feedbackloop.routing.jdbc;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseConflictException;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseNote;
import io.feedbackloop.routing.cases.CaseService;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.OpenCaseRequest;
import io.feedbackloop.routing.cases.OpenedCase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two "nodes" (services on separate data sources: the pooled one and an unpooled one, so on
 * separate connections) work on the same cases at the same time.
 */
class PostgresCaseConcurrencyTest {
  private static final int EDITS_PER_NODE = 200;

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private CaseService nodeA;
  private CaseService nodeB;

  @BeforeEach
  void twoNodes() {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("caseconc");
    SchemaMigrator.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(prefix)
        .build()
        .migrate(RoutingMigrations.all());
    nodeA = node(EmbeddedPostgresSupport.dataSource(), prefix);
    nodeB = node(EmbeddedPostgresSupport.unpooledDataSource(), prefix);
  }

  private CaseService node(DataSource ds, String prefix) {
    return CaseService.builder()
        .store(JdbcCaseStore.builder().dataSource(ds).tablePrefix(prefix).build())
        .clock(clock)
        .build();
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void twoNodesOpeningTheSameCaseAtOnceGetOneCase() throws Exception {
    for (int round = 0; round < 10; round++) {
      OpenCaseRequest request =
          OpenCaseRequest.builder(ACME, "r-" + round, "detractor").team("support").build();
      CyclicBarrier start = new CyclicBarrier(2);
      Future<OpenedCase> a = pool.submit(() -> { start.await(); return nodeA.open(request); });
      Future<OpenedCase> b = pool.submit(() -> { start.await(); return nodeB.open(request); });
      OpenedCase ra = a.get(30, TimeUnit.SECONDS);
      OpenedCase rb = b.get(30, TimeUnit.SECONDS);

      assertThat(ra.created() ^ rb.created()).as("round %s: exactly one created", round).isTrue();
      assertThat(ra.followUpCase()).isEqualTo(rb.followUpCase());
      assertThat(nodeA.store().findByResponse(ACME, "r-" + round)).hasSize(1);
    }
  }

  @Test
  void concurrentEditsWithRetryLoseNothing() throws Exception {
    FollowUpCase c =
        nodeA.open(OpenCaseRequest.builder(ACME, "r-1", "detractor").team("support").build()).followUpCase();
    CyclicBarrier start = new CyclicBarrier(2);
    Future<Integer> a = pool.submit(editor(nodeA, c.id(), "agent-a", start));
    Future<Integer> b = pool.submit(editor(nodeB, c.id(), "agent-b", start));
    int conflicts = a.get(120, TimeUnit.SECONDS) + b.get(120, TimeUnit.SECONDS);

    FollowUpCase last = nodeB.find(ACME, c.id()).orElseThrow();
    assertThat(last.version()).isEqualTo(2L * EDITS_PER_NODE);
    List<String> expectedA = new ArrayList<>();
    List<String> expectedB = new ArrayList<>();
    for (int i = 0; i < EDITS_PER_NODE; i++) {
      expectedA.add("agent-a edit " + i);
      expectedB.add("agent-b edit " + i);
    }
    assertThat(last.notes().stream().filter(n -> n.author().equals("agent-a")).map(CaseNote::text))
        .containsExactlyElementsOf(expectedA);
    assertThat(last.notes().stream().filter(n -> n.author().equals("agent-b")).map(CaseNote::text))
        .containsExactlyElementsOf(expectedB);
    List<AuditEntry> noteEntries =
        last.audit().stream().filter(e -> e.field().equals(AuditEntry.NOTE)).toList();
    assertThat(noteEntries).hasSize(2 * EDITS_PER_NODE);
    assertThat(noteEntries).extracting(AuditEntry::version).doesNotHaveDuplicates();
    assertThat(last.audit().stream().filter(e -> e.version() > 0).map(AuditEntry::version))
        .as("one entry per version, no gaps")
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 2L * EDITS_PER_NODE).boxed().toList());
    System.out.printf("2 x %d edits, %d conflicts retried%n", EDITS_PER_NODE, conflicts);
  }

  /** Adds {@link #EDITS_PER_NODE} notes, retrying each on conflict; returns the conflicts. */
  private static Callable<Integer> editor(CaseService node, CaseId id, String actor, CyclicBarrier start) {
    return () -> {
      start.await();
      long version = 0;
      int conflicts = 0;
      for (int i = 0; i < EDITS_PER_NODE; i++) {
        while (true) {
          try {
            version = node.addNote(ACME, id, actor + " edit " + i, actor, version).version();
            break;
          } catch (CaseConflictException e) {
            conflicts++;
            version = e.actualVersion();
          }
        }
      }
      return conflicts;
    };
  }
}
