package io.feedbackloop.routing.jdbc;

import static io.feedbackloop.routing.outbox.OutboxStoreContract.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.outbox.OutboxCounts;
import io.feedbackloop.routing.outbox.OutboxWorker;
import io.feedbackloop.routing.outbox.WorkReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGConnectionPoolDataSource;

/** Two nodes' workers on one PostgreSQL: every message delivered once, none twice at once. */
class PostgresOutboxTwoWorkersTest {
  private static final int MESSAGES = 600;
  private static final TenantId[] TENANTS = {TenantId.of("acme"), TenantId.of("globex")};

  @Test
  void twoWorkersOnSeparatePoolsDeliverEveryMessageOnceAndNeverConcurrently()
      throws Exception {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("twowork");
    DataSource pooled = EmbeddedPostgresSupport.dataSource();
    // node B: its own pool of its own physical connections (a fresh connection per transaction,
    // unpooled, costs ~50 ms here and would leave B almost nothing to do)
    PGConnectionPoolDataSource physical = new PGConnectionPoolDataSource();
    physical.setURL(EmbeddedPostgresSupport.jdbcUrl());
    JdbcConnectionPool otherPool = JdbcConnectionPool.create(physical);
    SchemaMigrator.builder().dataSource(pooled).tablePrefix(prefix).build()
        .migrate(RoutingMigrations.all());
    JdbcOutboxStore producer = JdbcOutboxStore.builder().dataSource(pooled).tablePrefix(prefix)
        .build();
    Instant now = Instant.now();
    int queued =
        producer.unitOfWork().inTransaction(tx -> {
          int n = 0;
          for (int i = 0; i < MESSAGES; i++) {
            n += producer.enqueue("hook", message(TENANTS[i % 2], "m-" + i), now) ? 1 : 0;
          }
          return n;
        });
    assertThat(queued).isEqualTo(MESSAGES);

    Set<String> inFlight = ConcurrentHashMap.newKeySet();
    List<String> overlaps = new CopyOnWriteArrayList<>();
    Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    DeliveryChannel recording =
        m -> {
          String key = m.tenant().value() + "/" + m.idempotencyKey();
          if (!inFlight.add(key)) {
            overlaps.add(key);
          }
          try {
            deliveries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            // a little work while in flight, to widen the window an overlap would show in
            Thread.onSpinWait();
            return DeliveryResult.delivered();
          } finally {
            inFlight.remove(key);
          }
        };
    OutboxWorker nodeA = worker("node-a", UnitOfWork.jdbc(pooled), prefix, recording);
    OutboxWorker nodeB = worker("node-b", UnitOfWork.jdbc(otherPool), prefix, recording);

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<WorkReport> a = threads.submit(() -> drain(nodeA));
      Future<WorkReport> b = threads.submit(() -> drain(nodeB));
      WorkReport byA = a.get(60, TimeUnit.SECONDS);
      WorkReport byB = b.get(60, TimeUnit.SECONDS);

      assertThat(overlaps).as("keys delivered twice at the same time").isEmpty();
      assertThat(deliveries).hasSize(MESSAGES);
      assertThat(deliveries.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
      assertThat(byA.delivered() + byB.delivered()).isEqualTo(MESSAGES);
      assertThat(byA.delivered()).as("node A took part").isPositive();
      assertThat(byB.delivered()).as("node B took part").isPositive();
      assertThat(byA.leaseLost() + byB.leaseLost()).isZero();
      assertThat(producer.counts()).isEqualTo(new OutboxCounts(0, 0, MESSAGES, 0, 0));
    } finally {
      threads.shutdownNow();
      otherPool.dispose();
    }
  }

  private static OutboxWorker worker(
      String id, UnitOfWork uow, String prefix, DeliveryChannel channel) {
    return OutboxWorker.builder()
        .store(JdbcOutboxStore.builder().unitOfWork(uow).tablePrefix(prefix).build())
        .workerId(id)
        .batchSize(25)
        .channel("hook", channel)
        .build();
  }

  private static WorkReport drain(OutboxWorker worker) {
    WorkReport total = WorkReport.empty();
    while (true) {
      WorkReport r = worker.runDueWork();
      if (r.claimed() == 0) {
        return total;
      }
      total = total.plus(r);
    }
  }
}
