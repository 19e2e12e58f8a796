package io.feedbackloop.routing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.link.InvalidLinkException;
import io.feedbackloop.routing.link.IssuedLink;
import io.feedbackloop.routing.link.LinkRejection;
import io.feedbackloop.routing.link.LinkStore;
import io.feedbackloop.routing.link.LinkStoreContract;
import io.feedbackloop.routing.link.LinkSubject;
import io.feedbackloop.routing.link.SurveyLinks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresLinkStoreTest extends LinkStoreContract {
  private static final DataSource DB = EmbeddedPostgresSupport.dataSource();
  private final String prefix = EmbeddedPostgresSupport.uniquePrefix("link");

  @Override
  protected LinkStore newStore() {
    LinkTables.migrate(DB, prefix);
    return JdbcLinkStore.builder().dataSource(DB).tablePrefix(prefix).build();
  }

  @Override
  protected String everythingStored() {
    return LinkTables.dump(DB, prefix);
  }

  /**
   * The race made certain: the first redemption holds its row lock in an open transaction until
   * the second is seen waiting for that lock in pg_stat_activity; then the first commits and the
   * second must re-check the row and lose.
   */
  @Test
  void aRedemptionBlockedByAnotherLosesWhenTheOtherCommits() throws Exception {
    SurveyLinks links = links();
    IssuedLink link = links.issue(TENANT, "nps", ANA, "inv-race", T0.plusSeconds(600));
    Instant at = T0.plusSeconds(1);
    CountDownLatch firstRedeemed = new CountDownLatch(1);
    CountDownLatch secondWaiting = new CountDownLatch(1);
    CompletableFuture<LinkSubject> first =
        CompletableFuture.supplyAsync(
            () ->
                store
                    .unitOfWork()
                    .inTransaction(
                        tx -> {
                          LinkSubject s = links.redeem(link.token(), at);
                          firstRedeemed.countDown();
                          try {
                            if (!secondWaiting.await(30, TimeUnit.SECONDS)) {
                              throw new IllegalStateException("the second redemption never blocked");
                            }
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted", e);
                          }
                          return s;
                        }));
    assertThat(firstRedeemed.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Throwable> second =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                links.redeem(link.token(), at);
                return new AssertionError("the second redemption won too");
              } catch (RuntimeException e) {
                return e;
              }
            });
    awaitALockWaiter();
    secondWaiting.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS).invitationId()).isEqualTo("inv-race");
    assertThat(second.get(30, TimeUnit.SECONDS))
        .isExactlyInstanceOf(InvalidLinkException.class)
        .hasMessage(InvalidLinkException.MESSAGE);
    assertThat(links.rejections().get(LinkRejection.USED)).isEqualTo(1L);
  }

  /** Polls (no sleeping on time) until a backend of this database waits for a row lock. */
  private static void awaitALockWaiter() throws SQLException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try (Connection con = EmbeddedPostgresSupport.unpooledDataSource().getConnection();
        Statement st = con.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rs =
            st.executeQuery(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like 'update " + "%links set used_at%'")) {
          rs.next();
          if (rs.getInt(1) > 0) {
            return;
          }
        }
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("no redemption waited for the row lock within 30 s");
  }

  @Test
  void aMissingSchemaIsAStoreFailureThatSaysHowToMigrate() {
    LinkStore unmigrated = JdbcLinkStore.builder().dataSource(DB).tablePrefix("nolinks_").build();
    assertThatThrownBy(() -> unmigrated.find("0".repeat(64)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "select from nolinks_links failed: a table does not exist; create the schema first with"
                + " SchemaMigrator.builder().dataSource(ds).tablePrefix(\"nolinks_\").build()"
                + ".migrate(RoutingMigrations.all())");
  }
}
