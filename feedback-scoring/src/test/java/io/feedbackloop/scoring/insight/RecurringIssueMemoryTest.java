package io.feedbackloop.scoring.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Series without a mention in the retained history are dropped, and dropping them changes nothing. */
class RecurringIssueMemoryTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  private static TopicMention mention(String id, Instant at, String topic) {
    return TopicMention.of(id, at, Set.of(topic));
  }

  @Test
  void staleSeriesAreEvicted() {
    // Retained history: (2 + 1) windows × 4 buckets = 12 buckets = 3 hours.
    RecurringIssueDetector d = RecurringIssueDetector.builder().baselineWindows(2).build();
    for (int i = 0; i < 100; i++) {
      d.record(mention("m-" + i, T0, "topic-" + i));
    }
    assertThat(d.trackedSeries()).isEqualTo(100);
    d.record(mention("later", T0.plus(Duration.ofMinutes(165)), "other")); // 11 buckets on: kept
    assertThat(d.trackedSeries()).isEqualTo(101);
    // Sweeps run at most once per window (4 buckets): the one at bucket 11 found nothing stale,
    // so at bucket 12 the old series are stale but still held; at bucket 15 they go.
    d.record(mention("much-later", T0.plus(Duration.ofHours(3)), "other"));
    assertThat(d.trackedSeries()).isEqualTo(101);
    d.record(mention("sweep", T0.plus(Duration.ofMinutes(225)), "other"));
    assertThat(d.trackedSeries()).isEqualTo(1);
    assertThat(d.windowCount("topic-7", Map.of(), T0)).isZero();
    // An evicted topic comes back as a fresh series.
    d.record(mention("again", T0.plus(Duration.ofHours(3)), "topic-7"));
    assertThat(d.windowCount("topic-7", Map.of(), T0.plus(Duration.ofHours(3)))).isEqualTo(1);
  }

  @Test
  void aMonthOfNewSegmentsKeepsMemoryBounded() {
    RecurringIssueDetector d =
        RecurringIssueDetector.builder().baselineWindows(2).segmentBy("campaign").build();
    int most = 0;
    for (int h = 0; h < 30 * 24; h++) {
      // Every hour a new campaign: without eviction the series would grow to 2 × 720 + 1.
      d.record(new TopicMention("m-" + h, null, T0.plus(Duration.ofHours(h)),
          Map.of("campaign", "c-" + h), Set.of("delivery")));
      most = Math.max(most, d.trackedSeries());
    }
    // Kept: the overall series and the campaigns of the last three hours (h-2, h-1, h).
    assertThat(most).isEqualTo(4);
    assertThat(d.trackedSeries()).isEqualTo(4);
  }

  @Test
  void evictionDoesNotChangeTheEvents() {
    // A spike after a long silence is judged the same by a detector that dropped the series and
    // by one that never saw the earlier mentions at all: baseline floor 0.5, spike at count 5.
    RecurringIssueDetector evicting =
        RecurringIssueDetector.builder().baselineWindows(2).warmUp(Duration.ZERO).build();
    RecurringIssueDetector fresh =
        RecurringIssueDetector.builder().baselineWindows(2).warmUp(Duration.ZERO).build();
    evicting.record(mention("old", T0, "price"));
    evicting.record(mention("filler", T0.plus(Duration.ofHours(5)), "payment"));
    fresh.record(mention("filler", T0.plus(Duration.ofHours(5)), "payment"));
    assertThat(evicting.trackedSeries()).isEqualTo(1);
    Instant later = T0.plus(Duration.ofHours(6));
    for (int k = 1; k <= 6; k++) {
      TopicMention m = mention("k-" + k, later.plusSeconds(k), "price");
      assertThat(evicting.record(m)).isEqualTo(fresh.record(m));
    }
  }
}
