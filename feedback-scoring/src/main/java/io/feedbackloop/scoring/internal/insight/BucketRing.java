package io.feedbackloop.scoring.internal.insight;

import java.util.Arrays;

/**
 * Counts per time bucket for the newest {@code capacity} buckets of one series, in a ring. Buckets
 * are numbered by the caller (epoch time divided by the bucket length); moving to a newer bucket
 * clears the slots that fall out of the ring.
 *
 * <p>Not thread-safe: the owner synchronizes.
 */
public final class BucketRing {
  private final int[] counts;
  private long newest = Long.MIN_VALUE;

  /**
   * Creates an empty ring.
   *
   * @throws IllegalArgumentException if {@code capacity < 1}
   */
  public BucketRing(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be > 0, but was " + capacity);
    }
    this.counts = new int[capacity];
  }

  /** The newest bucket seen, or {@link Long#MIN_VALUE} while empty. */
  public long newest() {
    return newest;
  }

  /** Tells whether {@code bucket} is still held (not older than the ring reaches). */
  public boolean holds(long bucket) {
    return newest == Long.MIN_VALUE || bucket > newest - counts.length;
  }

  /**
   * Adds one to {@code bucket}, moving the ring forward when it is newer than any seen.
   *
   * @return false, counting nothing, if the bucket is older than the ring reaches
   */
  public boolean increment(long bucket) {
    if (!holds(bucket)) {
      return false;
    }
    if (newest == Long.MIN_VALUE || bucket - newest >= counts.length) {
      Arrays.fill(counts, 0);
      newest = bucket;
    } else {
      while (newest < bucket) {
        newest++;
        counts[slot(newest)] = 0;
      }
    }
    counts[slot(bucket)]++;
    return true;
  }

  /** The sum over buckets {@code from..to}, both inclusive; buckets not held count 0. */
  public long sum(long from, long to) {
    if (newest == Long.MIN_VALUE) {
      return 0;
    }
    long lo = Math.max(from, newest - counts.length + 1);
    long hi = Math.min(to, newest);
    long total = 0;
    for (long b = lo; b <= hi; b++) {
      total += counts[slot(b)];
    }
    return total;
  }

  private int slot(long bucket) {
    return (int) Math.floorMod(bucket, (long) counts.length);
  }
}
