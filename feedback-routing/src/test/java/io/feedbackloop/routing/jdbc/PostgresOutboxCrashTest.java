package io.feedbackloop.routing.jdbc;

import static io.feedbackloop.routing.outbox.OutboxStoreContract.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.outbox.HttpPostChannel;
import io.feedbackloop.routing.outbox.OutboxCounts;
import io.feedbackloop.routing.outbox.OutboxState;
import io.feedbackloop.routing.outbox.OutboxWorker;
import io.feedbackloop.routing.outbox.WorkReport;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A worker in a child JVM is killed (SIGKILL) while a delivery is in flight; a new worker takes
 * over once the child's leases have expired. Every message is delivered at least once, and the
 * one delivered again carries the same idempotency key and body.
 */
class PostgresOutboxCrashTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final int MESSAGES = 30;
  private static final int BLOCK_ON = 8;
  private static final long CHILD_LEASE_SECONDS = 60;

  /** One request the receiver got. */
  private record Received(String key, String body) {}

  @Test
  void aKilledWorkersMessagesAreDeliveredByTheNextWithTheSameKey() throws Exception {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("crash");
    SchemaMigrator.builder().dataSource(EmbeddedPostgresSupport.dataSource()).tablePrefix(prefix)
        .build().migrate(RoutingMigrations.all());
    JdbcOutboxStore store = JdbcOutboxStore.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource()).tablePrefix(prefix).build();
    Instant now = Instant.now();
    for (int i = 0; i < MESSAGES; i++) {
      store.enqueue("hook", message(ACME, "m-" + i), now.plusMillis(i));
    }

    List<Received> received = new CopyOnWriteArrayList<>();
    AtomicInteger requests = new AtomicInteger();
    CountDownLatch blocked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService handlers = Executors.newCachedThreadPool();
    receiver.setExecutor(handlers);
    receiver.createContext(
        "/hook",
        exchange -> {
          try (exchange) {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(key, body));
            if (requests.incrementAndGet() == BLOCK_ON) {
              blocked.countDown();
              release.await(30, TimeUnit.SECONDS);
            }
            exchange.sendResponseHeaders(204, -1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException e) {
            // the child died with this request open: nobody is listening for the answer
          }
        });
    receiver.start();
    URI target = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    Path log = Files.createTempFile("outbox-crash-child", ".log");
    Process child = null;
    try {
      child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx128m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  System.getProperty("java.class.path"),
                  OutboxCrashChild.class.getName(),
                  EmbeddedPostgresSupport.jdbcUrl(),
                  prefix,
                  target.toString(),
                  Long.toString(CHILD_LEASE_SECONDS))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();

      assertThat(blocked.await(30, TimeUnit.SECONDS))
          .as("the child reached request %d; its output:%n%s", BLOCK_ON, read(log.toFile()))
          .isTrue();
      child.destroyForcibly();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      release.countDown();

      String inFlight = received.get(BLOCK_ON - 1).key();
      assertThat(store.find(ACME, inFlight).orElseThrow().state())
          .as("the message in flight at the kill is still claimed by the dead child")
          .isEqualTo(OutboxState.CLAIMED);
      assertThat(store.counts().delivered()).isEqualTo(BLOCK_ON - 1);

      // The new node's clock is past the child's leases: it takes the dead node's work over.
      Clock later = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(CHILD_LEASE_SECONDS + 1));
      OutboxWorker successor =
          OutboxWorker.builder()
              .store(store)
              .clock(later)
              .workerId("successor")
              .channel("hook", new HttpPostChannel(target))
              .build();
      WorkReport report = successor.runDueWork();

      assertThat(report.delivered()).isEqualTo(MESSAGES - (BLOCK_ON - 1));
      assertThat(store.counts()).isEqualTo(new OutboxCounts(0, 0, MESSAGES, 0, 0));
      Map<String, List<Received>> byBody =
          received.stream().collect(Collectors.groupingBy(Received::body));
      assertThat(byBody).as("every message arrived at least once").hasSize(MESSAGES);
      List<Received> twice =
          byBody.values().stream().filter(r -> r.size() > 1).flatMap(List::stream).toList();
      assertThat(twice).as("only the message in flight at the kill arrived twice")
          .hasSize(2)
          .allSatisfy(r -> assertThat(r.key()).isEqualTo(inFlight));
      assertThat(twice.get(0)).isEqualTo(twice.get(1));
      assertThat(received).allSatisfy(r -> assertThat(r.body()).endsWith(r.key()));
    } finally {
      release.countDown();
      if (child != null) {
        child.destroyForcibly();
      }
      receiver.stop(0);
      handlers.shutdownNow();
      Files.deleteIfExists(log);
    }
  }

  private static String read(File f) {
    try {
      return Files.readString(f.toPath());
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
