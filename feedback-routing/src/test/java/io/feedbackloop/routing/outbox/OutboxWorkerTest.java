package io.feedbackloop.routing.outbox;

import static io.feedbackloop.routing.outbox.OutboxStoreContract.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class OutboxWorkerTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** Jitter that always takes the ceiling, so that due times are exact. */
  static final RandomGenerator CEILING =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return 0;
        }

        @Override
        public long nextLong(long bound) {
          return bound - 1;
        }
      };

  private final MutableClock clock = MutableClock.at(T0);
  private final InMemoryOutboxStore store = InMemoryOutboxStore.create();
  private final List<OutboxMessage> deadLetters = new CopyOnWriteArrayList<>();

  /** A channel that answers from a script, then delivers; records every message it is given. */
  static final class ScriptedChannel implements DeliveryChannel {
    final Deque<DeliveryResult> script = new ArrayDeque<>();
    final List<Message> seen = new ArrayList<>();

    ScriptedChannel then(DeliveryResult r) {
      script.add(r);
      return this;
    }

    @Override
    public synchronized DeliveryResult deliver(Message message) {
      seen.add(message);
      DeliveryResult r = script.poll();
      return r != null ? r : DeliveryResult.delivered();
    }
  }

  private OutboxWorker.Builder worker() {
    return OutboxWorker.builder()
        .store(store)
        .clock(clock)
        .workerId("w1")
        .retryPolicy(
            RetryPolicy.builder()
                .baseDelay(Duration.ofSeconds(10))
                .maxDelay(Duration.ofMinutes(10))
                .maxAttempts(3)
                .random(CEILING)
                .build())
        .circuitBreaker(CircuitBreakerConfig.disabled())
        .deadLetterListener(deadLetters::add);
  }

  @Test
  void deliversDueMessagesAndLeavesTheOthers() {
    ScriptedChannel slack = new ScriptedChannel();
    OutboxWorker w = worker().channel("slack", slack).build();
    store.enqueue("slack", message(ACME, "now"), T0);
    store.enqueue("slack", message(ACME, "later"), T0.plusSeconds(60));

    WorkReport report = w.runDueWork();

    assertThat(report).isEqualTo(new WorkReport(1, 1, 0, 0, 0, 0, 0));
    assertThat(slack.seen).extracting(Message::idempotencyKey).containsExactly("now");
    assertThat(store.find(ACME, "now").orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);
    assertThat(store.find(ACME, "later").orElseThrow().state()).isEqualTo(OutboxState.PENDING);
    assertThat(w.runDueWork()).isEqualTo(WorkReport.empty());
  }

  @Test
  void claimsAtMostTheBatchSize() {
    OutboxWorker w = worker().channel("slack", new ScriptedChannel()).batchSize(2).build();
    for (int i = 0; i < 5; i++) {
      store.enqueue("slack", message(ACME, "k" + i), T0);
    }

    assertThat(w.runDueWork().delivered()).isEqualTo(2);
    assertThat(w.runDueWork().delivered()).isEqualTo(2);
    assertThat(w.runDueWork().delivered()).isEqualTo(1);
  }

  @Test
  void retriesWithBackoffAndEveryAttemptCarriesTheSameMessage() {
    ScriptedChannel slack =
        new ScriptedChannel()
            .then(DeliveryResult.retryable("HTTP 503"))
            .then(DeliveryResult.ambiguous("read timeout"));
    OutboxWorker w = worker().channel("slack", slack).build();
    Message m = message(ACME, "k1");
    store.enqueue("slack", m, T0);

    assertThat(w.runDueWork().retried()).isEqualTo(1);
    OutboxMessage after1 = store.find(ACME, "k1").orElseThrow();
    assertThat(after1.attempts()).isEqualTo(1);
    assertThat(after1.nextAttemptAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(after1.lastError()).contains("retryable: HTTP 503");

    clock.advance(Duration.ofSeconds(9));
    assertThat(w.runDueWork()).isEqualTo(WorkReport.empty());
    clock.advance(Duration.ofSeconds(1));
    assertThat(w.runDueWork().retried()).isEqualTo(1);
    OutboxMessage after2 = store.find(ACME, "k1").orElseThrow();
    assertThat(after2.attempts()).isEqualTo(2);
    assertThat(after2.nextAttemptAt()).isEqualTo(T0.plusSeconds(10 + 20));
    assertThat(after2.lastError()).contains("ambiguous: read timeout");

    clock.advance(Duration.ofSeconds(20));
    assertThat(w.runDueWork().delivered()).isEqualTo(1);
    assertThat(slack.seen).hasSize(3).allSatisfy(seen -> assertThat(seen).isEqualTo(m));
    assertThat(slack.seen).extracting(Message::idempotencyKey).containsOnly("k1");
  }

  @Test
  void honoursRetryAfterAsALowerBound() {
    ScriptedChannel hook =
        new ScriptedChannel().then(DeliveryResult.retryAfter("HTTP 429", Duration.ofMinutes(30)));
    OutboxWorker w = worker().channel("hook", hook).build();
    store.enqueue("hook", message(ACME, "k1"), T0);

    w.runDueWork();

    assertThat(store.find(ACME, "k1").orElseThrow().nextAttemptAt())
        .isEqualTo(T0.plus(Duration.ofMinutes(30)));
    clock.advance(Duration.ofMinutes(29));
    assertThat(w.runDueWork().claimed()).isZero();
    clock.advance(Duration.ofMinutes(1));
    assertThat(w.runDueWork().delivered()).isEqualTo(1);
  }

  @Test
  void exhaustedBecomesADeadLetterTheListenerIsToldAndARequeueDeliversIt() {
    ScriptedChannel slack = new ScriptedChannel();
    for (int i = 0; i < 3; i++) {
      slack.then(DeliveryResult.retryable("HTTP 503"));
    }
    OutboxWorker w = worker().channel("slack", slack).build();
    store.enqueue("slack", message(ACME, "k1"), T0);

    w.runDueWork();
    clock.advance(Duration.ofSeconds(10));
    w.runDueWork();
    clock.advance(Duration.ofSeconds(20));
    WorkReport last = w.runDueWork();

    assertThat(last.deadLettered()).isEqualTo(1);
    OutboxMessage dead = store.find(ACME, "k1").orElseThrow();
    assertThat(dead.state()).isEqualTo(OutboxState.DEAD);
    assertThat(dead.attempts()).isEqualTo(3);
    assertThat(dead.lastError()).contains("retryable: HTTP 503 (gave up after 3 attempts)");
    assertThat(deadLetters).singleElement().satisfies(d -> {
      assertThat(d.idempotencyKey()).isEqualTo("k1");
      assertThat(d.state()).isEqualTo(OutboxState.DEAD);
      assertThat(d.attempts()).isEqualTo(3);
      assertThat(d.lastError()).contains("retryable: HTTP 503 (gave up after 3 attempts)");
    });
    assertThat(store.deadLetters(ACME, 10)).extracting(OutboxMessage::idempotencyKey)
        .containsExactly("k1");

    clock.advance(Duration.ofHours(1));
    assertThat(w.runDueWork().claimed()).isZero();
    assertThat(w.requeue(ACME, "k1")).isTrue();
    assertThat(store.find(ACME, "k1").orElseThrow().attempts()).isZero();
    assertThat(w.runDueWork().delivered()).isEqualTo(1);

    assertThat(slack.seen).hasSize(4).extracting(Message::idempotencyKey).containsOnly("k1");
    assertThat(store.find(ACME, "k1").orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);
    assertThat(w.requeue(ACME, "k1")).isFalse();
  }

  @Test
  void permanentFailureIsDeadAtOnce() {
    ScriptedChannel mail = new ScriptedChannel().then(DeliveryResult.permanent("mailbox gone"));
    OutboxWorker w = worker().channel("email", mail).build();
    store.enqueue("email", message(ACME, "k1"), T0);

    assertThat(w.runDueWork()).isEqualTo(new WorkReport(1, 0, 0, 1, 0, 0, 0));

    OutboxMessage dead = store.find(ACME, "k1").orElseThrow();
    assertThat(dead.attempts()).isEqualTo(1);
    assertThat(dead.lastError()).contains("permanent: mailbox gone");
    assertThat(deadLetters).extracting(OutboxMessage::idempotencyKey).containsExactly("k1");
  }

  @Test
  void aChannelThatThrowsIsARetryableFailureRecordedWithoutTheMessageText() {
    DeliveryChannel broken =
        m -> {
          throw new IllegalStateException("could not send '" + m.text() + "'");
        };
    OutboxWorker w = worker().channel("slack", broken).build();
    store.enqueue("slack", message(ACME, "k1"), T0);

    assertThat(w.runDueWork().retried()).isEqualTo(1);

    OutboxMessage m = store.find(ACME, "k1").orElseThrow();
    assertThat(m.state()).isEqualTo(OutboxState.PENDING);
    assertThat(m.attempts()).isEqualTo(1);
    assertThat(m.lastError()).contains("retryable: channel threw java.lang.IllegalStateException");
    assertThat(m.lastError().orElseThrow()).doesNotContain("Score 3");
  }

  @Test
  @SuppressWarnings("NullAway")
  void aChannelThatReturnsNullIsARetryableFailure() {
    OutboxWorker w = worker().channel("slack", m -> null).build();
    store.enqueue("slack", message(ACME, "k1"), T0);

    assertThat(w.runDueWork().retried()).isEqualTo(1);
    assertThat(store.find(ACME, "k1").orElseThrow().lastError())
        .contains("retryable: channel returned no result");
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheWorker() {
    ScriptedChannel ch =
        new ScriptedChannel()
            .then(DeliveryResult.permanent("bad"))
            .then(DeliveryResult.delivered());
    List<String> told = new ArrayList<>();
    OutboxWorker w =
        worker()
            .channel("slack", ch)
            .deadLetterListener(
                d -> {
                  told.add(d.idempotencyKey());
                  throw new IllegalStateException("pager down");
                })
            .build();
    store.enqueue("slack", message(ACME, "k1"), T0);
    store.enqueue("slack", message(ACME, "k2"), T0.plusMillis(1));
    clock.advance(Duration.ofMillis(1));

    WorkReport report = w.runDueWork();

    assertThat(report).isEqualTo(new WorkReport(2, 1, 0, 1, 0, 0, 0));
    assertThat(told).containsExactly("k1");
    assertThat(store.find(ACME, "k1").orElseThrow().state()).isEqualTo(OutboxState.DEAD);
    assertThat(store.find(ACME, "k2").orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);
  }

  @Test
  void anUnknownChannelIsADeadLetterWithAClearReason() {
    OutboxWorker w = worker().channel("slack", new ScriptedChannel()).build();
    store.enqueue("teams", message(ACME, "k1"), T0);

    assertThat(w.runDueWork().deadLettered()).isEqualTo(1);

    assertThat(store.find(ACME, "k1").orElseThrow().lastError())
        .contains("no channel named 'teams' is registered with outbox worker w1");
    assertThat(store.find(ACME, "k1").orElseThrow().attempts()).isZero();
    assertThat(deadLetters).hasSize(1);
  }

  @Test
  void anOpenBreakerDefersMessagesToItsEndpointWithoutUsingAnAttempt() {
    ScriptedChannel hook = new ScriptedChannel();
    for (int i = 0; i < 2; i++) {
      hook.then(DeliveryResult.retryable("HTTP 503"));
    }
    DeliveryChannel byTeam =
        new DeliveryChannel() {
          @Override
          public DeliveryResult deliver(Message message) {
            return hook.deliver(message);
          }

          @Override
          public String endpoint(Message message) {
            return message.metadata().getOrDefault("host", "a");
          }
        };
    OutboxWorker w =
        worker()
            .channel("hook", byTeam)
            .circuitBreaker(
                CircuitBreakerConfig.builder().failureThreshold(2)
                    .coolDown(Duration.ofMinutes(1)).build())
            .build();
    for (int i = 1; i <= 3; i++) {
      store.enqueue("hook", message(ACME, "a" + i), T0.plusMillis(i));
    }
    store.enqueue("hook", message(ACME, "b1").toBuilder().metadata("host", "b").build(),
        T0.plusMillis(4));
    clock.advance(Duration.ofMillis(4));

    WorkReport first = w.runDueWork();

    assertThat(first).isEqualTo(new WorkReport(4, 1, 2, 0, 1, 0, 0));
    OutboxMessage deferred = store.find(ACME, "a3").orElseThrow();
    assertThat(deferred.state()).isEqualTo(OutboxState.PENDING);
    assertThat(deferred.attempts()).isZero();
    Instant trial = T0.plusMillis(4).plus(Duration.ofMinutes(1));
    assertThat(deferred.nextAttemptAt()).isEqualTo(trial);
    assertThat(store.find(ACME, "b1").orElseThrow().state())
        .as("another endpoint of the same channel is not held back")
        .isEqualTo(OutboxState.DELIVERED);

    clock.set(T0.plusSeconds(20));
    WorkReport whileOpen = w.runDueWork();

    assertThat(whileOpen).as("a1 and a2 are due after their backoff but the breaker is open")
        .isEqualTo(new WorkReport(2, 0, 0, 0, 2, 0, 0));
    assertThat(store.find(ACME, "a1").orElseThrow().attempts()).isEqualTo(1);
    assertThat(store.find(ACME, "a1").orElseThrow().nextAttemptAt()).isEqualTo(trial);

    clock.set(trial);
    WorkReport second = w.runDueWork();

    assertThat(second).as("the first is the trial; its success closes the breaker for the rest")
        .isEqualTo(new WorkReport(3, 3, 0, 0, 0, 0, 0));
    assertThat(store.find(ACME, "a3").orElseThrow().attempts()).isZero();
  }

  @Test
  void aStaleWorkersLateResultIsIgnoredAfterItsLeaseWasTakenOver() {
    Duration lease = Duration.ofSeconds(30);
    List<String> deliveries = new CopyOnWriteArrayList<>();
    OutboxWorker[] other = new OutboxWorker[1];
    WorkReport[] otherReport = new WorkReport[1];
    DeliveryChannel slowThenFailing =
        m -> {
          deliveries.add("w1:" + m.idempotencyKey());
          // w1 stalls past its lease; w2 takes the message over and delivers it meanwhile
          clock.advance(lease.plusSeconds(1));
          otherReport[0] = other[0].runDueWork();
          return DeliveryResult.retryable("HTTP 503");
        };
    DeliveryChannel fine =
        m -> {
          deliveries.add("w2:" + m.idempotencyKey());
          return DeliveryResult.delivered();
        };
    OutboxWorker w1 = worker().channel("slack", slowThenFailing).leaseLength(lease).build();
    other[0] = worker().workerId("w2").channel("slack", fine).leaseLength(lease).build();
    store.enqueue("slack", message(ACME, "k1"), T0);

    WorkReport stale = w1.runDueWork();

    assertThat(deliveries).containsExactly("w1:k1", "w2:k1");
    assertThat(otherReport[0]).isEqualTo(new WorkReport(1, 1, 0, 0, 0, 0, 0));
    assertThat(stale).isEqualTo(new WorkReport(1, 0, 0, 0, 0, 1, 0));
    OutboxMessage m = store.find(ACME, "k1").orElseThrow();
    assertThat(m.state()).isEqualTo(OutboxState.DELIVERED);
    assertThat(m.attempts()).isZero();
  }

  @Test
  void aMessageWhoseLeaseExpiredBeforeItsTurnIsNotTried() {
    Duration lease = Duration.ofSeconds(30);
    List<String> seen = new ArrayList<>();
    DeliveryChannel slow =
        m -> {
          seen.add(m.idempotencyKey());
          clock.advance(lease);
          return DeliveryResult.delivered();
        };
    OutboxWorker w = worker().channel("slack", slow).leaseLength(lease).build();
    store.enqueue("slack", message(ACME, "k1"), T0);
    store.enqueue("slack", message(ACME, "k2"), T0.plusMillis(1));
    clock.advance(Duration.ofMillis(1));

    WorkReport report = w.runDueWork();

    assertThat(report).isEqualTo(new WorkReport(2, 1, 0, 0, 0, 1, 0));
    assertThat(seen).containsExactly("k1");
    assertThat(store.find(ACME, "k2").orElseThrow().state()).isEqualTo(OutboxState.CLAIMED);
    assertThat(w.runDueWork().delivered()).as("taken over after expiry").isEqualTo(1);
    assertThat(seen).containsExactly("k1", "k2");
  }

  @Test
  void aResultTheStoreFailsToRecordIsCountedAndTheBatchGoesOn() {
    OutboxStore flaky =
        new ForwardingOutboxStore(store) {
          @Override
          public boolean markDelivered(ClaimedMessage claim, Instant at) {
            if (claim.message().idempotencyKey().equals("k1")) {
              throw new io.feedbackloop.core.StoreException("mark delivered failed", "08006", null);
            }
            return super.markDelivered(claim, at);
          }
        };
    OutboxWorker w = worker().store(flaky).channel("slack", new ScriptedChannel()).build();
    store.enqueue("slack", message(ACME, "k1"), T0);
    store.enqueue("slack", message(ACME, "k2"), T0.plusMillis(1));
    clock.advance(Duration.ofMillis(1));

    assertThat(w.runDueWork()).isEqualTo(new WorkReport(2, 1, 0, 0, 0, 0, 1));
    assertThat(store.find(ACME, "k1").orElseThrow().state())
        .as("still claimed: delivered again once its lease expires")
        .isEqualTo(OutboxState.CLAIMED);
  }

  @Test
  void theBuilderChecksItsArguments() {
    assertThatThrownBy(() -> OutboxWorker.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("OutboxWorker needs a store: call store(...)");
    assertThatThrownBy(
            () -> OutboxWorker.builder().channel("slack", DeliveryChannel.noop())
                .channel("slack", DeliveryChannel.noop()))
        .hasMessage("channel name must be registered once, but was 'slack' twice");
    assertThatThrownBy(() -> OutboxWorker.builder().batchSize(0))
        .hasMessage("batchSize must be > 0, but was 0");
    assertThatThrownBy(() -> OutboxWorker.builder().leaseLength(Duration.ofSeconds(-1)))
        .hasMessage("leaseLength must be > 0, but was PT-1S");
    assertThatThrownBy(() -> OutboxWorker.builder().workerId("x".repeat(129)))
        .hasMessage("workerId length must be <= 128, but was 129");
    OutboxWorker w = OutboxWorker.builder().store(store).build();
    assertThat(w.workerId()).startsWith("worker-");
    assertThat(w.batchSize()).isEqualTo(50);
  }
}
