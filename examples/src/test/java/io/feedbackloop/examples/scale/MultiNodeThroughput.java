package io.feedbackloop.examples.scale;

import io.feedbackloop.core.store.jdbc.CoreMigrations;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.jdbc.RoutingMigrations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of the multi-node workload with one, two and three child nodes on one embedded
 * PostgreSQL: the same {@link Workload} (distinct responses, each with its cases and messages),
 * submitted by that many {@link LoopNode}s, each also running its due work against a local
 * receiver. Prints responses per second submitted (distinct responses over the slowest node's
 * submit time, JVM start included) and end to end (over the time until the receiver got the last
 * message: every message delivered, every SLA step's notice included); the nodes exit a lease and a
 * first-contact target after that, when nothing more can come due. A figure for {@code
 * benchmarks/README.md}, run by hand, not a test:
 *
 * <pre>{@code
 * java -cp <examples test class path> io.feedbackloop.examples.scale.MultiNodeThroughput [total [nodes...]]
 * }</pre>
 */
public final class MultiNodeThroughput {
  private static final Pattern SECONDS = Pattern.compile("seconds=([0-9.]+)");

  private MultiNodeThroughput() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    List<Integer> counts = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      counts.add(Integer.parseInt(args[i]));
    }
    if (counts.isEmpty()) {
      counts = List.of(1, 2, 3);
    }
    System.out.printf("%d distinct responses, %d cores%n", total, Runtime.getRuntime().availableProcessors());
    for (int nodes : counts) {
      run(total, nodes);
    }
    System.exit(0);
  }

  private static void run(int total, int nodes) throws Exception {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("tput");
    SchemaMigrator.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(prefix)
        .build()
        .migrate(CoreMigrations.all(), RoutingMigrations.all());
    Workload workload = new Workload(total, nodes);
    try (Receiver receiver = new Receiver()) {
      List<NodeProcess> started = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int n = 0; n < nodes; n++) {
        started.add(
            NodeProcess.start(
                "node-" + n,
                MultiNodeLoopTest.nodeArgs(prefix, receiver.base(), n, nodes, total)));
      }
      double submitSeconds = 0;
      for (NodeProcess p : started) {
        int code = p.await(Duration.ofMinutes(10));
        if (code != 0) {
          throw new IllegalStateException(p.nodeId() + " exited " + code + ":\n" + String.join("\n", p.lines()));
        }
        if (Boolean.getBoolean("verbose")) {
          p.lines().forEach(l -> System.out.println(p.nodeId() + ": " + l));
        }
        Matcher m = SECONDS.matcher(p.last("submitted"));
        if (m.find()) {
          submitSeconds = Math.max(submitSeconds, Double.parseDouble(m.group(1)));
        }
      }
      double all = (System.nanoTime() - t0) / 1e9;
      double lastWebhook = (receiver.lastNanos() - t0) / 1e9;
      System.out.printf(
          "%d node(s): %d submits; submitted at %.0f responses/s (slowest node %.1f s);"
              + " last of %d webhooks after %.1f s (%.0f responses/s end to end); nodes exited after %.1f s%n",
          nodes, workload.submits(), total / submitSeconds, submitSeconds, receiver.received().size(),
          lastWebhook, total / lastWebhook, all);
    }
  }
}
