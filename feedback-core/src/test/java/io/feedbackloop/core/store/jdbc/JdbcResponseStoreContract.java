package io.feedbackloop.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.store.ResponseStore;
import io.feedbackloop.core.store.ResponseStoreContract;
import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.tx.UnitOfWork;
import java.sql.Connection;
import java.util.Iterator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The {@link ResponseStoreContract} for {@link JdbcResponseStore}, plus what only a database
 * store has: the host's own transactions, the schema check and the cursor's connection. Each test
 * gets its own table prefix.
 */
public abstract class JdbcResponseStoreContract extends ResponseStoreContract {
  private UnitOfWork unitOfWork = UnitOfWork.inMemory();
  protected String prefix = "unset_";

  /** The database under test; shared by the tests of a class. */
  protected abstract DataSource dataSource();

  /** A table prefix no other test uses. */
  protected abstract String uniquePrefix();

  @Override
  protected ResponseStore createStore() {
    prefix = uniquePrefix();
    SchemaMigrator.builder()
        .dataSource(dataSource())
        .tablePrefix(prefix)
        .build()
        .migrate(CoreMigrations.all());
    unitOfWork = UnitOfWork.jdbc(dataSource());
    return JdbcResponseStore.builder().unitOfWork(unitOfWork).tablePrefix(prefix).build();
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  private JdbcResponseStore hostManagedStore(Connection hostConnection) {
    return JdbcResponseStore.builder()
        .unitOfWork(UnitOfWork.hostManaged(() -> hostConnection))
        .tablePrefix(prefix)
        .build();
  }

  @Test
  void hostRollbackLeavesNothingAndTheSdkNeverEndsTheHostTransaction() throws Exception {
    try (Connection raw = dataSource().getConnection()) {
      raw.setAutoCommit(false);
      RecordingConnection host = new RecordingConnection(raw);
      JdbcResponseStore hosted = hostManagedStore(host.connection);

      assertThat(hosted.append(response(ACME, "r1", T0).build()).created()).isTrue();
      assertThat(hosted.get(ACME, "r1")).isPresent();
      assertThat(store.get(ACME, "r1")).as("not committed, so invisible to others").isEmpty();
      assertThat(raw.isClosed()).isFalse();
      assertThat(raw.getAutoCommit()).isFalse();
      assertThat(host.calls).isEmpty();

      raw.rollback();
    }
    assertThat(store.count(ResponseQuery.of(ACME))).isZero();
  }

  @Test
  void hostCommitStores() throws Exception {
    Response r = response(ACME, "r1", T0).build();
    try (Connection raw = dataSource().getConnection()) {
      raw.setAutoCommit(false);
      RecordingConnection host = new RecordingConnection(raw);
      JdbcResponseStore hosted = hostManagedStore(host.connection);

      hosted.unitOfWork().inTransaction(tx -> hosted.append(r));
      try (Stream<Response> s = hosted.stream(ResponseQuery.of(ACME))) {
        assertThat(s).containsExactly(r);
      }

      assertThat(host.calls).isEmpty();
      raw.commit();
    }
    assertThat(store.get(ACME, "r1")).contains(r);
  }

  @Test
  void storeWithoutSchemaFailsSayingToMigrate() {
    JdbcResponseStore unmigrated =
        JdbcResponseStore.builder().dataSource(dataSource()).tablePrefix("nothing_here_").build();

    assertThatThrownBy(() -> unmigrated.count(ResponseQuery.of(ACME)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "count in nothing_here_responses failed: a table does not exist; create the schema"
                + " first with SchemaMigrator.builder().dataSource(ds).tablePrefix(\"nothing_here_\")"
                + ".build().migrate(CoreMigrations.all())")
        .satisfies(e -> assertThat(((StoreException) e).sqlState()).isPresent());
    assertThatThrownBy(() -> unmigrated.append(response(ACME, "r1", T0).build()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("append to nothing_here_responses failed: a table does not exist");
  }

  @Test
  void streamHoldsItsConnectionUntilClosed() throws Exception {
    for (int i = 0; i < 5; i++) {
      store.append(response(ACME, "r" + i, T0).build());
    }
    int[] open = {0};
    DataSource counting =
        new DelegatingDataSource(dataSource()) {
          @Override
          public Connection getConnection() throws java.sql.SQLException {
            open[0]++;
            return super.getConnection();
          }
        };
    JdbcResponseStore streaming =
        JdbcResponseStore.builder().dataSource(counting).tablePrefix(prefix).fetchSize(2).build();

    Stream<Response> s = streaming.stream(ResponseQuery.of(ACME));
    Iterator<Response> it = s.iterator();
    assertThat(it.next().id()).isEqualTo("r0");
    assertThat(open[0]).isEqualTo(1);
    s.close();
    s.close();

    assertThatThrownBy(it::next)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the stream is closed");
  }

  @Test
  void builderNeedsExactlyOneSourceAndAValidPrefix() {
    assertThatThrownBy(() -> JdbcResponseStore.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "JdbcResponseStore needs exactly one of unitOfWork(...) and dataSource(...), but got"
                + " neither");
    assertThatThrownBy(
            () ->
                JdbcResponseStore.builder()
                    .dataSource(dataSource())
                    .unitOfWork(UnitOfWork.inMemory())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("but got both");
    assertThatThrownBy(() -> JdbcResponseStore.builder().tablePrefix("Bad-Prefix"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "tablePrefix must be a lower-case letter followed by up to 20 lower-case letters,"
                + " digits or '_', but was 'Bad-Prefix'");
    assertThatThrownBy(() -> JdbcResponseStore.builder().tablePrefix("a".repeat(22)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JdbcResponseStore.builder().fetchSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fetchSize must be > 0, but was 0");
  }

  @Test
  void inMemoryUnitOfWorkHasNoConnectionForAJdbcStore() {
    JdbcResponseStore wrong =
        JdbcResponseStore.builder().unitOfWork(UnitOfWork.inMemory()).tablePrefix(prefix).build();

    assertThatThrownBy(() -> wrong.count(ResponseQuery.of(ACME)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "this inMemory unit of work has no database connection; JDBC stores need"
                + " UnitOfWork.jdbc(DataSource) or UnitOfWork.hostManaged(ConnectionProvider)");
  }
}
