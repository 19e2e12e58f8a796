package io.feedbackloop.scoring.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedbackloop.scoring.internal.insight.BucketRing;
import io.feedbackloop.scoring.internal.insight.DriverMath;
import io.feedbackloop.scoring.internal.insight.IdList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Edges of windows, warm-up and episodes (15-minute buckets), and the internal building blocks. */
class RecurringIssueBoundaryTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  private static TopicMention at(String id, Duration offset) {
    return TopicMention.of(id, T0.plus(offset), Set.of("price"));
  }

  private static RecurringIssueDetector.Builder immediate() {
    return RecurringIssueDetector.builder().warmUp(Duration.ZERO).threshold(3.0);
  }

  @Test
  void responsesInTheFirstBucketOfTheWindowAreListed() {
    RecurringIssueDetector d = immediate().build();
    d.record(at("a", Duration.ZERO));
    d.record(at("b", Duration.ofMinutes(14)));
    for (String id : List.of("c", "d")) {
      assertThat(d.record(at(id, Duration.ofMinutes(45))).events()).isEmpty();
    }
    // Buckets 0..3 are the window: a and b are in its first bucket.
    RecurringIssueDetected e = d.record(at("e", Duration.ofMinutes(59))).events().get(0);
    assertThat(e.responseIds()).containsExactly("a", "b", "c", "d", "e");
    assertThat(e.windowStart()).isEqualTo(T0);
  }

  @Test
  void theWarmUpEndsAtTheFirstBucketItDoesNotCoverRoundedUp() {
    // 20 minutes from the first mention (bucket 0) round up to 2 buckets: armed from bucket 2.
    RecurringIssueDetector d = immediate().warmUp(Duration.ofMinutes(20)).build();
    assertThat(d.record(at("first", Duration.ZERO)).events()).isEmpty();
    for (int k = 1; k < 5; k++) {
      assertThat(d.record(at("w-" + k, Duration.ofMinutes(15 + k))).events()).isEmpty(); // bucket 1
    }
    RecurringIssueDetected e = d.record(at("armed", Duration.ofMinutes(30))).events().get(0);
    assertThat(e.count()).isEqualTo(6);
    assertThat(e.sequence()).isEqualTo(1);
  }

  @Test
  void anEpisodeContinuesWhileItsLastMentionIsInTheWindow() {
    RecurringIssueDetector d = immediate().minCount(1).threshold(0.5).build();
    RecurringIssueDetected first = d.record(at("a", Duration.ZERO)).events().get(0);
    // Bucket 3: the window 0..3 still holds the episode's mention in bucket 0.
    RecurringIssueDetected second = d.record(at("b", Duration.ofMinutes(45))).events().get(0);
    assertThat(second.issueId()).isEqualTo(first.issueId());
    assertThat(second.sequence()).isEqualTo(2);
    // Bucket 7: the window 4..7 does not hold bucket 3 any more.
    RecurringIssueDetected third = d.record(at("c", Duration.ofMinutes(105))).events().get(0);
    assertThat(third.sequence()).isEqualTo(1);
    assertThat(third.issueId()).isNotEqualTo(first.issueId());
  }

  @Test
  void theDefaultThresholdIsFour() {
    // Baseline floor 2: z = (c - 2) / sqrt(2) reaches 3 at the 7th mention (3.54) but 4 only at
    // the 8th (4.24), so with the defaults the first event comes with the 8th mention.
    RecurringIssueDetector d =
        RecurringIssueDetector.builder().warmUp(Duration.ZERO).minimumBaseline(2.0).build();
    List<RecurringIssueDetected> events = new ArrayList<>();
    for (int k = 1; k <= 8; k++) {
      events.addAll(d.record(at("m-" + k, Duration.ofSeconds(k))).events());
    }
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.count()).isEqualTo(8);
      assertThat(e.zScore()).isCloseTo(6 / Math.sqrt(2), within(1e-12));
    });
  }

  @Test
  void minimumBaselineAndThresholdAreUsed() {
    // Baseline floor 2: z = (c - 2) / sqrt(2) >= 3 needs c >= 6.24, so the 7th mention (z 3.5355).
    RecurringIssueDetector d = immediate().minimumBaseline(2.0).build();
    List<RecurringIssueDetected> events = new ArrayList<>();
    for (int k = 1; k <= 7; k++) {
      events.addAll(d.record(at("m-" + k, Duration.ofSeconds(k))).events());
    }
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.count()).isEqualTo(7);
      assertThat(e.baseline()).isEqualTo(2.0);
      assertThat(e.zScore()).isCloseTo(5 / Math.sqrt(2), within(1e-12));
    });
    // Threshold 7: with the floor 0.5, (c - 0.5) / 0.7071 >= 7 needs c >= 5.45: the 6th.
    RecurringIssueDetector strict = immediate().threshold(7).build();
    for (int k = 1; k <= 5; k++) {
      assertThat(strict.record(at("m-" + k, Duration.ofSeconds(k))).events()).isEmpty();
    }
    assertThat(strict.record(at("m-6", Duration.ofSeconds(6))).events()).hasSize(1);
    // A z-score exactly at the threshold counts: floor 1, count 4 gives z = 3 / 1 = 3.
    RecurringIssueDetector exact = immediate().minCount(1).minimumBaseline(1.0).build();
    for (int k = 1; k <= 3; k++) {
      assertThat(exact.record(at("m-" + k, Duration.ofSeconds(k))).events()).isEmpty();
    }
    assertThat(exact.record(at("m-4", Duration.ofSeconds(4))).events())
        .singleElement()
        .satisfies(e -> assertThat(e.zScore()).isEqualTo(3.0));
  }

  @Test
  void windowCountCoversExactlyOneWindow() {
    RecurringIssueDetector d = immediate().build();
    d.record(at("a", Duration.ofMinutes(59))); // bucket 3
    d.record(at("b", Duration.ofHours(1))); // bucket 4
    assertThat(d.windowCount("price", Map.of(), T0.plus(Duration.ofMinutes(61)))).isEqualTo(2);
    assertThat(d.windowCount("price", Map.of(), T0.plus(Duration.ofMinutes(105)))).isEqualTo(1);
    assertThat(d.windowCount("price", Map.of(), T0.plus(Duration.ofHours(2)))).isZero();
  }

  @Test
  void theLargestRetainedHistoryIsAllowed() {
    assertThat(RecurringIssueDetector.builder().bucketsPerWindow(1000).baselineWindows(999)
        .window(Duration.ofSeconds(1000)).build().window()).isEqualTo(Duration.ofSeconds(1000));
  }

  @Test
  void noopListenerDoesNothing() {
    RecurringIssueDetected e = new RecurringIssueDetected("price:all:0", 1, "price", Map.of(), T0,
        T0.plusSeconds(60), 5, 0.5, 6.4, List.of("a"), List.of());
    RecurringIssueListener.noop().onRecurringIssue(e);
    assertThat(e.responseIds()).containsExactly("a");
  }

  @Test
  void bucketRingClearsWhatFallsOutAndRefusesTooOldBuckets() {
    assertThatThrownBy(() -> new BucketRing(0)).hasMessage("capacity must be > 0, but was 0");
    BucketRing ring = new BucketRing(4);
    assertThat(ring.holds(-1_000)).isTrue(); // empty: anything fits
    assertThat(ring.increment(0)).isTrue();
    ring.increment(0);
    ring.increment(2);
    assertThat(ring.sum(0, 3)).isEqualTo(3);
    assertThat(ring.increment(3)).isTrue();
    assertThat(ring.holds(0)).isTrue();
    ring.increment(4); // bucket 0 falls out
    assertThat(ring.holds(0)).isFalse();
    assertThat(ring.holds(1)).isTrue();
    assertThat(ring.increment(0)).isFalse();
    assertThat(ring.sum(0, 4)).isEqualTo(3); // 2, 3, 4
    ring.increment(20); // a jump past the whole ring clears it
    assertThat(ring.sum(17, 20)).isEqualTo(1);
    assertThat(ring.newest()).isEqualTo(20);
    assertThat(new BucketRing(1).sum(0, 10)).isZero();
  }

  @Test
  void idListSnapshotsShareTheArrayAndOthersAreCopied() {
    IdList ids = new IdList();
    for (int i = 0; i < 20; i++) {
      ids.add("r" + i); // grows past the first array
    }
    List<String> snapshot = ids.snapshot();
    ids.add("later");
    assertThat(snapshot).hasSize(20).endsWith("r19");
    assertThat(IdList.isSnapshot(snapshot)).isTrue();
    assertThat(IdList.isSnapshot(new ArrayList<>(snapshot))).isFalse();
    assertThatThrownBy(() -> snapshot.get(20)).isInstanceOf(IndexOutOfBoundsException.class);

    List<String> plain = new ArrayList<>(List.of("a"));
    RecurringIssueDetected shared = new RecurringIssueDetected("x", 1, "price", Map.of(), T0,
        T0.plusSeconds(1), 1, 1, 1, snapshot, plain);
    plain.add("b");
    assertThat(shared.responseIds()).isSameAs(snapshot);
    assertThat(shared.respondentIds()).containsExactly("a");
  }

  @Test
  void riskRatioChecksItsCells() {
    assertThatThrownBy(() -> DriverMath.riskRatio(1, 0, 0, 1, 1.96))
        .hasMessage("cells must be 0 <= a <= n1, 0 <= c <= n2, n1 and n2 > 0, but were a=1, n1=0, c=0, n2=1");
    assertThatThrownBy(() -> DriverMath.riskRatio(0, 1, 0, 0, 1.96)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DriverMath.riskRatio(-1, 1, 0, 1, 1.96)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DriverMath.riskRatio(2, 1, 0, 1, 1.96)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DriverMath.riskRatio(0, 1, -1, 1, 1.96)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DriverMath.riskRatio(0, 1, 2, 1, 1.96)).isInstanceOf(IllegalArgumentException.class);
    // a = n1 and c = n2 are allowed (corrected): (1.5 / 2) / (1.5 / 2) = 1.
    assertThat(DriverMath.riskRatio(1, 1, 1, 1, 1.96)[0]).isEqualTo(1.0);
  }
}
