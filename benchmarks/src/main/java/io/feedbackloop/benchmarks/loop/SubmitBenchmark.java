package io.feedbackloop.benchmarks.loop;

import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.LoopStorage;
import io.feedbackloop.routing.loop.SubmitResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One thread submitting response documents to a {@link FeedbackLoop} on in-memory stores, end to
 * end through {@link FeedbackLoop#submitJson}: parse, validate, store, classify, the standard
 * playbook's rules, a case opened for every detractor, the messages queued in the outbox (nothing
 * is delivered). Beside it, {@link PeerLoop}: what a user writes without the SDK (Jackson data
 * binding, a {@code ConcurrentHashMap}, if/else on the score, a list as the outbox).
 *
 * <p>Each iteration starts with a fresh loop (and a fresh peer). Documents come from a {@link
 * SubmitWorkload} pool; what happens when the pool wraps is the parameter {@code reset}: {@code
 * pool} starts a fresh loop (and peer), so the stores never hold more than one pool of responses;
 * {@code iteration} keeps the loop and builds the next generation of ids (one string per document,
 * in the timed path, equally for ours and the peer), so the stores grow through the whole
 * iteration, as they do in a long-running host. Either way every submit stores a new response.
 * {@code replay} submits documents the loop stored already: the idempotent early return.
 *
 * <p>Scores: Throughput in operations per microsecond (x 1,000,000 = submits per second),
 * SampleTime in microseconds per submit with percentiles. Run: {@code java -jar
 * benchmarks/target/feedback-benchmarks.jar 'loop.SubmitBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s
 * -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SubmitBenchmark {
  /** Documents in the pool. */
  @Param({"4096"})
  public int poolSize = SubmitWorkload.DEFAULT_SIZE;

  /**
   * When the pool wraps: {@code pool} starts a fresh loop, {@code iteration} keeps it (the stores
   * grow until the iteration ends).
   */
  @Param({"pool", "iteration"})
  public String reset = "pool";

  private boolean freshLoopOnWrap;
  private SubmitWorkload workload = new SubmitWorkload(1, 42);
  private String[] docs = new String[0];
  private int next;
  private long generation;
  private FeedbackLoop loop = SubmitWorkload.newLoop(LoopStorage.inMemory());
  private FeedbackLoop replayLoop = loop;
  private String[] replayDocs = new String[0];
  private int nextReplay;
  private PeerLoop peer = new PeerLoop();

  /** Generates the pool; fails fast if the loop or the peer does not route it as claimed. */
  @Setup(Level.Trial)
  public void setUp() {
    workload = new SubmitWorkload(poolSize, 42);
    freshLoopOnWrap = switch (reset) {
      case "pool" -> true;
      case "iteration" -> false;
      default -> throw new IllegalArgumentException("reset must be pool or iteration, but was " + reset);
    };
    FeedbackLoop check = SubmitWorkload.newLoop(LoopStorage.inMemory());
    PeerLoop peerCheck = new PeerLoop();
    int cases = 0;
    int detractors = 0;
    for (int i = 0; i < workload.size(); i++) {
      SubmitResult r = check.submitJson(workload.json(i, 0));
      cases += r.openedCases().size();
      detractors += workload.score(i) <= 6 ? 1 : 0;
      if (r.replay() || r.messagesQueued() == 0 || peerCheck.submit(workload.json(i, 0)) < 1) {
        throw new IllegalStateException("document " + i + " was not routed: " + r);
      }
    }
    if (cases < detractors || peerCheck.cases() != detractors) {
      throw new IllegalStateException(
          "expected a case per detractor (" + detractors + "), but ours opened " + cases
              + " and the peer " + peerCheck.cases());
    }
    replayLoop = check;
    replayDocs = workload.generation(0);
  }

  /** A fresh loop and peer, and generation 0 of the pool. */
  @Setup(Level.Iteration)
  public void freshLoop() {
    loop = SubmitWorkload.newLoop(LoopStorage.inMemory());
    peer = new PeerLoop();
    generation = 0;
    docs = workload.generation(0);
    next = 0;
  }

  private String nextDoc() {
    if (next == docs.length) {
      if (freshLoopOnWrap) {
        loop = SubmitWorkload.newLoop(LoopStorage.inMemory());
        peer = new PeerLoop();
        next = 0;
      } else {
        docs = workload.generation(++generation);
        next = 0;
      }
    }
    return docs[next++];
  }

  /** Ours: {@code submitJson} of a new response. */
  @Benchmark
  public SubmitResult submitJson() {
    String doc = nextDoc(); // first: a wrap may replace the loop
    SubmitResult r = loop.submitJson(doc);
    if (r.replay()) {
      throw new IllegalStateException("measured a replay by accident: " + r.response().id());
    }
    return r;
  }

  /** Ours: {@code submitJson} of a response stored before (parse, validate, idempotent lookup). */
  @Benchmark
  public SubmitResult replay() {
    if (nextReplay == replayDocs.length) {
      nextReplay = 0;
    }
    SubmitResult r = replayLoop.submitJson(replayDocs[nextReplay++]);
    if (!r.replay()) {
      throw new IllegalStateException("expected a replay: " + r.response().id());
    }
    return r;
  }

  /** Building an empty in-memory loop: what {@code reset=pool} pays once per pool. */
  @Benchmark
  public FeedbackLoop newLoop() {
    return SubmitWorkload.newLoop(LoopStorage.inMemory());
  }

  /** The peer: data binding, map, if/else, list. */
  @Benchmark
  public int peer() {
    String doc = nextDoc(); // first: a wrap may replace the peer
    int queued = peer.submit(doc);
    if (queued < 0) {
      throw new IllegalStateException("the peer saw a replay by accident");
    }
    return queued;
  }
}
