package io.feedbackloop.scoring.insight;

import io.feedbackloop.scoring.internal.Checks;
import io.feedbackloop.scoring.internal.insight.SeriesKey;
import io.feedbackloop.scoring.internal.insight.SeriesState;
import io.feedbackloop.scoring.internal.insight.SpikeSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spots recurring issues in real time: counts topic mentions per segment in a sliding window and
 * emits {@link RecurringIssueDetected} when a window holds far more mentions than usual.
 *
 * <p><b>Counting.</b> Each mention counts once per topic for the segment made of the attributes
 * named in {@link Builder#segmentBy} (only when the mention has all of them) and, if {@link
 * Builder#includeOverall} (the default), once for the {@code all} segment. Counts are kept in
 * buckets of {@code window / bucketsPerWindow}, so the window slides with bucket granularity.
 *
 * <p><b>Spike test.</b> For the window ending with the mention's bucket: {@code count} is the
 * mentions in it; {@code baseline} is the mean count per window over the {@code baselineWindows}
 * windows before it, floored at {@code minimumBaseline} (so a topic never seen before needs {@code
 * minCount} mentions); {@code zScore = (count - baseline) / sqrt(baseline)}, the Poisson z-score. An
 * episode starts when {@code count >= minCount} and {@code zScore >= threshold}; every further
 * mention of that topic and segment emits again while both hold (sequence 2, 3, ... with the
 * grown list of responses), and the first mention for which they do not hold ends the episode. A
 * later spike is a new episode with a new {@link RecurringIssueDetected#issueId()}.
 *
 * <p><b>False alarms.</b> The window slides with every bucket and the Poisson tail is heavier than
 * the normal one at small counts, so a z-score threshold raises some episodes on purely random
 * (Poisson) traffic. Measured with the other defaults over 30 days at 1 to 30 mentions an hour:
 * threshold 3 about 0.2 to 0.5 episodes per series and day (several false alarms a day once topics
 * times segments make dozens of series), the default 4 about 0.02 to 0.15, 5 under 0.05 (and
 * under 0.01 from 4 mentions an hour). Pick the threshold for the number of series watched.
 *
 * <p><b>Time</b> comes from {@link TopicMention#at()}, never from a clock, so replaying history
 * gives the same events as live traffic. The detector stays silent (but counts) during a warm-up
 * that starts at the first mention it records: by default the whole baseline period, so that a
 * fresh process does not mistake its empty history for a quiet one. Replay the last {@code window
 * × (baselineWindows + 1)} of mentions at start-up to be armed at once, or set {@link
 * Builder#warmUp} to zero. A mention older than the retained history ({@code window ×
 * (baselineWindows + 1)} before the newest mention recorded) is counted nowhere and reported as
 * {@linkplain RecordOutcome#ignored() ignored}; a late mention within it feeds the counts, but only
 * one inside its series' current window is evaluated (against that window). Record each response
 * once: the detector does not deduplicate.
 *
 * <p><b>Memory</b> is bounded by the series seen within the retained history: a series with no
 * mention in it is dropped by a sweep that runs at most once per window (which changes nothing, as
 * all its counts would be zero), and each
 * episode lists at most {@code maxResponsesPerEpisode} responses. The events of one episode share
 * their id lists, so a long episode costs memory linear, not quadratic, in its mentions.
 *
 * <p><b>Threads.</b> Safe for concurrent use: {@link #record} may be called from many threads. The
 * listener is called on the recording thread after the detector released its locks; a listener
 * that throws a {@link RuntimeException} is caught and logged (issue id and exception class only),
 * and the detector's state is not affected.
 *
 * <p>Defaults: window 1 hour, 4 buckets per window, 24 baseline windows, min count 5, threshold
 * 4.0, minimum baseline 0.5, 10,000 responses per episode, no segment attributes, overall counted,
 * no-op listener.
 */
public final class RecurringIssueDetector {
  private static final Logger LOG = LoggerFactory.getLogger(RecurringIssueDetector.class);
  private static final long NONE = Long.MIN_VALUE;

  private final SpikeSettings settings;
  private final Duration window;
  private final List<String> segmentBy;
  private final boolean includeOverall;
  private final long warmUpBuckets;
  private final RecurringIssueListener listener;

  private final ConcurrentHashMap<SeriesKey, SeriesState> series = new ConcurrentHashMap<>();
  private final AtomicLong firstBucket = new AtomicLong(NONE);
  private final AtomicLong newestBucket = new AtomicLong(NONE);
  private final AtomicLong lastSweep = new AtomicLong(NONE);
  private final LongAdder ignored = new LongAdder();

  private RecurringIssueDetector(Builder b, SpikeSettings settings, Duration warmUp) {
    this.settings = settings;
    this.window = b.window;
    this.segmentBy = List.copyOf(b.segmentBy);
    this.includeOverall = b.includeOverall;
    this.listener = b.listener;
    long millis = warmUp.toMillis();
    this.warmUpBuckets = (millis + settings.bucketMillis() - 1) / settings.bucketMillis();
  }

  /** A builder with the defaults listed in the class documentation. */
  public static Builder builder() {
    return new Builder();
  }

  /** A detector with the defaults: overall counts only, no listener. */
  public static RecurringIssueDetector ofDefaults() {
    return builder().build();
  }

  /**
   * Counts one mention and runs the spike test for each of its topics and segments.
   *
   * @return whether the mention was ignored as too old, and the events it emitted (which also
   *     went to the listener)
   * @throws NullPointerException if {@code mention} is null
   */
  public RecordOutcome record(TopicMention mention) {
    Objects.requireNonNull(mention, "mention must not be null");
    long bucket = settings.bucketOf(mention.at().toEpochMilli());
    firstBucket.compareAndSet(NONE, bucket);
    long newest = newestBucket.accumulateAndGet(bucket, Math::max);
    if (bucket <= newest - settings.retainedBuckets()) {
      ignored.increment();
      return RecordOutcome.ignoredMention();
    }
    long armedFrom = firstBucket.get() + warmUpBuckets;
    List<RecurringIssueDetected> events = new ArrayList<>(0);
    boolean counted = false;
    for (SeriesKey key : keysOf(mention)) {
      while (true) {
        SeriesState state = series.computeIfAbsent(key, k -> new SeriesState(k, settings));
        synchronized (state) {
          if (state.evicted()) {
            continue; // dropped by a sweep between lookup and lock: count in a fresh one
          }
          // A concurrent newer mention may have moved this series past the bucket.
          if (state.holds(bucket)) {
            counted = true;
            RecurringIssueDetected event =
                state.add(bucket, mention.at(), mention.responseId(), mention.respondentId(),
                    armedFrom);
            if (event != null) {
              events.add(event);
            }
          }
        }
        break;
      }
    }
    sweepIfDue(newest);
    if (!counted) {
      ignored.increment();
      return RecordOutcome.ignoredMention();
    }
    for (RecurringIssueDetected event : events) {
      notifyListener(event);
    }
    return RecordOutcome.counted(events);
  }

  /**
   * The mentions of {@code topic} in {@code segment} counted in the window that ends with the
   * bucket holding {@code at}; 0 for a series the detector does not hold.
   *
   * @param segment the segment values as the detector keys them (only the attributes it segments
   *     by), or an empty map for {@code all}
   */
  public long windowCount(String topic, Map<String, String> segment, Instant at) {
    SeriesState state = series.get(SeriesKey.of(topic, segment));
    if (state == null) {
      return 0;
    }
    synchronized (state) {
      return state.windowCount(settings.bucketOf(at.toEpochMilli()));
    }
  }

  /** The topic-and-segment series currently held in memory. */
  public int trackedSeries() {
    return series.size();
  }

  /** The mentions ignored so far as older than the retained history. */
  public long ignoredMentions() {
    return ignored.sum();
  }

  /** The window length. */
  public Duration window() {
    return window;
  }

  private Set<SeriesKey> keysOf(TopicMention mention) {
    Map<String, String> segment = segmentOf(mention.segment());
    Set<SeriesKey> keys = new LinkedHashSet<>();
    for (String topic : mention.topics()) {
      if (includeOverall) {
        keys.add(SeriesKey.of(topic, Map.of()));
      }
      if (!segment.isEmpty()) {
        keys.add(SeriesKey.of(topic, segment));
      }
    }
    return keys;
  }

  /** The segmentBy attributes of a mention, or an empty map when it lacks one of them. */
  private Map<String, String> segmentOf(Map<String, String> attributes) {
    Map<String, String> segment = new LinkedHashMap<>();
    for (String name : segmentBy) {
      String value = attributes.get(name);
      if (value == null) {
        return Map.of();
      }
      segment.put(name, value);
    }
    return segment;
  }

  private void sweepIfDue(long newest) {
    long last = lastSweep.get();
    if (last != NONE && newest - last < settings.bucketsPerWindow()) {
      return;
    }
    if (!lastSweep.compareAndSet(last, newest)) {
      return; // another thread sweeps
    }
    for (SeriesState state : series.values()) {
      synchronized (state) {
        if (state.staleAt(newest)) {
          state.evict();
          series.remove(state.key(), state);
        }
      }
    }
  }

  private void notifyListener(RecurringIssueDetected event) {
    try {
      listener.onRecurringIssue(event);
    } catch (RuntimeException e) {
      LOG.warn(
          "recurring-issue listener failed on issue {} event {} ({}); the detector's state stands",
          event.issueId(),
          event.sequence(),
          e.getClass().getName());
    }
  }

  /**
   * Builds a {@link RecurringIssueDetector}. Every setter checks its argument at once; {@link
   * #build()} checks how they fit together. Not thread-safe.
   */
  public static final class Builder {
    private Duration window = Duration.ofHours(1);
    private int bucketsPerWindow = 4;
    private int baselineWindows = 24;
    private int minCount = 5;
    private double threshold = 4.0;
    private double minimumBaseline = 0.5;
    private int maxResponsesPerEpisode = 10_000;
    private Duration warmUp = Duration.ofMillis(-1); // negative: the whole baseline period
    private List<String> segmentBy = List.of();
    private boolean includeOverall = true;
    private RecurringIssueListener listener = RecurringIssueListener.noop();

    private Builder() {}

    /**
     * The length of the sliding window; default 1 hour. It must split into {@code
     * bucketsPerWindow} whole milliseconds (checked by {@link #build()}).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder window(Duration window) {
      Checks.notNull("window", window);
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("window must be > 0, but was " + window);
      }
      this.window = window;
      return this;
    }

    /**
     * The buckets one window is split into: the granularity with which it slides; default 4.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder bucketsPerWindow(int bucketsPerWindow) {
      this.bucketsPerWindow = positive("bucketsPerWindow", bucketsPerWindow);
      return this;
    }

    /**
     * The windows before the current one whose mean count is the baseline; default 24.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder baselineWindows(int baselineWindows) {
      this.baselineWindows = positive("baselineWindows", baselineWindows);
      return this;
    }

    /**
     * The fewest mentions in a window that make a spike; default 5.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder minCount(int minCount) {
      this.minCount = positive("minCount", minCount);
      return this;
    }

    /**
     * The Poisson z-score from which a window is a spike; default 4.0.
     *
     * @throws IllegalArgumentException if not finite and &gt; 0
     */
    public Builder threshold(double threshold) {
      this.threshold = positiveFinite("threshold", threshold);
      return this;
    }

    /**
     * The floor of the baseline, which keeps the z-score finite for a topic never seen; default
     * 0.5.
     *
     * @throws IllegalArgumentException if not finite and &gt; 0
     */
    public Builder minimumBaseline(double minimumBaseline) {
      this.minimumBaseline = positiveFinite("minimumBaseline", minimumBaseline);
      return this;
    }

    /**
     * The most response ids one episode lists; later mentions still count and emit, with {@link
     * RecurringIssueDetected#truncated()} set; default 10,000.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxResponsesPerEpisode(int maxResponsesPerEpisode) {
      this.maxResponsesPerEpisode = positive("maxResponsesPerEpisode", maxResponsesPerEpisode);
      return this;
    }

    /**
     * How long after the first recorded mention no episode may start; default {@code window ×
     * baselineWindows}, the baseline period.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder warmUp(Duration warmUp) {
      Checks.notNull("warmUp", warmUp);
      if (warmUp.isNegative()) {
        throw new IllegalArgumentException("warmUp must be >= 0, but was " + warmUp);
      }
      this.warmUp = warmUp;
      return this;
    }

    /**
     * The segment attributes whose value combination makes a series, in addition to {@code all};
     * other attributes of a mention are ignored, and a mention lacking one of them counts for
     * {@code all} only. Default none.
     *
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder segmentBy(String... attributeNames) {
      Checks.notNull("attributeNames", attributeNames);
      Set<String> names = new LinkedHashSet<>();
      for (String name : attributeNames) {
        if (name == null || name.isBlank()) {
          throw new IllegalArgumentException(
              "segmentBy must name attributes, but had " + (name == null ? "null" : "\"" + name + "\""));
        }
        if (!names.add(name)) {
          throw new IllegalArgumentException(
              "segmentBy must name each attribute once, but had " + name + " twice");
        }
      }
      this.segmentBy = List.copyOf(names);
      return this;
    }

    /** Whether each mention also counts for the {@code all} segment; default true. */
    public Builder includeOverall(boolean includeOverall) {
      this.includeOverall = includeOverall;
      return this;
    }

    /** Receives the events (as well as {@link #record}'s result); default a no-op. */
    public Builder listener(RecurringIssueListener listener) {
      this.listener = Checks.notNull("listener", listener);
      return this;
    }

    /**
     * Builds the detector.
     *
     * @throws IllegalArgumentException if the window does not split into {@code bucketsPerWindow}
     *     whole milliseconds, the retained history exceeds 1,000,000 buckets, or nothing would be
     *     counted ({@code includeOverall(false)} without {@code segmentBy})
     */
    public RecurringIssueDetector build() {
      long millis = window.toMillis();
      if (window.compareTo(Duration.ofMillis(millis)) != 0 || millis % bucketsPerWindow != 0) {
        throw new IllegalArgumentException(
            "window must be a whole number of milliseconds divisible by bucketsPerWindow ("
                + bucketsPerWindow
                + "), but was "
                + window);
      }
      long retained = (long) bucketsPerWindow * (baselineWindows + 1L);
      if (retained > 1_000_000) {
        throw new IllegalArgumentException(
            "bucketsPerWindow × (baselineWindows + 1) must be <= 1000000, but was " + retained);
      }
      if (!includeOverall && segmentBy.isEmpty()) {
        throw new IllegalArgumentException(
            "segmentBy must name an attribute when includeOverall is false, but was []");
      }
      SpikeSettings settings =
          new SpikeSettings(
              millis / bucketsPerWindow,
              bucketsPerWindow,
              baselineWindows,
              minCount,
              threshold,
              minimumBaseline,
              maxResponsesPerEpisode);
      Duration effectiveWarmUp = warmUp.isNegative() ? window.multipliedBy(baselineWindows) : warmUp;
      return new RecurringIssueDetector(this, settings, effectiveWarmUp);
    }

    private static int positive(String name, int value) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be > 0, but was " + value);
      }
      return value;
    }

    private static double positiveFinite(String name, double value) {
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(name + " must be finite and > 0, but was " + value);
      }
      return value;
    }
  }
}
