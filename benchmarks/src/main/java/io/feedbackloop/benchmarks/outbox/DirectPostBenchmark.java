package io.feedbackloop.benchmarks.outbox;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The peer of {@link OutboxDeliveryBenchmark}: the same {@value OutboxDeliveryBenchmark#MESSAGES}
 * messages posted straight to the same kind of no-op receiver with the same HTTP client, one
 * thread, no outbox (what a host that "just sends" does, without durability or retries).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DirectPostBenchmark {
  private NoContentReceiver receiver = new NoContentReceiver();
  private PostChannel channel = new PostChannel(receiver.uri());
  private long next;

  /** Starts the receiver. */
  @Setup(Level.Trial)
  public void setUp() {
    receiver.close();
    receiver = new NoContentReceiver();
    channel = new PostChannel(receiver.uri());
  }

  /** Posts the next batch of messages; returns how many got a 2xx. */
  @Benchmark
  @OperationsPerInvocation(OutboxDeliveryBenchmark.MESSAGES)
  public int postDirectly() {
    int ok = 0;
    for (int i = 0; i < OutboxDeliveryBenchmark.MESSAGES; i++) {
      long n = next++;
      String text = "Customer 42 scored 3: the parcel came late (message " + n + ")";
      ok += channel.post("bench-" + n, text) / 100 == 2 ? 1 : 0;
    }
    if (ok != OutboxDeliveryBenchmark.MESSAGES) {
      throw new IllegalStateException("only " + ok + " posts succeeded");
    }
    return ok;
  }

  /** Stops the receiver. */
  @TearDown(Level.Trial)
  public void tearDown() {
    receiver.close();
  }
}
