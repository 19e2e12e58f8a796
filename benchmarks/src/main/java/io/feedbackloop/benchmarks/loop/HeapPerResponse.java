package io.feedbackloop.benchmarks.loop;

import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.LoopStorage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Heap kept per stored response by a {@link FeedbackLoop} on in-memory stores (the response, its
 * cases, outbox messages and index entries) and by the hand-written {@link PeerLoop}: used heap
 * after a forced GC, before and after {@code n} submits of the {@link SubmitWorkload} mix, divided
 * by {@code n}. Run: {@code java -cp benchmarks/target/feedback-benchmarks.jar
 * io.feedbackloop.benchmarks.loop.HeapPerResponse [n]} (default 20,000; the in-memory
 * submit slows down as the stores grow, see the README).
 */
public final class HeapPerResponse {
  private HeapPerResponse() {}

  /** Measures and prints bytes per stored response for ours and the peer. */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    SubmitWorkload w = new SubmitWorkload(SubmitWorkload.DEFAULT_SIZE, 42);
    // warm up both, so that class loading and JIT data are not counted
    run(w, 5_000, true);
    run(w, 5_000, false);
    long ours = run(w, n, true);
    long peer = run(w, n, false);
    System.out.printf(
        Locale.ROOT,
        "n=%d  ours: %d B/response  peer: %d B/response  ratio ours/peer: %.2f%n",
        n, ours / n, peer / n, (double) ours / peer);
  }

  private static long run(SubmitWorkload w, int n, boolean ours) {
    long before = usedAfterGc();
    FeedbackLoop loop = SubmitWorkload.newLoop(LoopStorage.inMemory());
    PeerLoop peer = new PeerLoop();
    long empty = usedAfterGc();
    for (int i = 0; i < n; i++) {
      String doc = w.json(i % w.size(), i / w.size());
      if (ours) {
        loop.submitJson(doc);
      } else {
        peer.submit(doc);
      }
    }
    long after = usedAfterGc();
    Reference.reachabilityFence(loop);
    Reference.reachabilityFence(peer);
    System.out.printf(
        Locale.ROOT, "%s: empty loop %d B, %d responses %d B%n",
        ours ? "ours" : "peer", empty - before, n, after - empty);
    return after - empty;
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
