package io.feedbackloop.benchmarks.loop;

import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.LoopStorage;
import io.feedbackloop.routing.loop.SubmitResult;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Two threads submitting response documents to one {@link FeedbackLoop} on {@link
 * LoopStorage#jdbc JDBC storage} (embedded PostgreSQL through the core's test support: pooled
 * connections, fsync off), end to end through {@link FeedbackLoop#submitJson}, one transaction per
 * submit. Beside it, {@link JdbcPeer}: Jackson data binding and a plain {@code INSERT} of the
 * response row plus one outbox row in one transaction on the same server.
 *
 * <p>Documents are the {@link SubmitWorkload} mix; every submit takes the next number of a shared
 * sequence and builds its document with a new id (one string concatenation, which is noise next to
 * the round trips), so nothing is a replay. Tables are fresh per trial (a unique prefix) and grow
 * during the trial. Run: {@code java -jar benchmarks/target/feedback-benchmarks.jar
 * 'loop.JdbcSubmitBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(2)
public class JdbcSubmitBenchmark {
  private final SubmitWorkload workload = new SubmitWorkload(SubmitWorkload.DEFAULT_SIZE, 42);
  private final AtomicLong sequence = new AtomicLong();

  @SuppressWarnings("NullAway.Init") // set up per trial
  private FeedbackLoop loop;

  @SuppressWarnings("NullAway.Init") // set up per trial
  private JdbcPeer peer;

  /** Migrates fresh tables for the loop and creates the peer's. */
  @Setup(Level.Trial)
  public void setUp() {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("loopbench");
    loop =
        SubmitWorkload.newLoop(
            LoopStorage.jdbc(EmbeddedPostgresSupport.dataSource()).tablePrefix(prefix).migrate());
    peer = JdbcPeer.create(EmbeddedPostgresSupport.dataSource(), prefix);
  }

  private String nextDoc() {
    long n = sequence.getAndIncrement();
    int size = workload.size();
    return workload.json((int) (n % size), n / size);
  }

  /** Ours: {@code submitJson} of a new response, one transaction. */
  @Benchmark
  public SubmitResult submitJson() {
    SubmitResult r = loop.submitJson(nextDoc());
    if (r.replay()) {
      throw new IllegalStateException("measured a replay by accident: " + r.response().id());
    }
    return r;
  }

  /** The peer: data binding, then the response row and one outbox row in one transaction. */
  @Benchmark
  public int peer() {
    int stored = peer.submit(nextDoc());
    if (stored != 1) {
      throw new IllegalStateException("the peer saw a replay by accident");
    }
    return stored;
  }
}
