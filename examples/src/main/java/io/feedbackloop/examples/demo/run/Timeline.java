package io.feedbackloop.examples.demo.run;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The runner's agenda: actions at simulated instants, run in time order (ties in the order they
 * were added, so a run is deterministic). Not thread-safe.
 */
final class Timeline {
  private record Entry(Instant at, long seq, Runnable action) {}

  private final PriorityQueue<Entry> queue =
      new PriorityQueue<>(Comparator.comparing(Entry::at).thenComparingLong(Entry::seq));
  private long seq;

  void at(Instant at, Runnable action) {
    queue.add(new Entry(at, seq++, action));
  }

  /** The instant of the next action, or null if none is left. */
  @org.jspecify.annotations.Nullable
  Instant next() {
    Entry e = queue.peek();
    return e == null ? null : e.at();
  }

  /** Removes and runs the next action. */
  void runNext() {
    Entry e = queue.poll();
    if (e != null) {
      e.action().run();
    }
  }

  int size() {
    return queue.size();
  }
}
