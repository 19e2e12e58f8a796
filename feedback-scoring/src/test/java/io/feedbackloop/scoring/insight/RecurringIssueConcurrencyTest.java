package io.feedbackloop.scoring.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads recording at once: counts stay exact and one episode gets one unbroken sequence. */
class RecurringIssueConcurrencyTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final int THREADS = 8;
  private static final int PER_THREAD = 1_000;

  @Test
  void eightThreadsRecordingKeepExactTotalsAndOneEpisode() throws Exception {
    ConcurrentLinkedQueue<RecurringIssueDetected> heard = new ConcurrentLinkedQueue<>();
    RecurringIssueDetector d =
        RecurringIssueDetector.builder()
            .segmentBy("region")
            .warmUp(Duration.ZERO)
            .listener(heard::add)
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> returned = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        returned.add(pool.submit(() -> {
          start.await();
          int events = 0;
          for (int i = 0; i < PER_THREAD; i++) {
            // All within 09:00-09:15, one bucket, so every mention lies in every later window.
            Instant at = T0.plusMillis(i % 900_000);
            String region = i % 2 == 0 ? "north" : "south";
            events += d.record(new TopicMention("m-" + thread + "-" + i, "r-" + thread, at,
                Map.of("region", region), Set.of("delivery"))).events().size();
          }
          return events;
        }));
      }
      start.countDown();
      int fromResults = 0;
      for (Future<Integer> f : returned) {
        fromResults += f.get(60, TimeUnit.SECONDS);
      }
      int total = THREADS * PER_THREAD;
      Instant end = T0.plusSeconds(899);
      assertThat(d.windowCount("delivery", Map.of(), end)).isEqualTo(total);
      assertThat(d.windowCount("delivery", Map.of("region", "north"), end)).isEqualTo(total / 2);
      assertThat(d.windowCount("delivery", Map.of("region", "south"), end)).isEqualTo(total / 2);

      // Each series starts its episode at its 5th mention (new topic: baseline 0.5) and every
      // mention after it emits once: (total - 4) + 2 × (total / 2 - 4) events in all.
      int expected = (total - 4) + 2 * (total / 2 - 4);
      assertThat(heard).hasSize(expected);
      assertThat(fromResults).isEqualTo(expected);
      for (String label : List.of("all", "region=north", "region=south")) {
        List<RecurringIssueDetected> episode =
            heard.stream().filter(e -> e.segmentLabel().equals(label)).toList();
        assertThat(episode.stream().map(RecurringIssueDetected::issueId).distinct()).hasSize(1);
        Set<Integer> sequences = new HashSet<>();
        episode.forEach(e -> sequences.add(e.sequence()));
        assertThat(sequences).hasSize(episode.size());
        assertThat(sequences).allSatisfy(s -> assertThat(s).isBetween(1, episode.size()));
        RecurringIssueDetected last =
            episode.stream().filter(e -> e.sequence() == episode.size()).findFirst().orElseThrow();
        assertThat(last.responseIds()).doesNotHaveDuplicates().hasSize((int) last.count());
        assertThat(last.respondentIds()).hasSize(THREADS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
