package io.feedbackloop.scoring.internal.insight;

/**
 * The validated settings of a recurring-issue detector, in buckets.
 *
 * @param bucketMillis the length of one bucket in milliseconds
 * @param bucketsPerWindow buckets in one window ({@code B})
 * @param baselineWindows windows before the current one that make the baseline ({@code K})
 * @param minCount the fewest mentions in the window that can start or continue an episode
 * @param threshold the z-score from which the window counts as a spike
 * @param minimumBaseline the floor of the baseline, {@code > 0}
 * @param maxResponsesPerEpisode the most response ids one episode lists
 */
public record SpikeSettings(
    long bucketMillis,
    int bucketsPerWindow,
    int baselineWindows,
    int minCount,
    double threshold,
    double minimumBaseline,
    int maxResponsesPerEpisode) {

  /** The buckets a series keeps: the current window and the baseline windows before it. */
  public int retainedBuckets() {
    return (baselineWindows + 1) * bucketsPerWindow;
  }

  /** The bucket that holds {@code epochMillis}. */
  public long bucketOf(long epochMillis) {
    return Math.floorDiv(epochMillis, bucketMillis);
  }
}
