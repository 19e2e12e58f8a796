package io.feedbackloop.routing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.assign.Assigner;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseConflictException;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseService;
import io.feedbackloop.routing.cases.CaseStore;
import io.feedbackloop.routing.cases.EscalationReport;
import io.feedbackloop.routing.cases.EscalationWorker;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.OpenCaseRequest;
import io.feedbackloop.routing.sla.Audience;
import io.feedbackloop.routing.sla.EscalationLadder;
import io.feedbackloop.routing.sla.EscalationTrigger;
import io.feedbackloop.routing.sla.Milestone;
import io.feedbackloop.routing.sla.SlaPolicies;
import io.feedbackloop.routing.sla.SlaPolicy;
import io.feedbackloop.routing.sla.SlaTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Issue 6's integration test: 1,000 cases with SLAs on one embedded PostgreSQL, two escalation
 * workers with separate connection pools (two nodes), a shared clock driven through three times
 * the SLA, node A killed mid-batch (see {@link KillableCaseStore}), and a third thread editing
 * cases with retry on conflict. Every (case, step) must fire exactly once with one outbox message
 * per recipient, no edit may be lost, and nothing may be left due.
 */
class PostgresEscalationTwoWorkersTest {
  private static final int CASES = 1_000;
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration OPENING_SPAN = Duration.ofHours(2);
  private static final Duration RESOLUTION = Duration.ofHours(8);
  private static final Duration STEP = Duration.ofMinutes(10);
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final int A_FIRES_BEFORE_DEATH = 150;
  private static final int MAX_EDITS = 600;
  private static final SlaPolicy POLICY =
      SlaPolicy.of("pg", SlaTarget.wallClock(Duration.ofHours(4)), SlaTarget.wallClock(RESOLUTION));
  private static final SlaPolicies POLICIES = SlaPolicies.builder().otherwise(POLICY).build();
  private static final EscalationLadder LADDER =
      EscalationLadder.builder()
          .step("fc-75", Milestone.FIRST_CONTACT, EscalationTrigger.atShare(0.75), Audience.OWNER, "sla.reminder")
          .step("fc-breach", Milestone.FIRST_CONTACT, EscalationTrigger.atBreach(), Audience.TEAM_LEAD, "sla.breach")
          .step(
              "res-2x",
              Milestone.RESOLUTION,
              EscalationTrigger.afterMultiple(2.0),
              Audience.role("escalation"),
              "sla.escalation")
          .build();
  private static final Team TEAM =
      Team.builder("support")
          .member("ana")
          .member("ben")
          .member("cem")
          .member("dia")
          .lead("lea")
          .role("escalation", "max", "mia")
          .build();

  private final MutableClock clock = MutableClock.at(T0);

  @Test
  void everyStepFiresExactlyOnceAcrossTwoNodesWhenOneDiesMidBatch() throws Exception {
    long started = System.nanoTime();
    String prefix = EmbeddedPostgresSupport.uniquePrefix("esc2");
    DataSource poolA = EmbeddedPostgresSupport.dataSource();
    PGConnectionPoolDataSource physical = new PGConnectionPoolDataSource();
    physical.setURL(EmbeddedPostgresSupport.jdbcUrl());
    JdbcConnectionPool poolB = JdbcConnectionPool.create(physical);
    SchemaMigrator.builder().dataSource(poolA).tablePrefix(prefix).build()
        .migrate(RoutingMigrations.all());

    UnitOfWork uowA = UnitOfWork.jdbc(poolA);
    JdbcCaseStore storeA = JdbcCaseStore.builder().unitOfWork(uowA).tablePrefix(prefix).build();
    CaseService service =
        CaseService.builder()
            .store(storeA)
            .clock(clock)
            .slaPolicies(POLICIES)
            .assigner(Assigner.builder().team(TEAM).clock(clock).build())
            .build();
    List<FollowUpCase> opened = openCases(service, storeA);
    long openedAt = System.nanoTime();

    KillableCaseStore doomed = new KillableCaseStore(storeA, A_FIRES_BEFORE_DEATH);
    EscalationWorker nodeA = worker("node-a", doomed, uowA, prefix);
    UnitOfWork uowB = UnitOfWork.jdbc(poolB);
    EscalationWorker nodeB =
        worker(
            "node-b",
            JdbcCaseStore.builder().unitOfWork(uowB).tablePrefix(prefix).build(),
            uowB,
            prefix);

    // the third thread: edits with retry on conflict, on node A's pool
    AtomicIntegerArray edits = new AtomicIntegerArray(CASES);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService threads = Executors.newFixedThreadPool(3);
    Future<Integer> editor = threads.submit(() -> edit(service, opened, edits, stop));

    EscalationReport byB = EscalationReport.empty();
    EscalationReport byA = EscalationReport.empty();
    int rounds = 0;
    int takeOverRound = -1;
    int leasedByDeadA = 0;
    Instant end = T0.plus(OPENING_SPAN).plus(RESOLUTION.multipliedBy(3));
    try {
      for (Instant t = T0; !t.isAfter(end); t = t.plus(STEP)) {
        clock.set(t);
        rounds++;
        Future<EscalationReport> a = threads.submit(() -> drainUntilDead(nodeA, doomed));
        Future<EscalationReport> b = threads.submit(() -> drain(nodeB));
        byA = byA.plus(a.get(60, TimeUnit.SECONDS));
        byB = byB.plus(b.get(60, TimeUnit.SECONDS));
        if (doomed.isDead() && takeOverRound < 0) {
          takeOverRound = rounds;
          leasedByDeadA = count(poolA, "select count(*) from " + prefix + "case_schedules"
              + " where lease_owner = 'node-a' and lease_until_us > ?", micros(t));
        }
      }
    } finally {
      stop.set(true);
    }
    int edited = editor.get(60, TimeUnit.SECONDS);
    threads.shutdownNow();
    long ranAt = System.nanoTime();

    try {
      assertThat(doomed.isDead()).as("node A was killed").isTrue();
      assertThat(leasedByDeadA).as("cases left leased by the dead node").isPositive();
      assertThat(count(poolA, "select count(*) from " + prefix + "case_schedules where lease_owner = 'node-a'"))
          .as("every case the dead node held was taken over")
          .isZero();

      // every (case, step) fired exactly once: the primary key forbids twice, the count forbids never
      assertThat(count(poolA, "select count(*) from " + prefix + "case_escalations"))
          .isEqualTo(CASES * 3);
      assertThat(count(poolA, "select count(*) from (select case_id from " + prefix
              + "case_escalations group by case_id having count(*) = 3) x"))
          .isEqualTo(CASES);
      int firedByA = count(poolA, "select count(*) from " + prefix + "case_escalations where fired_by = 'node-a'");
      // A dies on its 151st attempt to record a step; an attempt rolled back by a concurrent edit
      // (and retried) counts as an attempt too, so A committed at most 150 steps
      assertThat(firedByA).as("node A fired until it died").isBetween(1, A_FIRES_BEFORE_DEATH);
      assertThat(byB.fired()).as("node B fired the rest").isEqualTo(CASES * 3 - firedByA);

      // one outbox message per step and recipient, exactly the expected keys
      Set<String> expected = new HashSet<>();
      for (FollowUpCase c : opened) {
        String key = "case:" + c.id().value() + ":step:";
        expected.add(key + "fc-75:" + c.owner().orElseThrow());
        expected.add(key + "fc-breach:lea");
        expected.add(key + "res-2x:max");
        expected.add(key + "res-2x:mia");
      }
      List<String> keys = strings(poolA, "select idempotency_key from " + prefix + "outbox");
      assertThat(keys).hasSize(CASES * 4).doesNotHaveDuplicates();
      assertThat(new HashSet<>(keys)).isEqualTo(expected);

      // no update lost: version = escalations + edits, and the audit trail has each of them
      for (int i = 0; i < CASES; i++) {
        FollowUpCase c = storeA.find(TENANT, opened.get(i).id()).orElseThrow();
        assertThat(c.version()).as(c.id().value()).isEqualTo(3L + edits.get(i));
        assertThat(c.audit().stream().filter(e -> e.field().equals(AuditEntry.ESCALATION)).count())
            .isEqualTo(3);
        assertThat(c.audit().stream().filter(e -> e.field().equals(AuditEntry.NOTE)).count())
            .isEqualTo(edits.get(i));
        assertThat(c.notes()).hasSize(edits.get(i));
      }
      assertThat(edited).as("edits made").isPositive();

      // nothing left due, nothing left leased
      assertThat(count(poolA, "select count(*) from " + prefix + "case_schedules where next_check_us is not null"))
          .isZero();
      assertThat(count(poolA, "select count(*) from " + prefix + "case_schedules where lease_token is not null"))
          .isZero();
      System.out.printf(
          "escalation 2 nodes: %d cases, %d rounds, opened in %d ms, ran in %d ms;"
              + " A fired %d then died (%d cases left leased, taken over in round %d);"
              + " B %s; %d edits%n",
          CASES, rounds, (openedAt - started) / 1_000_000, (ranAt - openedAt) / 1_000_000,
          firedByA, leasedByDeadA, takeOverRound + 1, byB, edited);
    } finally {
      poolB.dispose();
    }
  }

  private List<FollowUpCase> openCases(CaseService service, CaseStore store) {
    List<FollowUpCase> out = new ArrayList<>(CASES);
    long spacing = OPENING_SPAN.toMillis() / CASES;
    for (int batch = 0; batch < CASES; batch += 100) {
      int from = batch;
      out.addAll(
          store.unitOfWork().inTransaction(tx -> {
            List<FollowUpCase> some = new ArrayList<>();
            for (int i = from; i < from + 100; i++) {
              clock.set(T0.plusMillis(i * spacing));
              some.add(service.open(OpenCaseRequest.builder(TENANT, "r-" + i, "detractor")
                  .team("support").build()).followUpCase());
            }
            return some;
          }));
    }
    clock.set(T0);
    return out;
  }

  private EscalationWorker worker(String id, CaseStore store, UnitOfWork uow, String prefix) {
    return EscalationWorker.builder()
        .store(store)
        .outbox(JdbcOutboxStore.builder().unitOfWork(uow).tablePrefix(prefix).build())
        .policies(POLICIES)
        .ladder(LADDER)
        .team(TEAM)
        .clock(clock)
        .workerId(id)
        .lease(LEASE)
        .batchSize(25)
        .build();
  }

  private static EscalationReport drain(EscalationWorker worker) {
    EscalationReport total = EscalationReport.empty();
    while (true) {
      EscalationReport r = worker.runDueWork();
      total = total.plus(r);
      if (r.claimed() < worker.batchSize()) {
        return total;
      }
    }
  }

  /** Node A's loop: runs until its store kills it; the rest of its batch stays leased. */
  private static EscalationReport drainUntilDead(EscalationWorker worker, KillableCaseStore store) {
    if (store.isDead()) {
      return EscalationReport.empty();
    }
    try {
      return drain(worker);
    } catch (KillableCaseStore.Killed e) {
      return EscalationReport.empty();
    }
  }

  /** Adds notes to random cases, re-reading and retrying on every version conflict. */
  private static int edit(
      CaseService service, List<FollowUpCase> cases, AtomicIntegerArray edits, AtomicBoolean stop) {
    Random random = new Random(6L);
    int made = 0;
    while (!stop.get() && made < MAX_EDITS) {
      int i = random.nextInt(cases.size());
      CaseId id = cases.get(i).id();
      while (true) {
        long version = service.find(TENANT, id).orElseThrow().version();
        try {
          service.addNote(TENANT, id, "called back", "ana", version);
          edits.incrementAndGet(i);
          made++;
          break;
        } catch (CaseConflictException e) {
          // someone else (an escalation) won the version: read again and retry
        }
      }
    }
    return made;
  }

  private static long micros(Instant t) {
    return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
  }

  private static int count(DataSource ds, String sql, Object... params) throws SQLException {
    try (Connection con = ds.getConnection();
        PreparedStatement ps = con.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static List<String> strings(DataSource ds, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection con = ds.getConnection();
        PreparedStatement ps = con.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
