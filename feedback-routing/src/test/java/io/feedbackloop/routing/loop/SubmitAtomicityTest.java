package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.NPS;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.TENANT;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.nps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingListener;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A submit whose outbox fails midway (after the response is stored and the case opened) leaves
 * nothing behind and publishes nothing, on every storage; the same submit succeeds once the outbox
 * works again.
 */
class SubmitAtomicityTest {
  private static final AtomicInteger H2_DBS = new AtomicInteger();

  static Stream<Arguments> storages() {
    return Stream.of(
        Arguments.of("in-memory", (Supplier<LoopStorage>) LoopStorage::inMemory),
        Arguments.of(
            "h2",
            (Supplier<LoopStorage>)
                () -> {
                  JdbcDataSource ds = new JdbcDataSource();
                  ds.setURL(
                      "jdbc:h2:mem:loopatomic" + H2_DBS.incrementAndGet()
                          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
                  // pooled like the other H2 tests: unpooled, H2 2.x reported the outbox's check
                  // constraint invalid ("database has been closed") once the migration's
                  // connection had closed
                  return LoopStorage.jdbc(JdbcConnectionPool.create(ds)).tablePrefix("fl_").migrate();
                }),
        Arguments.of(
            "postgres",
            (Supplier<LoopStorage>)
                () ->
                    LoopStorage.jdbc(EmbeddedPostgresSupport.dataSource())
                        .tablePrefix(EmbeddedPostgresSupport.uniquePrefix("loopatomic"))
                        .migrate()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void aFailureMidwayKeepsNothingAndPublishesNothing(String name, Supplier<LoopStorage> storage) {
    MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    AtomicReference<@Nullable FailingOutbox> outbox = new AtomicReference<>();
    RecordingListener events = new RecordingListener();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(NPS)
            .team(Team.of("support", "ana"))
            .storage(
                storage.get().decorateOutbox(s -> {
                  FailingOutbox f = new FailingOutbox(s);
                  outbox.set(f);
                  return f;
                }))
            .listener(events)
            .clock(clock)
            .build();
    FailingOutbox failing = outbox.get();
    if (failing == null) {
      throw new AssertionError("the outbox decorator was not applied");
    }
    failing.armed.set(true);

    assertThatThrownBy(() -> loop.submit(nps("r1", "c1", 2, clock)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("outbox down");

    assertThat(loop.responses().get(TENANT, "r1")).isEmpty();
    assertThat(loop.cases().store().findByResponse(TENANT, "r1")).isEmpty();
    assertThat(failing.counts().total()).isZero();
    assertThat(events.events).isEmpty();

    failing.armed.set(false);
    SubmitResult ok = loop.submit(nps("r1", "c1", 2, clock));

    assertThat(ok.replay()).isFalse();
    assertThat(ok.openedCases()).hasSize(1);
    assertThat(loop.cases().store().findByResponse(TENANT, "r1")).hasSize(1);
    assertThat(failing.counts().pending()).isEqualTo(1);
    assertThat(events.of(LoopEvent.CaseOpened.class)).hasSize(1);
  }
}
