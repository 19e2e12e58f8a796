package io.feedbackloop.routing.delivery.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.outbox.CircuitBreakerConfig;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.routing.outbox.OutboxState;
import io.feedbackloop.routing.outbox.OutboxWorker;
import io.feedbackloop.routing.outbox.RetryPolicy;
import io.feedbackloop.routing.outbox.WorkReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole delivery path on real parts: a message queued in the outbox, the worker, the signed
 * webhook channel and a local HTTP server that answers 429 with Retry-After, then 500, then closes
 * the connection, then 503, and finally recovers. The message arrives, every attempt carries the
 * same {@code webhook-id}, no attempt comes before the receiver's Retry-After, and a receiver's
 * outage trips the breaker without burning attempts.
 */
class OutboxWebhookEndToEndTest {
  private static final WebhookSecret SECRET =
      WebhookSecret.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final LocalServer server = LocalServer.start();
  private final InMemoryOutboxStore store = InMemoryOutboxStore.create();

  @AfterEach
  void stop() {
    server.close();
  }

  private OutboxWorker worker(CircuitBreakerConfig breaker) {
    HttpChannelConfig config =
        HttpChannelConfig.builder()
            .urlPolicy(UrlPolicy.builder().allowHttp().allowLoopback().build())
            .clock(clock)
            .requestTimeout(Duration.ofSeconds(5))
            .build();
    return OutboxWorker.builder()
        .store(store)
        .channel("ops-webhook", WebhookChannel.builder().url(server.uri("/hook")).secret(SECRET).config(config).build())
        .clock(clock)
        .retryPolicy(
            RetryPolicy.builder()
                .baseDelay(Duration.ofSeconds(2))
                .maxDelay(Duration.ofMinutes(1))
                .maxAttempts(8)
                .random(new SplittableRandom(42))
                .build())
        .circuitBreaker(breaker)
        .build();
  }

  /** Runs the worker, then moves the clock to the message's next attempt. */
  private WorkReport runAndAdvance(OutboxWorker worker, String key) {
    WorkReport report = worker.runDueWork();
    OutboxMessage m = store.find(TestMessages.TENANT, key).orElseThrow();
    if (m.state() == OutboxState.PENDING && m.nextAttemptAt().isAfter(clock.instant())) {
      clock.set(m.nextAttemptAt());
    }
    return report;
  }

  @Test
  void aMessageSurvivesEveryFaultAndArrivesWithOneWebhookId() {
    Message message = TestMessages.detractor("case-7:notify:support");
    store.enqueue("ops-webhook", message, clock.instant());
    Deque<LocalServer.Behavior> script =
        new ArrayDeque<>(
            List.of(
                LocalServer.respond(429, "Retry-After", "7"),
                LocalServer.respond(500),
                HttpExchange::close,
                LocalServer.respond(503),
                LocalServer.respond(204)));
    server.behave(exchange -> script.removeFirst().handle(exchange));
    OutboxWorker worker = worker(CircuitBreakerConfig.disabled());

    Instant first = clock.instant();
    WorkReport afterFirst = runAndAdvance(worker, message.idempotencyKey());
    assertThat(afterFirst.retried()).isEqualTo(1);
    assertThat(clock.instant()).as("Retry-After: 7 is a lower bound").isAfterOrEqualTo(first.plusSeconds(7));

    int delivered = 0;
    for (int run = 0; run < 6 && delivered == 0; run++) {
      delivered = runAndAdvance(worker, message.idempotencyKey()).delivered();
    }

    assertThat(delivered).isEqualTo(1);
    OutboxMessage stored = store.find(TestMessages.TENANT, message.idempotencyKey()).orElseThrow();
    assertThat(stored.state()).isEqualTo(OutboxState.DELIVERED);
    assertThat(server.received()).hasSize(5);
    assertThat(server.received())
        .extracting(r -> r.header("webhook-id"))
        .containsOnly("case-7:notify:support");
    assertThat(script).isEmpty();
  }

  @Test
  void anOutageOpensTheBreakerWhichReschedulesWithoutBurningAttempts() {
    for (int i = 0; i < 5; i++) {
      store.enqueue("ops-webhook", TestMessages.detractor("outage-" + i), clock.instant());
    }
    server.behave(LocalServer.respond(500));
    OutboxWorker worker =
        worker(
            CircuitBreakerConfig.builder()
                .failureThreshold(2)
                .coolDown(Duration.ofSeconds(30))
                .build());

    WorkReport outage = worker.runDueWork();

    assertThat(outage.retried()).as("two failures open the breaker").isEqualTo(2);
    assertThat(outage.deferred()).as("the rest wait for the breaker's trial").isEqualTo(3);
    assertThat(server.received()).hasSize(2);
    for (int i = 2; i < 5; i++) {
      assertThat(store.find(TestMessages.TENANT, "outage-" + i).orElseThrow().attempts())
          .as("a deferred message keeps its attempts")
          .isZero();
    }

    server.behave(LocalServer.respond(204));
    clock.advance(Duration.ofMinutes(2));
    WorkReport recovered = WorkReport.empty();
    for (int run = 0; run < 5 && store.counts().pending() > 0; run++) {
      recovered = recovered.plus(worker.runDueWork());
      clock.advance(Duration.ofMinutes(1));
    }

    assertThat(recovered.delivered()).isEqualTo(5);
    for (int i = 0; i < 5; i++) {
      assertThat(store.find(TestMessages.TENANT, "outage-" + i).orElseThrow().state())
          .isEqualTo(OutboxState.DELIVERED);
    }
  }
}
