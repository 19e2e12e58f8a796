package io.feedbackloop.routing.outbox;

import static io.feedbackloop.routing.outbox.OutboxStoreContract.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.delivery.DeliveryResult;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxRunnerTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Test
  void drainsABacklogBatchAfterBatchOnTheHostsExecutor() throws InterruptedException {
    InMemoryOutboxStore store = InMemoryOutboxStore.create();
    for (int i = 0; i < 25; i++) {
      store.enqueue("slack", message(ACME, "k" + i), T0);
    }
    CountDownLatch all = new CountDownLatch(25);
    OutboxWorker worker =
        OutboxWorker.builder()
            .store(store)
            .clock(MutableClock.at(T0))
            .batchSize(10)
            .channel(
                "slack",
                m -> {
                  all.countDown();
                  return DeliveryResult.delivered();
                })
            .build();

    // an idle interval of an hour: only the "full batch, run again at once" rule can drain it
    try (OutboxRunner runner = OutboxRunner.start(worker, executor, Duration.ofHours(1))) {
      assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(runner.isClosed()).isFalse();
    }
    executor.shutdown();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(store.counts().delivered()).isEqualTo(25);
  }

  @Test
  void aRunThatThrowsIsLoggedAndTheRunnerCarriesOn() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch secondRun = new CountDownLatch(1);
    OutboxStore failingOnce =
        new ForwardingOutboxStore(InMemoryOutboxStore.create()) {
          @Override
          public java.util.List<ClaimedMessage> claim(
              String workerId, int limit, Instant now, Duration lease) {
            if (calls.incrementAndGet() == 1) {
              throw new IllegalStateException("database restarting");
            }
            secondRun.countDown();
            return super.claim(workerId, limit, now, lease);
          }
        };
    OutboxWorker worker = OutboxWorker.builder().store(failingOnce).build();

    OutboxRunner runner = OutboxRunner.start(worker, executor, Duration.ofMillis(1));
    assertThat(secondRun.await(10, TimeUnit.SECONDS)).isTrue();
    runner.close();
    runner.close();

    assertThat(runner.isClosed()).isTrue();
    assertThat(runner.runs()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void argumentsAreChecked() {
    OutboxWorker worker = OutboxWorker.builder().store(InMemoryOutboxStore.create()).build();

    assertThatThrownBy(() -> OutboxRunner.start(worker, executor, Duration.ZERO))
        .hasMessage("idleInterval must be > 0, but was PT0S");
  }
}
