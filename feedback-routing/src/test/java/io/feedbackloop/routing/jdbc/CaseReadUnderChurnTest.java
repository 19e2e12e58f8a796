package io.feedbackloop.routing.jdbc;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.store.jdbc.H2Databases;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.cases.CaseService;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.OpenCaseRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression: a case edited by other nodes between every statement of a read made the read give
 * up after its attempts ("find in ... failed", seen once in CI under two busy editors). The read
 * now falls back to locking the case rows, so it always ends with a committed state.
 */
class CaseReadUnderChurnTest {

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("h2", H2Databases.fresh(), " for update"),
        Arguments.of("postgres", EmbeddedPostgresSupport.dataSource(), " for share"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aReadOvertakenOnEveryAttemptLocksTheRowsAndReturnsACommittedState(
      String name, DataSource db, String lockClause) throws Exception {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("churn");
    SchemaMigrator.builder().dataSource(db).tablePrefix(prefix).build().migrate(RoutingMigrations.all());
    CaseService plain =
        CaseService.builder()
            .store(JdbcCaseStore.builder().dataSource(db).tablePrefix(prefix).build())
            .build();
    FollowUpCase opened =
        plain.open(OpenCaseRequest.builder(ACME, "r-1", "detractor").team("support").build())
            .followUpCase();

    // Every optimistic read is overtaken: another connection commits a note between the case row
    // and its children. A locked read is left alone (the other writer would have to wait for it).
    List<String> mainQueries = new ArrayList<>();
    long[] version = {opened.version()};
    DataSource churning =
        intercepting(
            db,
            sql -> {
              if (sql.startsWith("select c.")) {
                mainQueries.add(sql);
              } else if (sql.startsWith("select case_id, kind, ref")
                  && !mainQueries.get(mainQueries.size() - 1).endsWith(lockClause)) {
                version[0] = plain.addNote(ACME, opened.id(), "edit", "other", version[0]).version();
              }
            });
    JdbcCaseStore reader = JdbcCaseStore.builder().dataSource(churning).tablePrefix(prefix).build();

    FollowUpCase read = reader.find(ACME, opened.id()).orElseThrow();

    assertThat(mainQueries).hasSize(4);
    assertThat(mainQueries.subList(0, 3)).noneMatch(q -> q.endsWith(lockClause));
    assertThat(mainQueries.get(3)).endsWith(lockClause);
    assertThat(read.version()).isEqualTo(3L).isEqualTo(version[0]);
    assertThat(read.notes()).hasSize(3);
    assertThat(read).isEqualTo(plain.store().find(ACME, opened.id()).orElseThrow());
  }

  /** A data source whose connections tell {@code onPrepare} every SQL string before preparing it. */
  private static DataSource intercepting(DataSource target, SqlListener onPrepare) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection") && (args == null || args.length == 0)) {
                return connection(target.getConnection(), onPrepare);
              }
              return switch (method.getName()) {
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "intercepting " + target;
                default -> invoke(method, target, args);
              };
            });
  }

  private static Connection connection(Connection real, SqlListener onPrepare) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
                onPrepare.prepared(sql);
                return real.prepareStatement(sql);
              }
              return invoke(method, real, args);
            });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @FunctionalInterface
  private interface SqlListener {
    void prepared(String sql) throws SQLException;
  }
}
