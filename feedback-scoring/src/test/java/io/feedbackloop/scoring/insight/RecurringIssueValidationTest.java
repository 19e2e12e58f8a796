package io.feedbackloop.scoring.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Argument checks of the detector, its builder, mentions and outcomes, with their messages. */
class RecurringIssueValidationTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  @Test
  void builderRejectsBadSettings() {
    RecurringIssueDetector.Builder b = RecurringIssueDetector.builder();
    assertThatThrownBy(() -> b.window(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be > 0, but was PT0S");
    assertThatThrownBy(() -> b.window(Duration.ofMinutes(-5)))
        .hasMessage("window must be > 0, but was PT-5M");
    assertThatThrownBy(() -> b.bucketsPerWindow(0))
        .hasMessage("bucketsPerWindow must be > 0, but was 0");
    assertThatThrownBy(() -> b.baselineWindows(-1))
        .hasMessage("baselineWindows must be > 0, but was -1");
    assertThatThrownBy(() -> b.minCount(0)).hasMessage("minCount must be > 0, but was 0");
    assertThatThrownBy(() -> b.threshold(Double.NaN))
        .hasMessage("threshold must be finite and > 0, but was NaN");
    assertThatThrownBy(() -> b.threshold(Double.POSITIVE_INFINITY))
        .hasMessage("threshold must be finite and > 0, but was Infinity");
    assertThatThrownBy(() -> b.threshold(0)).hasMessage("threshold must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> b.minimumBaseline(0))
        .hasMessage("minimumBaseline must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> b.maxResponsesPerEpisode(0))
        .hasMessage("maxResponsesPerEpisode must be > 0, but was 0");
    assertThatThrownBy(() -> b.warmUp(Duration.ofSeconds(-1)))
        .hasMessage("warmUp must be >= 0, but was PT-1S");
    assertThatThrownBy(() -> b.segmentBy("region", " "))
        .hasMessage("segmentBy must name attributes, but had \" \"");
    assertThatThrownBy(() -> b.segmentBy("region", "region"))
        .hasMessage("segmentBy must name each attribute once, but had region twice");
  }

  @Test
  @SuppressWarnings("NullAway")
  void builderRejectsNulls() {
    RecurringIssueDetector.Builder b = RecurringIssueDetector.builder();
    assertThatThrownBy(() -> b.window(null)).hasMessage("window must not be null");
    assertThatThrownBy(() -> b.listener(null)).hasMessage("listener must not be null");
    assertThatThrownBy(() -> b.warmUp(null)).hasMessage("warmUp must not be null");
    assertThatThrownBy(() -> RecurringIssueDetector.ofDefaults().record(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mention must not be null");
  }

  @Test
  void buildChecksHowSettingsFit() {
    assertThatThrownBy(() -> RecurringIssueDetector.builder().window(Duration.ofMillis(10)).bucketsPerWindow(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be a whole number of milliseconds divisible by bucketsPerWindow (3), but was PT0.01S");
    assertThatThrownBy(() -> RecurringIssueDetector.builder().window(Duration.ofNanos(1_500_000)).bucketsPerWindow(1).build())
        .hasMessage("window must be a whole number of milliseconds divisible by bucketsPerWindow (1), but was PT0.0015S");
    assertThatThrownBy(() -> RecurringIssueDetector.builder().bucketsPerWindow(1000).baselineWindows(1000).build())
        .hasMessage("bucketsPerWindow × (baselineWindows + 1) must be <= 1000000, but was 1001000");
    assertThatThrownBy(() -> RecurringIssueDetector.builder().includeOverall(false).build())
        .hasMessage("segmentBy must name an attribute when includeOverall is false, but was []");
    assertThat(RecurringIssueDetector.builder().window(Duration.ofMinutes(10)).bucketsPerWindow(5).build().window())
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void mentionRejectsBadValues() {
    assertThatThrownBy(() -> TopicMention.of(" ", T0, Set.of("price")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("responseId must not be blank, but was \" \"");
    assertThatThrownBy(() -> new TopicMention("r1", "", T0, Map.of(), Set.of("price")))
        .hasMessage("respondentId must not be blank, but was \"\"");
    assertThatThrownBy(() -> TopicMention.of("r1", T0, Set.of()))
        .hasMessage("topics must not be empty, but was []");
    assertThatThrownBy(() -> TopicMention.of("r1", T0, Set.of("price", "")))
        .hasMessage("topics must hold non-blank ids, but had \"\"");
  }

  @Test
  @SuppressWarnings("NullAway")
  void mentionRejectsNulls() {
    Set<String> withNull = new HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> TopicMention.of("r1", T0, withNull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topics must hold non-blank ids, but had null");
    Map<String, String> segment = new HashMap<>();
    segment.put("region", null);
    assertThatThrownBy(() -> new TopicMention("r1", null, T0, segment, Set.of("price")))
        .hasMessage("segment must not hold null keys or values, but had region=null");
    assertThatThrownBy(() -> TopicMention.of(null, T0, Set.of("price")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("responseId must not be null");
    assertThatThrownBy(() -> TopicMention.of("r1", null, Set.of("price")))
        .hasMessage("at must not be null");
  }

  @Test
  void mentionCopiesAndSortsItsTopics() {
    Set<String> topics = new HashSet<>(List.of("price", "delivery"));
    TopicMention m = TopicMention.of("r1", T0, topics);
    topics.add("payment");
    assertThat(m.topics()).containsExactly("delivery", "price");
    assertThatThrownBy(() -> m.topics().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void outcomeAndEventRejectBadValues() {
    RecurringIssueDetected e =
        new RecurringIssueDetected("price:all:0", 1, "price", Map.of(), T0, T0.plusSeconds(60), 5,
            0.5, 6.4, List.of("a"), List.of());
    assertThat(e.truncated()).isFalse();
    assertThatThrownBy(() -> new RecordOutcome(true, List.of(e)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must be empty for an ignored mention, but had 1");
    assertThat(RecordOutcome.counted(List.of())).isEqualTo(new RecordOutcome(false, List.of()));
    assertThatThrownBy(() -> new RecurringIssueDetected("x", 0, "price", Map.of(), T0, T0.plusSeconds(1), 1, 1, 1,
            List.of(), List.of(), false))
        .hasMessage("sequence must be >= 1, but was 0");
    assertThat(new RecurringIssueDetected("x", 1, "price", Map.of("b", "2", "a", "1"), T0,
            T0.plusSeconds(1), 1, 1, 1, List.of(), List.of(), true).segmentLabel())
        .isEqualTo("a=1,b=2");
  }
}
