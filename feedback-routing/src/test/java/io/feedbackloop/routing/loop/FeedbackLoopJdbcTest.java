package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.NPS;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.TENANT;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.nps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingChannel;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The loop on the JDBC stores of embedded PostgreSQL: SDK-managed and host-managed transactions. */
class FeedbackLoopJdbcTest {
  /** The host's transactional connection, as Spring's DataSourceUtils would hand it out. */
  private static final ThreadLocal<@Nullable Connection> hostTx = new ThreadLocal<>();

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final RecordingChannel staff = new RecordingChannel();
  private final RecordingListener events = new RecordingListener();

  @Test
  void theWholeLoopRunsOnPostgres() {
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(NPS)
            .team(Team.builder("support").member("ana").lead("lena").build())
            .storage(
                LoopStorage.jdbc(EmbeddedPostgresSupport.dataSource())
                    .tablePrefix(EmbeddedPostgresSupport.uniquePrefix("loopjdbc"))
                    .migrate())
            .channel("staff", staff)
            .listener(events)
            .clock(clock)
            .build();
    Response r1 = nps("r1", "c1", 2, clock);

    SubmitResult first = loop.submit(r1);
    SubmitResult replay = loop.submit(r1);
    loop.runDueWork();

    assertThat(first.openedCases()).singleElement().satisfies(c -> assertThat(c.owner()).contains("ana"));
    assertThat(replay.replay()).isTrue();
    assertThat(loop.cases().store().findByResponse(TENANT, "r1")).hasSize(1);
    assertThat(staff.delivered).hasSize(1);

    clock.advance(Duration.ofHours(25));
    loop.runDueWork();
    assertThat(events.of(LoopEvent.SlaBreached.class)).hasSize(2);

    FollowUpCase c = first.openedCases().get(0);
    FollowUpCase working =
        loop.cases().startProgress(TENANT, c.id(), "ana", loop.cases().find(TENANT, c.id()).orElseThrow().version());
    loop.resolveCase(TENANT, c.id(), List.of("carrier-delay"), "Lost parcel.", "Refunded.", "ana", working.version());
    assertThat(events.of(LoopEvent.CaseResolved.class)).hasSize(1);
  }

  @Test
  void theSchemaIsNeverMigratedSilently() {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("loopnomig");
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(NPS)
            .team(Team.of("support", "ana"))
            .storage(LoopStorage.jdbc(EmbeddedPostgresSupport.dataSource()).tablePrefix(prefix))
            .clock(clock)
            .build();

    assertThatThrownBy(() -> loop.submit(nps("r1", "c1", 2, clock)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(prefix);
  }

  @Test
  void aHostManagedTransactionThatTheHostRollsBackKeepsNothing() throws SQLException {
    DataSource ds = EmbeddedPostgresSupport.dataSource();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(NPS)
            .team(Team.of("support", "ana"))
            .storage(
                LoopStorage.jdbc(ds)
                    .tablePrefix(EmbeddedPostgresSupport.uniquePrefix("loophost"))
                    .migrate()
                    .hostManaged(() -> {
                      Connection c = hostTx.get();
                      if (c == null) {
                        throw new SQLException("no host transaction on this thread");
                      }
                      return c;
                    }))
            .clock(clock)
            .build();

    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      hostTx.set(c);
      SubmitResult r = loop.submit(nps("r1", "c1", 2, clock));
      assertThat(r.openedCases()).hasSize(1);
      assertThat(loop.responses().get(TENANT, "r1")).isPresent(); // visible inside the host's tx
      c.rollback();
      assertThat(loop.responses().get(TENANT, "r1")).isEmpty();
      assertThat(loop.cases().store().findByResponse(TENANT, "r1")).isEmpty();

      loop.submit(nps("r2", "c2", 2, clock));
      c.commit();
      c.setAutoCommit(true);
    } finally {
      hostTx.remove();
    }
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      hostTx.set(c);
      assertThat(loop.responses().get(TENANT, "r2")).isPresent();
      assertThat(loop.cases().store().findByResponse(TENANT, "r2")).hasSize(1);
      c.rollback();
      c.setAutoCommit(true);
    } finally {
      hostTx.remove();
    }
  }
}
