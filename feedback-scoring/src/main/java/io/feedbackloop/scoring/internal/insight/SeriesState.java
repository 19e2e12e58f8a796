package io.feedbackloop.scoring.internal.insight;

import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The counts, recent responses and current episode of one series. Pure logic over bucket numbers:
 * the detector maps times to buckets and guards each instance with its monitor.
 *
 * <p>Not thread-safe: every method must be called while holding this object's monitor.
 */
public final class SeriesState {
  private final SeriesKey key;
  private final SpikeSettings settings;
  private final BucketRing ring;
  /** The responses in the current window, capped at maxResponsesPerEpisode (oldest dropped). */
  private final ArrayDeque<Pending> recent = new ArrayDeque<>();
  private @Nullable Episode episode;
  private boolean evicted;

  /** A new, empty series. */
  public SeriesState(SeriesKey key, SpikeSettings settings) {
    this.key = key;
    this.settings = settings;
    this.ring = new BucketRing(settings.retainedBuckets());
  }

  /** The key of this series. */
  public SeriesKey key() {
    return key;
  }

  /** Tells whether the detector dropped this state; a recorder must then fetch a fresh one. */
  public boolean evicted() {
    return evicted;
  }

  /** Marks this state as dropped from the detector. */
  public void evict() {
    evicted = true;
  }

  /**
   * Tells whether nothing of this series lies within the retained history that ends at {@code
   * newestBucket}: its counts would all be zero and any episode would have ended, so dropping it
   * loses nothing.
   */
  public boolean staleAt(long newestBucket) {
    return ring.newest() <= newestBucket - settings.retainedBuckets();
  }

  /** Tells whether a mention in {@code bucket} can still be counted here. */
  public boolean holds(long bucket) {
    return ring.holds(bucket);
  }

  /** Mentions in the window (bucketsPerWindow buckets) that ends with {@code bucket}. */
  public long windowCount(long bucket) {
    return ring.sum(bucket - settings.bucketsPerWindow() + 1, bucket);
  }

  /**
   * Counts one mention and evaluates the series' newest window when the mention falls in it.
   *
   * @param bucket the mention's bucket, {@linkplain #holds held} by this series
   * @param at the mention's time
   * @param armedFrom the first bucket in which an episode may start (the end of the warm-up)
   * @return the event this mention emits, or null
   */
  public @Nullable RecurringIssueDetected add(
      long bucket, Instant at, String responseId, @Nullable String respondentId, long armedFrom) {
    ring.increment(bucket);
    int b = settings.bucketsPerWindow();
    long now = ring.newest();
    long firstInWindow = now - b + 1;
    for (Pending first = recent.peekFirst();
        first != null && first.bucket() < firstInWindow;
        first = recent.peekFirst()) {
      recent.pollFirst();
    }
    if (bucket < firstInWindow) {
      return null; // a late mention feeds the baseline of later windows only
    }
    recent.addLast(new Pending(bucket, responseId, respondentId));
    if (recent.size() > settings.maxResponsesPerEpisode()) {
      recent.pollFirst();
    }

    long count = ring.sum(firstInWindow, now);
    double baseline =
        Math.max(
            settings.minimumBaseline(),
            (double) ring.sum(now - settings.retainedBuckets() + 1, now - b)
                / settings.baselineWindows());
    double z = (count - baseline) / Math.sqrt(baseline);
    if (now < armedFrom || count < settings.minCount() || z < settings.threshold()) {
      episode = null;
      return null;
    }
    Episode e = episode;
    if (e != null && e.lastBucket >= firstInWindow) {
      e.sequence++;
      e.append(responseId, respondentId);
    } else {
      e = new Episode(key.topic() + ':' + key.label() + ':' + at.getEpochSecond());
      for (Pending p : recent) {
        if (p.bucket() >= firstInWindow) {
          e.append(p.responseId(), p.respondentId());
        }
      }
      e.total = count; // the window may hold more mentions than the capped list of recent ones
      episode = e;
    }
    e.lastBucket = now;
    return new RecurringIssueDetected(
        e.issueId,
        e.sequence,
        key.topic(),
        key.segment(),
        Instant.ofEpochMilli(firstInWindow * settings.bucketMillis()),
        Instant.ofEpochMilli((now + 1) * settings.bucketMillis()),
        count,
        baseline,
        z,
        e.responses.snapshot(),
        e.respondents.snapshot(),
        e.total > e.responses.size());
  }

  private record Pending(long bucket, String responseId, @Nullable String respondentId) {}

  /** One spike of the series, from the mention that started it. */
  private final class Episode {
    final String issueId;
    int sequence = 1;
    long lastBucket;
    long total;
    final IdList responses = new IdList();
    final IdList respondents = new IdList();
    final Set<String> seenRespondents = new HashSet<>();

    Episode(String issueId) {
      this.issueId = issueId;
    }

    void append(String responseId, @Nullable String respondentId) {
      total++;
      if (responses.size() >= settings.maxResponsesPerEpisode()) {
        return;
      }
      responses.add(responseId);
      if (respondentId != null && seenRespondents.add(respondentId)) {
        respondents.add(respondentId);
      }
    }
  }
}
