package io.feedbackloop.routing.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.routing.invite.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoopHealthGaugesTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static LoopHealth health(Map<String, Long> buckets) {
    return new LoopHealth(
        NOW, 7, Duration.ofMillis(90_500), 2, 3, buckets, Map.of(ReasonCode.QUIET_HOURS, 4L));
  }

  @Test
  void gaugesHaveStableNamesInAStableOrder() {
    Map<String, Double> g =
        health(Map.of("over_7d", 1L, "under_24h", 5L, "24h_to_48h", 2L, "2d_to_7d", 0L)).gauges();

    List<String> expected =
        new ArrayList<>(
            List.of(
                "feedback.outbox.pending",
                "feedback.outbox.oldest_pending_seconds",
                "feedback.outbox.dead",
                "feedback.cases.sla_breached",
                "feedback.cases.open.under_24h",
                "feedback.cases.open.24h_to_48h",
                "feedback.cases.open.2d_to_7d",
                "feedback.cases.open.over_7d"));
    for (ReasonCode r : ReasonCode.values()) {
      expected.add("feedback.invitations.suppressed." + r.name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(g.keySet()).containsExactlyElementsOf(expected);
    assertThat(g)
        .containsEntry("feedback.outbox.pending", 7.0)
        .containsEntry("feedback.outbox.oldest_pending_seconds", 90.5)
        .containsEntry("feedback.outbox.dead", 2.0)
        .containsEntry("feedback.cases.sla_breached", 3.0)
        .containsEntry("feedback.cases.open.under_24h", 5.0)
        .containsEntry("feedback.cases.open.over_7d", 1.0)
        .containsEntry("feedback.invitations.suppressed.quiet_hours", 4.0)
        .containsEntry("feedback.invitations.suppressed.sampled_out", 0.0);
    assertThatThrownBy(() -> g.put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aMissingBucketIsZeroAndAnExtraOneComesAfterTheKnownOnes() {
    Map<String, Double> g = health(Map.of("custom", 9L)).gauges();

    List<String> open =
        g.keySet().stream().filter(k -> k.startsWith("feedback.cases.open.")).toList();
    assertThat(open).endsWith("feedback.cases.open.custom");
    assertThat(g).containsEntry("feedback.cases.open.under_24h", 0.0);
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(
            () -> new LoopHealth(NOW, -1, Duration.ZERO, 0, 0, Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("outboxPending must be >= 0, but was -1");
  }
}
