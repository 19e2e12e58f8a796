package io.feedbackloop.benchmarks.outbox;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.jdbc.JdbcOutboxStore;
import io.feedbackloop.routing.jdbc.RoutingMigrations;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.OutboxStore;
import io.feedbackloop.routing.outbox.OutboxWorker;
import io.feedbackloop.routing.outbox.WorkReport;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Messages per second drained from the outbox by one {@link OutboxWorker} (one thread) to a local
 * no-op HTTP receiver: each invocation first queues {@value #MESSAGES} messages (not timed; one
 * transaction), then runs the worker until nothing is due (timed), so the score is messages/s
 * through claim, HTTP POST and recording. {@code store=jdbc} is {@link JdbcOutboxStore} on
 * embedded PostgreSQL (pooled connections, fsync off), {@code store=memory} the {@link
 * InMemoryOutboxStore}. Compare with {@link DirectPostBenchmark}, the same posts without an outbox.
 * Run: {@code java -jar benchmarks/target/feedback-benchmarks.jar 'outbox.' -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OutboxDeliveryBenchmark {
  /** Messages queued and drained per invocation. */
  static final int MESSAGES = 500;

  private static final TenantId TENANT = TenantId.of("bench");

  /** The store: {@code jdbc} (embedded PostgreSQL) or {@code memory}. */
  @Param({"jdbc", "memory"})
  public String store = "jdbc";

  /** Messages claimed per worker run. */
  @Param({"50", "200"})
  public int batchSize;

  private NoContentReceiver receiver = new NoContentReceiver();
  private OutboxStore outbox = InMemoryOutboxStore.create();
  private UnitOfWork unitOfWork = UnitOfWork.inMemory();
  private OutboxWorker worker = OutboxWorker.builder().store(outbox).build();
  private long next;

  /** Starts the receiver and, for {@code jdbc}, migrates a fresh table on embedded PostgreSQL. */
  @Setup(Level.Trial)
  public void setUp() {
    receiver.close();
    receiver = new NoContentReceiver();
    if (store.equals("jdbc")) {
      String prefix = EmbeddedPostgresSupport.uniquePrefix("bench");
      SchemaMigrator.builder()
          .dataSource(EmbeddedPostgresSupport.dataSource())
          .tablePrefix(prefix)
          .build()
          .migrate(RoutingMigrations.all());
      JdbcOutboxStore jdbc =
          JdbcOutboxStore.builder()
              .dataSource(EmbeddedPostgresSupport.dataSource())
              .tablePrefix(prefix)
              .build();
      outbox = jdbc;
      unitOfWork = jdbc.unitOfWork();
    } else {
      InMemoryOutboxStore memory = InMemoryOutboxStore.create();
      outbox = memory;
      unitOfWork = memory.unitOfWork();
    }
    worker =
        OutboxWorker.builder()
            .store(outbox)
            .channel("hook", new PostChannel(receiver.uri()))
            .batchSize(batchSize)
            .workerId("bench")
            .build();
  }

  /** Queues the next {@value #MESSAGES} messages, due now. */
  @Setup(Level.Invocation)
  public void enqueue() {
    Instant now = Instant.now();
    int queued =
        unitOfWork.inTransaction(
            tx -> {
              int n = 0;
              for (int i = 0; i < MESSAGES; i++) {
                n += outbox.enqueue("hook", message(next++), now) ? 1 : 0;
              }
              return n;
            });
    if (queued != MESSAGES) {
      throw new IllegalStateException("queued " + queued + " of " + MESSAGES + " messages");
    }
  }

  /** Drains the outbox; returns the messages delivered. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public int drain() {
    int delivered = 0;
    while (true) {
      WorkReport r = worker.runDueWork();
      if (r.claimed() == 0) {
        break;
      }
      delivered += r.delivered();
    }
    if (delivered != MESSAGES) {
      throw new IllegalStateException(
          "delivered " + delivered + " of " + MESSAGES + " messages; the receiver is failing");
    }
    return delivered;
  }

  /** Stops the receiver. */
  @TearDown(Level.Trial)
  public void tearDown() {
    receiver.close();
  }

  static Message message(long n) {
    return Message.builder()
        .tenant(TENANT)
        .recipient(Recipient.team("support"))
        .subject("Detractor")
        .text("Customer 42 scored 3: the parcel came late (message " + n + ")")
        .idempotencyKey("bench-" + n)
        .metadata("score", "3")
        .build();
  }
}
