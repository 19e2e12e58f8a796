package io.feedbackloop.scoring.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A week of seeded random background traffic raises no alarm, and a burst on top of it does. Replay
 * a failure with {@code -Dfeedback.seed=<printed seed>}.
 */
class RecurringIssueBackgroundTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final List<String> TOPICS = List.of("delivery", "price", "customer_service");
  private static final List<String> REGIONS = List.of("north", "south");
  private static long seed;

  @BeforeAll
  static void seed() {
    String fixed = System.getProperty("feedback.seed");
    seed = fixed != null ? Long.parseLong(fixed) : new Random().nextLong();
    System.out.println("seed=" + seed);
  }

  /**
   * Every 15-minute bucket gets 0, 1 or 2 mentions (uniformly) per topic and region, at random
   * times within it: mean 4 per window and region, 8 overall. The spread is bounded on purpose: a
   * region's window holds at most 8 against a threshold of about 4 + 3 × 2 = 10, "all" at most 16
   * against about 8 + 3 × 2.83 = 16.5, so no seed can fail by chance (a true Poisson stream crosses
   * z = 3 in a few windows per thousand, which is what the threshold trades for sensitivity).
   */
  @Test
  void aWeekOfSteadyBackgroundEmitsNothingAndABurstOnTopIsCaught() {
    Random random = new Random(seed);
    List<RecurringIssueDetected> heard = new ArrayList<>();
    RecurringIssueDetector d =
        RecurringIssueDetector.builder().segmentBy("region").listener(heard::add).build();
    long bucketMillis = Duration.ofMinutes(15).toMillis();
    int buckets = 7 * 24 * 4;
    int id = 0;
    for (int b = 0; b < buckets; b++) {
      List<TopicMention> inBucket = new ArrayList<>();
      for (String topic : TOPICS) {
        for (String region : REGIONS) {
          int n = random.nextInt(3);
          for (int i = 0; i < n; i++) {
            Instant at = T0.plusMillis(b * bucketMillis + (long) random.nextInt((int) bucketMillis));
            inBucket.add(new TopicMention("bg-" + id++, null, at, Map.of("region", region), Set.of(topic)));
          }
        }
      }
      inBucket.sort((x, y) -> x.at().compareTo(y.at()));
      for (TopicMention m : inBucket) {
        assertThat(d.record(m).events()).isEmpty();
      }
    }
    assertThat(heard).isEmpty();
    assertThat(d.ignoredMentions()).isZero();
    assertThat(d.trackedSeries()).isEqualTo(TOPICS.size() * (REGIONS.size() + 1));

    // Twelve extra "price" mentions in the north within one bucket: the north window then holds
    // at least 12 against a threshold of at most about 5 + 3 × 2.24 = 11.7.
    Instant burst = T0.plusMillis(buckets * bucketMillis);
    for (int k = 0; k < 12; k++) {
      d.record(new TopicMention("burst-" + k, null, burst.plusSeconds(k), Map.of("region", "north"), Set.of("price")));
    }
    assertThat(heard).isNotEmpty();
    assertThat(heard).allSatisfy(e -> assertThat(e.topic()).isEqualTo("price"));
    assertThat(heard).anySatisfy(e -> assertThat(e.segmentLabel()).isEqualTo("region=north"));
    assertThat(heard).noneSatisfy(e -> assertThat(e.segmentLabel()).isEqualTo("region=south"));
  }
}
