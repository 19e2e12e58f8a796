package io.feedbackloop.examples.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.store.jdbc.CoreMigrations;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.jdbc.JdbcCaseStore;
import io.feedbackloop.routing.jdbc.RoutingMigrations;
import io.feedbackloop.routing.loop.DueWorkReport;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.KeyedAction;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Three application nodes, each a {@link LoopNode} in its own JVM with its own {@code FeedbackLoop}
 * on the JDBC stores of one embedded PostgreSQL, submit 30,000 responses concurrently (the
 * same idempotency keys on several nodes on purpose, some with other content) while each runs its
 * due work against one local HTTP receiver. Node 2 is killed with SIGKILL a third of the way
 * through its slice and started again under a new node id, submitting its whole slice again.
 *
 * <p>The restarted process gets a new id ({@code node-2-restarted}) as a restarted container
 * would (host name and process id): the claim token, not the id, is what guards a claim, and a
 * new id keeps what the dead process left claimed apart from what its successor holds.
 *
 * <p>Afterwards, from SQL, the case store and the receiver's records: every response stored
 * exactly once; every detractor's case exactly once and no other case; both first-contact SLA
 * steps of every case fired exactly once, with their notices received; every outbox message
 * delivered and received at least once, a message received twice always under the same key with
 * the same content; nothing claimed by the dead node; no dead letters.
 */
class MultiNodeLoopTest {
  /**
   * Distinct responses (idempotency keys) of the run, 30,000 as the issue asks (about 14 % more
   * submits); {@code -Dfeedback.nodes.total=3000} runs a smaller one while working on it.
   */
  static final int TOTAL = Integer.getInteger("feedback.nodes.total", 30_000);

  static final int NODES = 3;

  /** Leases of the nodes: short, so that the dead node's claims expire during the run. */
  static final Duration LEASE = Duration.ofSeconds(5);

  /** A detractor's first contact: due within seconds, so SLA steps fire during the run. */
  static final Duration FIRST_CONTACT = Duration.ofSeconds(3);

  private static final String DEAD = "node-2";
  private static final List<String> STEPS = List.of("first-contact-75", "first-contact-breach");

  @Test
  void threeNodesOneKilledEverythingExactlyOnce() throws Exception {
    DataSource ds = EmbeddedPostgresSupport.dataSource();
    String prefix = EmbeddedPostgresSupport.uniquePrefix("nodes");
    SchemaMigrator.builder().dataSource(ds).tablePrefix(prefix).build()
        .migrate(CoreMigrations.all(), RoutingMigrations.all());
    Workload workload = new Workload(TOTAL, NODES);
    long t0 = System.nanoTime();

    List<NodeProcess> finishing = new ArrayList<>();
    NodeProcess killed = null;
    try (Receiver receiver = new Receiver()) {
      for (int n = 0; n < NODES - 1; n++) {
        finishing.add(NodeProcess.start("node-" + n, nodeArgs(prefix, receiver.base(), n, NODES, TOTAL)));
      }
      killed = NodeProcess.start(DEAD, nodeArgs(prefix, receiver.base(), 2, NODES, TOTAL));
      int killAt = workload.slice(2).length / 3;
      assertThat(killed.awaitAccepted(killAt, Duration.ofMinutes(5)))
          .as("node 2 accepted %d responses; its output:%n%s", killAt, String.join("\n", killed.lines()))
          .isTrue();
      killed.kill();
      long killedAt = System.nanoTime();
      finishing.add(NodeProcess.start("node-2-restarted", nodeArgs(prefix, receiver.base(), 2, NODES, TOTAL)));
      for (NodeProcess p : finishing) {
        assertThat(p.await(Duration.ofMinutes(10)))
            .as("exit code of %s; its output:%n%s", p.nodeId(), String.join("\n", p.lines()))
            .isZero();
      }
      long nodesDone = System.nanoTime();
      long afterKill = nodesDone - killedAt;

      // The live nodes ran for longer than a lease after the kill: what the dead node held
      // expired and was taken over in real time, before any drain.
      assertThat(Duration.ofNanos(afterKill)).isGreaterThan(LEASE);
      assertThat(count(ds, "select count(*) from " + prefix + "outbox where state = 'CLAIMED' and claimed_by = ?", DEAD))
          .as("outbox messages still claimed by the dead node").isZero();
      assertThat(count(ds, "select count(*) from " + prefix + "case_schedules where lease_owner = ?", DEAD))
          .as("cases still claimed by the dead node").isZero();

      // Whatever came due after the last node stopped (a late SLA step, a retry): one more node,
      // its clock past every lease and first-contact target.
      Clock later = Clock.offset(Clock.systemUTC(), FIRST_CONTACT.plus(LEASE).plusSeconds(10));
      FeedbackLoop drain = NodeSetup.loop(ds, prefix, "drain", receiver.base(), LEASE, FIRST_CONTACT, later);
      int drainDelivered = 0;
      int drainFired = 0;
      for (int i = 0; i < 20; i++) {
        DueWorkReport r = drain.runDueWork();
        drainDelivered += r.delivered();
        drainFired += r.stepsFired();
        if (r.escalations().claimed() == 0 && r.deliveries().claimed() == 0) {
          break;
        }
      }

      long drained = System.nanoTime();
      assertEverythingOnce(ds, prefix, receiver.received());
      System.out.printf(
          "nodes done after %.1f s, drain %.1f s, checks %.1f s, last webhook after %.1f s%n",
          (nodesDone - t0) / 1e9, (drained - nodesDone) / 1e9, (System.nanoTime() - drained) / 1e9,
          (receiver.lastNanos() - t0) / 1e9);
      report(finishing, killed, t0, drainDelivered, drainFired, receiver.received());
    } finally {
      for (NodeProcess p : finishing) {
        p.close();
      }
      if (killed != null) {
        killed.close();
      }
    }
  }

  private static void assertEverythingOnce(DataSource ds, String prefix, List<Receiver.Received> received)
      throws SQLException {
    // every response stored exactly once, under its key
    Map<String, String> idByKey = new HashMap<>();
    Map<String, Integer> rowsByKey = new HashMap<>();
    query(ds, "select idempotency_key, id from " + prefix + "responses where tenant_id = ?",
        rs -> {
          idByKey.put(rs.getString(1), rs.getString(2));
          rowsByKey.merge(rs.getString(1), 1, Integer::sum);
        });
    assertThat(rowsByKey).hasSize(TOTAL);
    assertThat(rowsByKey.values()).containsOnly(1);
    List<String> missingResponses = new ArrayList<>();
    for (int i = 0; i < TOTAL; i++) {
      if (!idByKey.containsKey(Workload.key(i))) {
        missingResponses.add(Workload.key(i));
      }
    }
    assertThat(missingResponses).as("keys without a stored response").isEmpty();

    // the case the rules called for, once per detractor, and no other
    Map<String, String> caseBySource = new HashMap<>();
    Map<String, String> ownerByCase = new HashMap<>();
    query(ds, "select source_response_id, rule_id, id, owner_id from " + prefix + "cases where tenant_id = ?",
        rs -> {
          assertThat(rs.getString(2)).isEqualTo("detractor-case");
          assertThat(caseBySource.put(rs.getString(1), rs.getString(3))).as("second case of %s", rs.getString(1)).isNull();
          ownerByCase.put(rs.getString(3), rs.getString(4));
        });
    Set<String> expectedKeys = new HashSet<>();
    Set<String> escalationKeys = new HashSet<>();
    int detractors = 0;
    for (int i = 0; i < TOTAL; i++) {
      String id = idByKey.get(Workload.key(i));
      switch (Workload.category(i)) {
        case DETRACTOR -> {
          detractors++;
          assertThat(caseBySource).as("case of %s", id).containsKey(id);
          expectedKeys.add(actionKey(id, "detractor-case", 1));
          escalationKeys.add(actionKey(id, "escalate-detractor", 0));
        }
        case PASSIVE -> expectedKeys.add(actionKey(id, "passive-follow-up", 0));
        case PROMOTER -> {
          expectedKeys.add(actionKey(id, "promoter-thanks", 0));
          expectedKeys.add(actionKey(id, "promoter-thanks", 1));
        }
      }
    }
    assertThat(caseBySource).hasSize(detractors);

    // both first-contact steps of every case fired exactly once, as the case store tells
    JdbcCaseStore cases = JdbcCaseStore.builder().dataSource(ds).tablePrefix(prefix).build();
    Map<String, Integer> firedRows = new HashMap<>();
    query(ds, "select case_id from " + prefix + "case_escalations where tenant_id = ?",
        rs -> firedRows.merge(rs.getString(1), 1, Integer::sum));
    Set<String> stepKeys = new HashSet<>();
    for (Map.Entry<String, String> c : ownerByCase.entrySet()) {
      String caseId = c.getKey();
      assertThat(cases.firedSteps(Workload.TENANT, CaseId.of(caseId)))
          .as("fired steps of case %s", caseId)
          .containsExactlyInAnyOrderElementsOf(STEPS);
      assertThat(firedRows.get(caseId)).as("fired-step rows of case %s", caseId).isEqualTo(STEPS.size());
      assertThat(c.getValue()).as("owner of case %s", caseId).isNotNull();
      stepKeys.add("case:" + caseId + ":step:first-contact-75:" + c.getValue());
      stepKeys.add("case:" + caseId + ":step:first-contact-breach:lea");
    }
    assertThat(firedRows).hasSameSizeAs(ownerByCase);

    // every message the rules and steps called for is in the outbox, delivered; nothing else is
    Map<String, String> stateByKey = new HashMap<>();
    query(ds, "select idempotency_key, state from " + prefix + "outbox where tenant_id = ?",
        rs -> stateByKey.put(rs.getString(1), rs.getString(2)));
    assertThat(stateByKey.values()).as("outbox states").containsOnly("DELIVERED");
    Set<String> outbox = stateByKey.keySet();
    // plain set arithmetic: AssertJ's containsAll compares element by element (quadratic)
    assertThat(minus(expectedKeys, outbox)).as("messages the rules called for, not in the outbox").isEmpty();
    assertThat(minus(stepKeys, outbox)).as("SLA notices not in the outbox").isEmpty();
    Set<String> rest = new HashSet<>(outbox);
    rest.removeAll(expectedKeys);
    rest.removeAll(stepKeys);
    // a repeat detractor's escalation: whether the earlier detractor answer was committed when the
    // later one was evaluated depends on the race between the nodes, so it may or may not be there
    assertThat(minus(rest, escalationKeys)).as("outbox messages nobody called for").isEmpty();

    // the receiver got every message at least once, nothing else, and a message twice only under
    // its own key with the same content (a redelivery after an expired lease)
    Map<String, List<Receiver.Received>> byKey =
        received.stream().collect(Collectors.groupingBy(Receiver.Received::key));
    assertThat(minus(outbox, byKey.keySet())).as("outbox messages never received").isEmpty();
    assertThat(minus(byKey.keySet(), outbox)).as("received keys not in the outbox").isEmpty();
    for (List<Receiver.Received> same : byKey.values()) {
      assertThat(same).extracting(Receiver.Received::dataHash).containsOnly(same.get(0).dataHash());
      assertThat(same).extracting(Receiver.Received::channel).containsOnly(same.get(0).channel());
    }
  }

  private static void report(
      List<NodeProcess> nodes,
      NodeProcess killed,
      long t0,
      int drainDelivered,
      int drainFired,
      List<Receiver.Received> received) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("multi-node run: %d responses, %.1f s%n", TOTAL, (System.nanoTime() - t0) / 1e9));
    sb.append(killed.nodeId()).append(" (killed): ").append(killed.last("progress")).append('\n');
    for (NodeProcess p : nodes) {
      sb.append(p.nodeId()).append(": ").append(p.last("done")).append('\n');
      sb.append("  ").append(p.last("escalations")).append('\n');
      sb.append("  ").append(p.last("deliveries")).append('\n');
      sb.append("  ").append(p.last("longest")).append('\n');
    }
    long twice = received.stream().collect(Collectors.groupingBy(Receiver.Received::key, Collectors.counting()))
        .values().stream().filter(n -> n > 1).count();
    sb.append(String.format(
        "receiver: %d requests, %d keys received more than once; drain: %d delivered, %d steps fired%n",
        received.size(), twice, drainDelivered, drainFired));
    System.out.print(sb);
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> d = new HashSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static String actionKey(String responseId, String ruleId, int index) {
    return new KeyedAction(Workload.TENANT, responseId, ruleId, index, new Action.Tag("key")).key();
  }

  static List<String> nodeArgs(String prefix, URI receiver, int index, int nodes, int total) {
    return List.of(
        "jdbc=" + EmbeddedPostgresSupport.jdbcUrl(),
        "user=postgres",
        "password=postgres",
        "prefix=" + prefix,
        "index=" + index,
        "nodes=" + nodes,
        "total=" + total,
        "receiver=" + receiver,
        "leaseMs=" + LEASE.toMillis(),
        "firstContactMs=" + FIRST_CONTACT.toMillis(),
        "threads=2",
        "dueThreads=2");
  }

  @FunctionalInterface
  private interface Rows {
    void row(ResultSet rs) throws SQLException;
  }

  private static void query(DataSource ds, String sql, Rows rows) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, Workload.TENANT.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.row(rs);
        }
      }
    }
  }

  private static long count(DataSource ds, String sql, String arg) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
