package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.NPS;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.nps;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.assign.Team;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/**
 * Regression: {@code LoopStorage.jdbc(ds)} without a table prefix used an empty one, which every JDBC
 * store refuses, so the loop failed to build. It now uses the stores' default, {@code fl_}.
 */
class LoopStorageDefaultPrefixTest {

  @Test
  void jdbcStorageWithoutAPrefixUsesTheStoresDefault() throws SQLException {
    JdbcConnectionPool ds =
        JdbcConnectionPool.create(
            "jdbc:h2:mem:loopdefaultprefix;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
    try {
      LoopStorage storage = LoopStorage.jdbc(ds).migrate();
      assertThat(storage.prefix()).isEqualTo("fl_");
      MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
      FeedbackLoop loop =
          FeedbackLoop.builder()
              .survey(NPS)
              .team(Team.of("support", "ana"))
              .storage(storage)
              .clock(clock)
              .build();

      SubmitResult result = loop.submit(nps("r1", "c1", 2, clock));

      assertThat(result.openedCases()).hasSize(1);
      assertThat(tables(ds)).contains("FL_CASES", "FL_OUTBOX").allMatch(t -> t.startsWith("FL_"));
    } finally {
      ds.dispose();
    }
  }

  private static List<String> tables(JdbcConnectionPool ds) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = ds.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'PUBLIC'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
