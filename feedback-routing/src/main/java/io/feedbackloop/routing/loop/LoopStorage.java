package io.feedbackloop.routing.loop;

import io.feedbackloop.core.store.InMemoryResponseStore;
import io.feedbackloop.core.store.ResponseStore;
import io.feedbackloop.core.store.jdbc.CoreMigrations;
import io.feedbackloop.core.store.jdbc.JdbcResponseStore;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.tx.ConnectionProvider;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.CaseStore;
import io.feedbackloop.routing.cases.InMemoryCaseStore;
import io.feedbackloop.routing.cases.ResurveyStore;
import io.feedbackloop.routing.internal.jdbc.JdbcSupport;
import io.feedbackloop.routing.internal.loop.LoopStores;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.invite.InMemoryInvitationStore;
import io.feedbackloop.routing.jdbc.JdbcCaseStore;
import io.feedbackloop.routing.jdbc.JdbcInvitationStore;
import io.feedbackloop.routing.jdbc.JdbcLinkStore;
import io.feedbackloop.routing.jdbc.JdbcOutboxStore;
import io.feedbackloop.routing.jdbc.JdbcResurveyStore;
import io.feedbackloop.routing.jdbc.JdbcSuppressionStore;
import io.feedbackloop.routing.jdbc.RoutingMigrations;
import io.feedbackloop.routing.link.InMemoryLinkStore;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.OutboxStore;
import io.feedbackloop.routing.suppression.InMemorySuppressionStore;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link FeedbackLoop} keeps its data: every store (responses, cases, outbox, invitations,
 * suppressions, re-surveys, links) on one shared {@link UnitOfWork}, so that a submit is one
 * transaction.
 *
 * <ul>
 *   <li>{@link #inMemory()} (the default): in-memory stores, all-or-nothing through the in-memory
 *       unit of work's undo log; for tests, demos and single-node hosts that can lose data on
 *       restart.
 *   <li>{@link #jdbc(DataSource)}: the JDBC stores of core and routing (PostgreSQL, or H2 in
 *       {@code MODE=PostgreSQL}), one transaction per submit on one connection. Tables get the
 *       {@linkplain #tablePrefix prefix} (default {@code fl_}). The schema is applied only when asked for
 *       with {@link #migrate()}; otherwise the host runs the scripts of {@link
 *       CoreMigrations#all()} and {@link RoutingMigrations#all()} with its own tool. {@link
 *       #hostManaged(ConnectionProvider)} makes every unit of work run in the host's transaction
 *       (Spring, JTA): the SDK then neither commits nor rolls back.
 * </ul>
 *
 * <p>The {@code decorate...} methods wrap a store as it is created (metrics, tracing, fault
 * injection in tests); a decorator must delegate to the store it is given, which keeps it on the
 * shared unit of work.
 *
 * <p>Immutable: every method returns a new configuration. Thread-safe.
 */
public final class LoopStorage {
  private final @Nullable DataSource dataSource;
  private final String tablePrefix;
  private final boolean migrate;
  private final @Nullable ConnectionProvider hostManaged;
  private final UnaryOperator<ResponseStore> responses;
  private final UnaryOperator<CaseStore> cases;
  private final UnaryOperator<OutboxStore> outbox;

  private LoopStorage(
      @Nullable DataSource dataSource,
      String tablePrefix,
      boolean migrate,
      @Nullable ConnectionProvider hostManaged,
      UnaryOperator<ResponseStore> responses,
      UnaryOperator<CaseStore> cases,
      UnaryOperator<OutboxStore> outbox) {
    this.dataSource = dataSource;
    this.tablePrefix = tablePrefix;
    this.migrate = migrate;
    this.hostManaged = hostManaged;
    this.responses = responses;
    this.cases = cases;
    this.outbox = outbox;
  }

  /** In-memory stores on one in-memory unit of work (the default of a loop). */
  public static LoopStorage inMemory() {
    return new LoopStorage(
        null, "", false, null, UnaryOperator.identity(), UnaryOperator.identity(),
        UnaryOperator.identity());
  }

  /**
   * The JDBC stores on {@code dataSource}, one SDK-managed transaction per unit of work, table
   * prefix {@code fl_} (the stores' default), schema not applied.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static LoopStorage jdbc(DataSource dataSource) {
    return new LoopStorage(
        Checks.notNull("dataSource", dataSource), JdbcSupport.DEFAULT_PREFIX, false, null,
        UnaryOperator.identity(),
        UnaryOperator.identity(), UnaryOperator.identity());
  }

  /**
   * The same storage with table names starting with {@code prefix} (JDBC only).
   *
   * @throws IllegalArgumentException if the storage is in memory (the stores check the prefix
   *     itself when the loop is built)
   */
  public LoopStorage tablePrefix(String prefix) {
    Checks.notNull("prefix", prefix);
    Checks.check(dataSource != null, "tablePrefix", "set on JDBC storage only", "in-memory storage");
    return new LoopStorage(dataSource, prefix, migrate, hostManaged, responses, cases, outbox);
  }

  /**
   * The same storage, and {@link FeedbackLoop.Builder#build()} applies the core and routing
   * migrations (with the table prefix) on the data source before the loop is used. Never done
   * without this call.
   *
   * @throws IllegalArgumentException if the storage is in memory
   */
  public LoopStorage migrate() {
    Checks.check(dataSource != null, "migrate", "set on JDBC storage only", "in-memory storage");
    return new LoopStorage(dataSource, tablePrefix, true, hostManaged, responses, cases, outbox);
  }

  /**
   * The same storage, with every unit of work running in the host's transaction on the
   * connection {@code provider} hands out ({@link UnitOfWork#hostManaged}); the data source is
   * still used for {@link #migrate()}. The SDK never commits, rolls back or closes that
   * connection; events are published when the outermost SDK call returns normally, since the SDK
   * cannot see the host's commit.
   *
   * @throws IllegalArgumentException if the storage is in memory
   */
  public LoopStorage hostManaged(ConnectionProvider provider) {
    Checks.notNull("provider", provider);
    Checks.check(dataSource != null, "hostManaged", "set on JDBC storage only", "in-memory storage");
    return new LoopStorage(dataSource, tablePrefix, migrate, provider, responses, cases, outbox);
  }

  /** The same storage with the response store wrapped by {@code decorator}. */
  public LoopStorage decorateResponses(UnaryOperator<ResponseStore> decorator) {
    Checks.notNull("decorator", decorator);
    return new LoopStorage(dataSource, tablePrefix, migrate, hostManaged, decorator, cases, outbox);
  }

  /** The same storage with the case store wrapped by {@code decorator}. */
  public LoopStorage decorateCases(UnaryOperator<CaseStore> decorator) {
    Checks.notNull("decorator", decorator);
    return new LoopStorage(
        dataSource, tablePrefix, migrate, hostManaged, responses, decorator, outbox);
  }

  /** The same storage with the outbox store wrapped by {@code decorator}. */
  public LoopStorage decorateOutbox(UnaryOperator<OutboxStore> decorator) {
    Checks.notNull("decorator", decorator);
    return new LoopStorage(dataSource, tablePrefix, migrate, hostManaged, responses, cases, decorator);
  }

  /** True for JDBC storage. */
  public boolean isJdbc() {
    return dataSource != null;
  }

  /** The table prefix; empty in memory. */
  public String prefix() {
    return tablePrefix;
  }

  /** Creates the stores (and applies the migrations if asked to). */
  LoopStores open() {
    DataSource ds = dataSource;
    if (ds == null) {
      UnitOfWork uow = UnitOfWork.inMemory();
      return new LoopStores(
          uow,
          wrap(responses, InMemoryResponseStore.create(uow), "response store"),
          wrap(cases, InMemoryCaseStore.create(uow), "case store"),
          wrap(outbox, InMemoryOutboxStore.create(uow), "outbox store"),
          InMemoryInvitationStore.of(uow),
          InMemorySuppressionStore.create(uow),
          ResurveyStore.inMemory(uow),
          InMemoryLinkStore.create(uow));
    }
    if (migrate) {
      SchemaMigrator.builder()
          .dataSource(ds)
          .tablePrefix(tablePrefix)
          .build()
          .migrate(CoreMigrations.all(), RoutingMigrations.all());
    }
    ConnectionProvider host = hostManaged;
    UnitOfWork uow = host != null ? UnitOfWork.hostManaged(host) : UnitOfWork.jdbc(ds);
    String p = tablePrefix;
    return new LoopStores(
        uow,
        wrap(
            responses,
            JdbcResponseStore.builder().unitOfWork(uow).tablePrefix(p).build(),
            "response store"),
        wrap(cases, JdbcCaseStore.builder().unitOfWork(uow).tablePrefix(p).build(), "case store"),
        wrap(
            outbox,
            JdbcOutboxStore.builder().unitOfWork(uow).tablePrefix(p).build(),
            "outbox store"),
        JdbcInvitationStore.builder().unitOfWork(uow).tablePrefix(p).build(),
        JdbcSuppressionStore.builder().unitOfWork(uow).tablePrefix(p).build(),
        JdbcResurveyStore.builder().unitOfWork(uow).tablePrefix(p).build(),
        JdbcLinkStore.builder().unitOfWork(uow).tablePrefix(p).build());
  }

  private static <S> S wrap(UnaryOperator<S> decorator, S store, String what) {
    S wrapped = decorator.apply(store);
    if (wrapped == null) {
      throw new IllegalStateException("the decorator of the " + what + " must return a store, but returned null");
    }
    return wrapped;
  }

  @Override
  public String toString() {
    return dataSource == null
        ? "LoopStorage[inMemory]"
        : "LoopStorage[jdbc, prefix='" + tablePrefix + "', migrate=" + migrate
            + (hostManaged != null ? ", hostManaged" : "") + "]";
  }
}
