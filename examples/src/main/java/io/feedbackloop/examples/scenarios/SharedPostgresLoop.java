package io.feedbackloop.examples.scenarios;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.jdbc.CoreMigrations;
import io.feedbackloop.core.store.jdbc.MigrationScript;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.jdbc.RoutingMigrations;
import io.feedbackloop.routing.loop.DueWorkReport;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.LoopStorage;
import io.feedbackloop.routing.loop.SubmitResult;
import io.feedbackloop.routing.rules.Playbook;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two application nodes sharing one PostgreSQL database: two {@link FeedbackLoop} instances on
 * the same {@link DataSource} ({@link LoopStorage#jdbc}), the schema applied once, explicitly, with
 * {@link SchemaMigrator}. Responses are submitted on both nodes (one of them twice, once on each
 * node: the second is a replay), both nodes run their due work at the same time, and every message
 * is delivered exactly once by one of them; a case opened on node A is seen, worked on and
 * resolved on node B, and node A delivers the outcome message B queued.
 */
public final class SharedPostgresLoop {
  private SharedPostgresLoop() {}

  /**
   * What the two nodes did.
   *
   * @param migrated the migration scripts applied by this run (empty if the schema was current)
   * @param submits the submit results, in order: A r1, A r2, B r3, B r4, B r1 again (a replay)
   * @param firstRound what each node's concurrent due-work run did: A's, then B's
   * @param resolvedOnB the case opened on node A by r1, resolved on node B
   * @param lastRound what node A's due-work run after the resolution did
   * @param deliveredByA the messages node A's channels delivered
   * @param deliveredByB the messages node B's channels delivered
   */
  public record Outcome(
      List<MigrationScript> migrated,
      List<SubmitResult> submits,
      List<DueWorkReport> firstRound,
      FollowUpCase resolvedOnB,
      DueWorkReport lastRound,
      List<Message> deliveredByA,
      List<Message> deliveredByB) {}

  /**
   * Runs the example on a PostgreSQL database.
   *
   * @param args the JDBC URL, e.g. {@code jdbc:postgresql://localhost:5432/shop}, then optionally
   *     the user and the password
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: SharedPostgresLoop <jdbc:postgresql://host:port/db> [user [password]]");
      System.exit(2);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(args[0]);
    if (args.length > 1) {
      dataSource.setUser(args[1]);
    }
    if (args.length > 2) {
      dataSource.setPassword(args[2]);
    }
    // a tenant of its own per run, so that a second run on the same tables starts afresh
    TenantId tenant = TenantId.of("shop-" + Long.toString(System.currentTimeMillis(), 36));
    Outcome outcome = run(dataSource, "shared_loop_", tenant);
    System.out.println("migrations applied: " + outcome.migrated().size());
    for (SubmitResult r : outcome.submits()) {
      System.out.println(r.response().id() + (r.replay() ? ": replay, nothing done" : ": cases "
          + r.openedCases().size() + ", messages " + r.messagesQueued()));
    }
    System.out.println("node A delivered " + outcome.firstRound().get(0).delivered()
        + ", node B delivered " + outcome.firstRound().get(1).delivered() + " (at the same time)");
    FollowUpCase c = outcome.resolvedOnB();
    System.out.println("case " + c.id().value() + " opened on A, " + c.status() + " on B");
    System.out.println("node A then delivered " + outcome.lastRound().delivered() + " outcome message");
  }

  /**
   * Runs two nodes on {@code dataSource} with tables prefixed {@code tablePrefix}, for {@code
   * tenant}.
   *
   * @throws ExecutionException if a node's concurrent due-work run failed (its cause)
   * @throws InterruptedException if interrupted while waiting for the nodes
   */
  public static Outcome run(DataSource dataSource, String tablePrefix, TenantId tenant)
      throws InterruptedException, ExecutionException {
    // 1. The schema, applied once and explicitly (or by the host's own migration tool).
    List<MigrationScript> migrated =
        SchemaMigrator.builder()
            .dataSource(dataSource)
            .tablePrefix(tablePrefix)
            .build()
            .migrate(CoreMigrations.all(), RoutingMigrations.all());

    // 2. Two nodes: the same configuration, the same database, their own channels.
    SettableClock clock = SettableClock.at("2026-03-02T09:00:00Z");
    InboxChannel staffA = new InboxChannel();
    InboxChannel emailA = new InboxChannel();
    InboxChannel staffB = new InboxChannel();
    InboxChannel emailB = new InboxChannel();
    FeedbackLoop nodeA = node(dataSource, tablePrefix, clock, staffA, emailA);
    FeedbackLoop nodeB = node(dataSource, tablePrefix, clock, staffB, emailB);

    // 3. Answers arrive on either node; r1 arrives twice (a client retry that hit the other node).
    List<SubmitResult> submits = new ArrayList<>();
    submits.add(nodeA.submit(answer(tenant, "r1", "customer-1", 2, clock)));
    submits.add(nodeA.submit(answer(tenant, "r2", "customer-2", 4, clock)));
    submits.add(nodeB.submit(answer(tenant, "r3", "customer-3", 6, clock)));
    submits.add(nodeB.submit(answer(tenant, "r4", "customer-4", 10, clock)));
    submits.add(nodeB.submit(answer(tenant, "r1", "customer-1", 2, clock)));

    // 4. Both nodes' schedulers fire at the same moment.
    List<DueWorkReport> firstRound = new ArrayList<>();
    ExecutorService schedulers = Executors.newFixedThreadPool(2);
    try {
      Future<DueWorkReport> a = schedulers.submit(nodeA::runDueWork);
      Future<DueWorkReport> b = schedulers.submit(nodeB::runDueWork);
      firstRound.add(a.get());
      firstRound.add(b.get());
    } finally {
      schedulers.shutdown();
    }

    // 5. The case node A opened for r1 is worked on node B: first contact, then resolution.
    FollowUpCase opened = submits.get(0).openedCases().get(0);
    FollowUpCase seenOnB = nodeB.cases().find(tenant, opened.id()).orElseThrow();
    clock.advance(Duration.ofHours(3));
    FollowUpCase contacted =
        nodeB.cases().startProgress(tenant, opened.id(), seenOnB.owner().orElseThrow(), seenOnB.version());
    FollowUpCase resolved =
        nodeB.resolveCase(
            tenant,
            opened.id(),
            List.of("carrier-delay"),
            "Parcel stuck at the hub",
            "We refunded the shipping cost.",
            contacted.owner().orElseThrow(),
            contacted.version());

    // 6. Node A's scheduler delivers the outcome message node B queued.
    DueWorkReport lastRound = nodeA.runDueWork();

    List<Message> byA = new ArrayList<>(staffA.messages());
    byA.addAll(emailA.messages());
    List<Message> byB = new ArrayList<>(staffB.messages());
    byB.addAll(emailB.messages());
    return new Outcome(migrated, List.copyOf(submits), List.copyOf(firstRound), resolved, lastRound,
        List.copyOf(byA), List.copyOf(byB));
  }

  /**
   * The configuration every node of this deployment shares: the JDBC storage on {@code
   * dataSource} under {@code tablePrefix} (schema not applied: that is a deploy step), the survey
   * {@code post-delivery}, the standard playbook without its CES rule with a detractor's first
   * contact due within {@code firstContact}, and the team {@code support} (members ana and ben,
   * lead lea). A node adds what is its own: its channels, its clock, its {@linkplain
   * FeedbackLoop.Builder#nodeId node id} and its {@linkplain FeedbackLoop.Builder#leaseLength
   * lease length}.
   *
   * @throws IllegalArgumentException if {@code firstContact} is not positive
   */
  public static FeedbackLoop.Builder nodeBuilder(
      DataSource dataSource, String tablePrefix, Duration firstContact) {
    return FeedbackLoop.builder()
        .storage(LoopStorage.jdbc(dataSource).tablePrefix(tablePrefix))
        .survey(Surveys.nps("post-delivery", Locale.ENGLISH))
        .rules(Playbook.builder().cesQuestion(null).firstContact(firstContact).build())
        .team(Team.builder("support").member("ana").member("ben").lead("lea").build());
  }

  private static FeedbackLoop node(
      DataSource dataSource, String tablePrefix, Clock clock, InboxChannel staff, InboxChannel email) {
    return nodeBuilder(dataSource, tablePrefix, Duration.ofHours(24))
        .channel("staff", staff)
        .channel("email", email)
        .clock(clock)
        .build();
  }

  private static Response answer(TenantId tenant, String id, String who, int nps, Clock clock) {
    return Response.builder(tenant, "post-delivery")
        .id(id)
        .respondent(who)
        .answer("nps", nps)
        .answer("comment", "Order " + id + " was late")
        .locale(Locale.ENGLISH)
        .clock(clock)
        .build();
  }
}
