package io.feedbackloop.core.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.StoreException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class UnitOfWorkTest {
  private final List<String> calls = new CopyOnWriteArrayList<>();

  /** An H2 data source whose connections record transaction control calls. */
  private javax.sql.DataSource recordingH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:uow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    return (javax.sql.DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {javax.sql.DataSource.class},
            (p, m, a) -> {
              Object result = m.invoke(h2, a);
              return m.getName().equals("getConnection") ? record((Connection) result) : result;
            });
  }

  private Connection record(Connection target) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (p, m, a) -> {
              switch (m.getName()) {
                case "commit", "rollback", "close" -> calls.add(m.getName());
                case "setAutoCommit" -> calls.add("setAutoCommit(" + a[0] + ")");
                default -> {}
              }
              try {
                return m.invoke(target, a);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void jdbcCommitsRestoresAutoCommitAndCloses() {
    UnitOfWork uow = UnitOfWork.jdbc(recordingH2());

    String result = uow.inTransaction(tx -> tx.connection().getMetaData().getDatabaseProductName());

    assertThat(result).isEqualTo("H2");
    assertThat(calls).containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(true)", "close");
  }

  @Test
  void jdbcRollsBackOnAnyExceptionAndRethrowsIt() {
    UnitOfWork uow = UnitOfWork.jdbc(recordingH2());
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(() -> uow.inTransaction(tx -> {
          tx.connection();
          throw boom;
        }))
        .isSameAs(boom);
    assertThat(calls).containsExactly("setAutoCommit(false)", "rollback", "setAutoCommit(true)", "close");
  }

  @Test
  void sqlExceptionsAreWrappedWithTheirSqlState() {
    UnitOfWork uow = UnitOfWork.jdbc(recordingH2());

    assertThatThrownBy(() -> uow.inTransaction(tx -> {
          throw new SQLException("duplicate", "23505");
        }))
        .isInstanceOfSatisfying(
            StoreException.class, e -> assertThat(e.sqlState()).contains("23505"))
        .hasMessage("transactional work failed (SQLState 23505)");
    assertThat(calls).contains("rollback").doesNotContain("commit");
  }

  @Test
  void nestedCallsJoinTheOuterTransaction() {
    UnitOfWork uow = UnitOfWork.jdbc(recordingH2());

    uow.inTransaction(
        outer ->
            uow.inTransaction(
                inner -> {
                  assertThat(inner).isSameAs(outer);
                  return inner.connection();
                }));

    assertThat(calls).containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(true)", "close");
  }

  @Test
  void aCaughtFailureOfAJoinedCallStillRollsBack() {
    UnitOfWork uow = UnitOfWork.jdbc(recordingH2());
    List<String> undone = new ArrayList<>();

    assertThatThrownBy(
            () ->
                uow.inTransaction(
                    tx -> {
                      tx.onRollback(() -> undone.add("outer"));
                      try {
                        uow.inTransaction(inner -> {
                          throw new IllegalArgumentException("inner");
                        });
                      } catch (IllegalArgumentException expected) {
                        // carry on regardless
                      }
                      return "done";
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the jdbc unit of work was rolled back: a joined call failed with"
                + " IllegalArgumentException and the outer work carried on")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThat(calls).contains("rollback").doesNotContain("commit");
    assertThat(undone).containsExactly("outer");
  }

  @Test
  void inMemoryRunsUndoInReverseAndAfterCommitInOrder() {
    UnitOfWork uow = UnitOfWork.inMemory();
    List<String> log = new ArrayList<>();

    assertThatThrownBy(
            () ->
                uow.inTransaction(
                    tx -> {
                      tx.onRollback(() -> log.add("undo 1"));
                      tx.onRollback(() -> {
                        throw new IllegalStateException("a broken undo does not stop the others");
                      });
                      tx.onRollback(() -> log.add("undo 3"));
                      tx.afterCommit(() -> log.add("never"));
                      throw new IllegalArgumentException("fail");
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    assertThat(log).containsExactly("undo 3", "undo 1");

    log.clear();
    uow.inTransaction(
        tx -> {
          tx.onRollback(() -> log.add("never"));
          tx.afterCommit(() -> log.add("after 1"));
          tx.afterCommit(() -> {
            throw new IllegalStateException("logged, not thrown");
          });
          tx.afterCommit(() -> log.add("after 3"));
          return log;
        });
    assertThat(log).containsExactly("after 1", "after 3");
  }

  @Test
  void inMemoryHasNoConnection() {
    assertThatThrownBy(() -> UnitOfWork.inMemory().inTransaction(Transaction::connection))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "this inMemory unit of work has no database connection; JDBC stores need"
                + " UnitOfWork.jdbc(DataSource) or UnitOfWork.hostManaged(ConnectionProvider)");
  }

  @Test
  void hostManagedNeverEndsTheHostsTransaction() throws SQLException {
    Connection host = recordingH2().getConnection();
    host.setAutoCommit(false);
    calls.clear();
    UnitOfWork uow = UnitOfWork.hostManaged(() -> host);
    List<String> log = new ArrayList<>();

    uow.inTransaction(tx -> {
      tx.afterCommit(() -> log.add("after"));
      return tx.connection();
    });
    assertThatThrownBy(
            () ->
                uow.inTransaction(
                    tx -> {
                      tx.onRollback(() -> log.add("undo"));
                      throw new IllegalStateException("fail");
                    }))
        .hasMessage("fail");

    assertThat(calls).isEmpty();
    assertThat(host.isClosed()).isFalse();
    assertThat(host.getAutoCommit()).isFalse();
    assertThat(log).containsExactly("after", "undo");
    host.close();
  }

  @Test
  void hostWithoutConnectionIsAClearError() {
    UnitOfWork uow = UnitOfWork.hostManaged(() -> {
      throw new SQLException("no transaction bound", "08003");
    });

    assertThatThrownBy(() -> uow.inTransaction(tx -> 1))
        .isInstanceOf(StoreException.class)
        .hasMessage("getting the host's connection failed (SQLState 08003)");
  }

  @Test
  void beginKeepsATransactionOpenUntilCommitOrClose() {
    UnitOfWork uow = UnitOfWork.jdbc(recordingH2());

    try (OpenTransaction tx = uow.begin()) {
      assertThat(tx.connection()).isNotNull();
      tx.commit();
      tx.commit();
    }
    assertThat(calls).containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(true)", "close");

    calls.clear();
    List<String> undone = new ArrayList<>();
    try (OpenTransaction tx = uow.begin()) {
      tx.onRollback(() -> undone.add("undo"));
    }
    assertThat(calls).containsExactly("setAutoCommit(false)", "rollback", "setAutoCommit(true)", "close");
    assertThat(undone).containsExactly("undo");
  }

  @Test
  void beginInsideATransactionJoinsIt() {
    UnitOfWork uow = UnitOfWork.jdbc(recordingH2());

    uow.inTransaction(
        outer -> {
          try (OpenTransaction joined = uow.begin()) {
            assertThat(joined.connection()).isSameAs(outer.connection());
            joined.commit();
          }
          assertThat(calls).containsExactly("setAutoCommit(false)");
          return outer;
        });

    assertThat(calls).containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(true)", "close");
  }

  @Test
  void transactionsAreBoundToTheirThread() {
    UnitOfWork uow = UnitOfWork.inMemory();

    uow.inTransaction(
        outer -> {
          Transaction other =
              CompletableFuture.supplyAsync(() -> uow.inTransaction(inner -> inner))
                  .orTimeout(1, TimeUnit.MINUTES)
                  .join();
          assertThat(other).isNotSameAs(outer);
          return outer;
        });
  }

  @Test
  void aTransactionCannotBeUsedAfterItsWork() {
    Transaction leaked = UnitOfWork.inMemory().inTransaction(tx -> tx);

    assertThatThrownBy(() -> leaked.afterCommit(() -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the transaction has ended; use a Transaction only while its work runs");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> UnitOfWork.jdbc(null)).hasMessage("dataSource must not be null");
    assertThatThrownBy(() -> UnitOfWork.hostManaged(null)).hasMessage("provider must not be null");
    assertThatThrownBy(() -> UnitOfWork.inMemory().inTransaction(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("work must not be null");
    assertThatThrownBy(() -> UnitOfWork.inMemory().inTransaction(tx -> {
          tx.onRollback(null);
          return tx;
        }))
        .hasMessage("undo must not be null");
  }
}
