package io.feedbackloop.scoring.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The spike test, episodes, segments, warm-up, late and ignored mentions, truncation and the
 * listener guard, on hand-built streams whose numbers are worked out in the comments.
 */
class RecurringIssueDetectorTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  private static TopicMention mention(String id, Instant at, String... topics) {
    return new TopicMention(id, "r-" + id, at, Map.of(), Set.of(topics));
  }

  private static TopicMention mentionIn(String id, Instant at, String region, String topic) {
    return new TopicMention(id, null, at, Map.of("region", region, "channel", "web"), Set.of(topic));
  }

  /**
   * Two days of one "delivery" mention per hour at hh:30 (bucket 4h+2 with 15-minute buckets,
   * counted from T0), ids bg-0..bg-47. The first mention (bucket 2) starts the default warm-up of
   * 24 windows = 96 buckets, so episodes may start from bucket 98 on.
   */
  private static List<RecordOutcome> background(RecurringIssueDetector d) {
    List<RecordOutcome> out = new ArrayList<>();
    for (int h = 0; h < 48; h++) {
      out.add(d.record(mention("bg-" + h, T0.plus(Duration.ofMinutes(60L * h + 30)), "delivery")));
    }
    return out;
  }

  private static Instant burstTime(int k) {
    return T0.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(k - 1L)); // bucket 192
  }

  @Test
  void burstEmitsAtTheExpectedMentionWithCountBaselineAndZ() {
    List<RecurringIssueDetected> heard = new ArrayList<>();
    RecurringIssueDetector d = RecurringIssueDetector.builder().listener(heard::add).build();
    assertThat(background(d)).allSatisfy(o -> assertThat(o.events()).isEmpty());

    // Burst mention k lies in bucket 192 (2026-03-04T00:00 + k-1 minutes). Window = buckets
    // 189..192, holding bg-47 (bucket 190) and the k burst mentions: count = k + 1.
    // Baseline = buckets 93..188 = 24 windows holding bg-23..bg-46 = 24 mentions: 24 / 24 = 1.0.
    // z = (count - 1) / sqrt(1) = k. The spike needs count >= 5 and z >= 3: k = 4 (count 5, z 4).
    for (int k = 1; k <= 3; k++) {
      assertThat(d.record(mention("b-" + k, burstTime(k), "delivery")).events()).isEmpty();
    }
    RecordOutcome fourth = d.record(mention("b-4", burstTime(4), "delivery"));
    assertThat(fourth.ignored()).isFalse();
    assertThat(fourth.events()).hasSize(1);
    RecurringIssueDetected e = fourth.events().get(0);
    assertThat(e.issueId()).isEqualTo("delivery:all:" + burstTime(4).getEpochSecond());
    assertThat(e.sequence()).isEqualTo(1);
    assertThat(e.topic()).isEqualTo("delivery");
    assertThat(e.segment()).isEmpty();
    assertThat(e.segmentLabel()).isEqualTo("all");
    assertThat(e.windowStart()).isEqualTo(Instant.parse("2026-03-03T23:15:00Z"));
    assertThat(e.windowEnd()).isEqualTo(Instant.parse("2026-03-04T00:15:00Z"));
    assertThat(e.count()).isEqualTo(5);
    assertThat(e.baseline()).isEqualTo(1.0);
    assertThat(e.zScore()).isEqualTo(4.0);
    assertThat(e.responseIds()).containsExactly("bg-47", "b-1", "b-2", "b-3", "b-4");
    assertThat(e.respondentIds()).containsExactly("r-bg-47", "r-b-1", "r-b-2", "r-b-3", "r-b-4");
    assertThat(e.truncated()).isFalse();
    assertThat(heard).containsExactly(e);

    // The fifth mention continues the episode: count 6, z 5, the list grown by one.
    RecurringIssueDetected next = d.record(mention("b-5", burstTime(5), "delivery")).events().get(0);
    assertThat(next.issueId()).isEqualTo(e.issueId());
    assertThat(next.sequence()).isEqualTo(2);
    assertThat(next.count()).isEqualTo(6);
    assertThat(next.zScore()).isEqualTo(5.0);
    assertThat(next.responseIds()).containsExactly("bg-47", "b-1", "b-2", "b-3", "b-4", "b-5");
    assertThat(e.responseIds()).hasSize(5); // the earlier event's list did not grow with it
    assertThat(heard).containsExactly(e, next);
  }

  @Test
  void episodeEndsWhenTheConditionFailsAndALaterSpikeIsANewEpisode() {
    RecurringIssueDetector d = RecurringIssueDetector.builder().threshold(3.0).build();
    background(d);
    String first = "";
    for (int k = 1; k <= 6; k++) {
      List<RecurringIssueDetected> events =
          d.record(mention("b-" + k, burstTime(k), "delivery")).events();
      if (k < 4) {
        assertThat(events).isEmpty();
        continue;
      }
      assertThat(events).hasSize(1);
      assertThat(events.get(0).sequence()).isEqualTo(k - 3);
      first = k == 4 ? events.get(0).issueId() : first;
      assertThat(events.get(0).issueId()).isEqualTo(first);
    }
    // 02:00 on day 3 = bucket 200: its window 197..200 holds only itself, so the episode ends.
    assertThat(d.record(mention("quiet", T0.plus(Duration.ofHours(50)), "delivery")).events()).isEmpty();

    // Second burst from 03:00 (bucket 204). Baseline = buckets 101..196 = bg-25..bg-47 (23) + the
    // 6 burst mentions = 29, / 24 = 1.2083; the spike needs count >= 1.2083 + 3 * sqrt(1.2083) =
    // 4.51 and >= 5: the fifth mention, z = (5 - 1.2083) / 1.0992 = 3.4494.
    Instant second = T0.plus(Duration.ofHours(51));
    for (int k = 1; k <= 4; k++) {
      assertThat(d.record(mention("c-" + k, second.plusSeconds(k), "delivery")).events()).isEmpty();
    }
    RecurringIssueDetected again = d.record(mention("c-5", second.plusSeconds(5), "delivery")).events().get(0);
    assertThat(again.sequence()).isEqualTo(1);
    assertThat(again.issueId())
        .isEqualTo("delivery:all:" + second.plusSeconds(5).getEpochSecond())
        .isNotEqualTo(first);
    assertThat(again.baseline()).isCloseTo(29.0 / 24, within(1e-12));
    assertThat(again.zScore()).isCloseTo((5 - 29.0 / 24) / Math.sqrt(29.0 / 24), within(1e-12));
    assertThat(again.zScore()).isCloseTo(3.4494, within(1e-4));
    assertThat(again.responseIds()).containsExactly("c-1", "c-2", "c-3", "c-4", "c-5");
  }

  @Test
  void aMentionWithoutTheSpikeAfterAGapOfAWindowStartsANewEpisodeEvenWithMinCountOne() {
    RecurringIssueDetector d =
        RecurringIssueDetector.builder().warmUp(Duration.ZERO).minCount(1).threshold(0.5).build();
    // A new topic: baseline 0.5, one mention gives z = (1 - 0.5) / sqrt(0.5) = 0.7071 >= 0.5.
    RecurringIssueDetected a = d.record(mention("a", T0, "price")).events().get(0);
    RecurringIssueDetected b = d.record(mention("b", T0.plusSeconds(60), "price")).events().get(0);
    assertThat(a.zScore()).isCloseTo(0.5 / Math.sqrt(0.5), within(1e-12));
    assertThat(b.issueId()).isEqualTo(a.issueId());
    assertThat(b.sequence()).isEqualTo(2);
    // Two hours later nothing of the episode is in the window any more: a new episode.
    RecurringIssueDetected c = d.record(mention("c", T0.plus(Duration.ofHours(2)), "price")).events().get(0);
    assertThat(c.sequence()).isEqualTo(1);
    assertThat(c.issueId()).isEqualTo("price:all:" + T0.plus(Duration.ofHours(2)).getEpochSecond());
  }

  @Test
  void noEpisodeStartsDuringTheWarmUpButCountingDoes() {
    RecurringIssueDetector d = RecurringIssueDetector.ofDefaults();
    for (int k = 1; k <= 20; k++) {
      assertThat(d.record(mention("w-" + k, T0.plusSeconds(k), "price")).events()).isEmpty();
    }
    assertThat(d.windowCount("price", Map.of(), T0)).isEqualTo(20);

    RecurringIssueDetector armed = RecurringIssueDetector.builder().warmUp(Duration.ZERO).build();
    // A brand-new topic: baseline floored at 0.5; 4 mentions have z 4.95 but count < minCount 5.
    for (int k = 1; k <= 4; k++) {
      assertThat(armed.record(mention("w-" + k, T0.plusSeconds(k), "price")).events()).isEmpty();
    }
    RecurringIssueDetected e = armed.record(mention("w-5", T0.plusSeconds(5), "price")).events().get(0);
    assertThat(e.count()).isEqualTo(5);
    assertThat(e.baseline()).isEqualTo(0.5);
    assertThat(e.zScore()).isCloseTo(4.5 / Math.sqrt(0.5), within(1e-12)); // 6.3640
  }

  @Test
  void segmentsAreCountedIndependently() {
    RecurringIssueDetector d = RecurringIssueDetector.builder().segmentBy("region").build();
    for (int h = 0; h < 48; h++) {
      d.record(mentionIn("bg-" + h, T0.plus(Duration.ofMinutes(60L * h + 30)), "north", "delivery"));
    }
    // "region=south" is new: baseline 0.5, spike at its 5th mention (count 5, z 6.3640).
    // "all" holds bg-47 too (baseline 1.0 as in the burst test): spike at the 4th south mention.
    // "region=north" sees none of the burst.
    List<List<RecurringIssueDetected>> events = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      events.add(d.record(mentionIn("s-" + k, burstTime(k), "south", "delivery")).events());
    }
    assertThat(events.get(2)).isEmpty();
    assertThat(events.get(3)).singleElement().satisfies(e -> {
      assertThat(e.segmentLabel()).isEqualTo("all");
      assertThat(e.count()).isEqualTo(5);
    });
    assertThat(events.get(4)).hasSize(2);
    RecurringIssueDetected all = events.get(4).get(0);
    RecurringIssueDetected south = events.get(4).get(1);
    assertThat(all.segmentLabel()).isEqualTo("all");
    assertThat(all.sequence()).isEqualTo(2);
    assertThat(south.segment()).isEqualTo(Map.of("region", "south")); // channel is not kept
    assertThat(south.issueId()).isEqualTo("delivery:region=south:" + burstTime(5).getEpochSecond());
    assertThat(south.count()).isEqualTo(5);
    assertThat(south.baseline()).isEqualTo(0.5);
    assertThat(south.responseIds()).containsExactly("s-1", "s-2", "s-3", "s-4", "s-5");
    assertThat(south.respondentIds()).isEmpty();
    assertThat(d.windowCount("delivery", Map.of("region", "north"), burstTime(5))).isEqualTo(1);
    assertThat(d.windowCount("delivery", Map.of("region", "south"), burstTime(5))).isEqualTo(5);
    assertThat(d.windowCount("delivery", Map.of(), burstTime(5))).isEqualTo(6);
  }

  @Test
  void aMentionLackingASegmentAttributeCountsForAllOnlyAndOverallCanBeLeftOut() {
    RecurringIssueDetector d =
        RecurringIssueDetector.builder().segmentBy("region", "channel").includeOverall(false).build();
    d.record(new TopicMention("x", null, T0, Map.of("region", "north"), Set.of("price")));
    d.record(mentionIn("y", T0, "north", "price"));
    assertThat(d.windowCount("price", Map.of(), T0)).isZero();
    assertThat(d.windowCount("price", Map.of("region", "north", "channel", "web"), T0)).isEqualTo(1);
    assertThat(d.trackedSeries()).isEqualTo(1);
  }

  @Test
  void mentionsOlderThanTheRetainedHistoryAreIgnored() {
    // Retained: (2 + 1) windows of 4 buckets = 12 buckets = 3 hours before the newest mention.
    RecurringIssueDetector d = RecurringIssueDetector.builder().baselineWindows(2).build();
    Instant now = T0.plus(Duration.ofHours(10));
    assertThat(d.record(mention("now", now, "price")).ignored()).isFalse();
    RecordOutcome old = d.record(mention("old", now.minus(Duration.ofHours(3)), "price"));
    assertThat(old.ignored()).isTrue();
    assertThat(old.events()).isEmpty();
    assertThat(d.ignoredMentions()).isEqualTo(1);
    assertThat(d.record(mention("late", now.minus(Duration.ofMinutes(165)), "price")).ignored()).isFalse();
    assertThat(d.windowCount("price", Map.of(), now.minus(Duration.ofMinutes(165)))).isEqualTo(1);
    assertThat(d.windowCount("price", Map.of(), now)).isEqualTo(1);
  }

  @Test
  void aLateMentionInsideTheCurrentWindowIsEvaluatedAgainstIt() {
    RecurringIssueDetector d = RecurringIssueDetector.builder().warmUp(Duration.ZERO).build();
    Instant now = T0.plus(Duration.ofMinutes(50));
    for (int k = 1; k <= 4; k++) {
      d.record(mention("m-" + k, now, "payment"));
    }
    // 40 minutes earlier, still in the window 00:00-01:00 of the series' newest bucket (00:45).
    RecurringIssueDetected e = d.record(mention("late", T0.plus(Duration.ofMinutes(10)), "payment")).events().get(0);
    assertThat(e.windowEnd()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(e.count()).isEqualTo(5);
    assertThat(e.responseIds()).containsExactly("m-1", "m-2", "m-3", "m-4", "late");
  }

  @Test
  void theIdListStopsGrowingAtTheCapAndSaysSo() {
    RecurringIssueDetector d =
        RecurringIssueDetector.builder().warmUp(Duration.ZERO).maxResponsesPerEpisode(6).build();
    List<RecurringIssueDetected> events = new ArrayList<>();
    for (int k = 1; k <= 8; k++) {
      events.addAll(d.record(mention("m-" + k, T0.plusSeconds(k), "returns_refunds")).events());
    }
    assertThat(events).extracting(RecurringIssueDetected::sequence).containsExactly(1, 2, 3, 4);
    assertThat(events).extracting(e -> e.responseIds().size()).containsExactly(5, 6, 6, 6);
    assertThat(events).extracting(RecurringIssueDetected::truncated).containsExactly(false, false, true, true);
    assertThat(events).extracting(RecurringIssueDetected::count).containsExactly(5L, 6L, 7L, 8L);
    assertThat(events.get(3).responseIds()).containsExactly("m-1", "m-2", "m-3", "m-4", "m-5", "m-6");
    assertThatThrownBy(() -> events.get(3).responseIds().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(events.get(0).responseIds()).hasSize(5); // snapshots share the array, not the size
  }

  @Test
  void aWindowWithMoreMentionsThanTheCapStartsATruncatedEpisode() {
    RecurringIssueDetector d =
        RecurringIssueDetector.builder().warmUp(Duration.ZERO).maxResponsesPerEpisode(3).build();
    List<RecurringIssueDetected> events = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      events.addAll(d.record(mention("m-" + k, T0.plusSeconds(k), "price")).events());
    }
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.count()).isEqualTo(5);
      assertThat(e.responseIds()).containsExactly("m-3", "m-4", "m-5");
      assertThat(e.truncated()).isTrue();
    });
  }

  @Test
  void aThrowingListenerIsCaughtAndLeavesTheStateAsItWas() {
    List<Integer> calls = new ArrayList<>();
    RecurringIssueDetector throwing =
        RecurringIssueDetector.builder()
            .warmUp(Duration.ZERO)
            .listener(e -> {
              calls.add(e.sequence());
              throw new IllegalStateException("listener broke");
            })
            .build();
    RecurringIssueDetector quiet = RecurringIssueDetector.builder().warmUp(Duration.ZERO).build();
    for (int k = 1; k <= 7; k++) {
      TopicMention m = mention("m-" + k, T0.plusSeconds(k), "price", "payment");
      assertThat(throwing.record(m)).isEqualTo(quiet.record(m));
    }
    assertThat(calls).containsExactly(1, 1, 2, 2, 3, 3);
  }

  @Test
  void eventsComeInTopicOrderAndTheOutcomeMatchesTheListener() {
    List<RecurringIssueDetected> heard = new ArrayList<>();
    RecurringIssueDetector d =
        RecurringIssueDetector.builder().warmUp(Duration.ZERO).listener(heard::add).build();
    RecordOutcome last = RecordOutcome.ignoredMention();
    for (int k = 1; k <= 5; k++) {
      last = d.record(mention("m-" + k, T0, "website_app", "delivery"));
    }
    assertThat(last.events()).extracting(RecurringIssueDetected::topic).containsExactly("delivery", "website_app");
    assertThat(heard).isEqualTo(last.events());
  }
}
