package io.feedbackloop.routing.jdbc;

import io.feedbackloop.routing.outbox.HttpPostChannel;
import io.feedbackloop.routing.outbox.OutboxWorker;
import java.net.URI;
import java.time.Duration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The child JVM of {@link PostgresOutboxCrashTest}: runs an outbox worker against the test's
 * embedded PostgreSQL, posting to the test's HTTP receiver, until it is killed.
 *
 * <p>Arguments: the JDBC URL, the table prefix, the receiver URI, the lease in seconds.
 */
public final class OutboxCrashChild {
  private OutboxCrashChild() {}

  public static void main(String[] args) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(args[0]);
    OutboxWorker worker =
        OutboxWorker.builder()
            .store(JdbcOutboxStore.builder().dataSource(ds).tablePrefix(args[1]).build())
            .channel("hook", new HttpPostChannel(URI.create(args[2])))
            .leaseLength(Duration.ofSeconds(Long.parseLong(args[3])))
            .batchSize(5)
            .workerId("child")
            .build();
    System.out.println("child worker started");
    while (true) {
      worker.runDueWork();
    }
  }
}
