package io.feedbackloop.benchmarks.rules;

/** Counts (response, rule) matches for the peers' actions: MVEL and DRL call {@link #hit()}. */
public final class MatchCounter {
  private long count;

  /** Counts one match. */
  public void hit() {
    count++;
  }

  /** The matches counted so far. */
  public long count() {
    return count;
  }

  /** Starts again from zero. */
  public void reset() {
    count = 0;
  }
}
