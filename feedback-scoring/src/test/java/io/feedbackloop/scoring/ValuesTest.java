package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.survey.Metric;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Validation of the value records and of the scorer's configuration. */
class ValuesTest {

  @Test
  void interval() {
    Interval i = new Interval(1, 3, 0.9);
    assertThat(i.width()).isEqualTo(2.0);
    assertThat(i.contains(1)).isTrue();
    assertThat(i.contains(3)).isTrue();
    assertThat(i.contains(0.999)).isFalse();
    assertThat(i.contains(3.001)).isFalse();
    assertThat(new Interval(2, 2, 0.5).width()).isZero();
    assertThatThrownBy(() -> new Interval(2, 1, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("high must be finite and >= low (2.0), but was 1.0");
    assertThatThrownBy(() -> new Interval(Double.NaN, 1, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("low must be finite, but was NaN");
    assertThatThrownBy(() -> new Interval(0, Double.POSITIVE_INFINITY, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be in (0, 1), but was 1.0");
    assertThatThrownBy(() -> new Interval(0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void proportionAndMean() {
    Interval i = new Interval(0, 1, 0.95);
    assertThat(new Proportion(0, i, 1).percent()).isZero();
    assertThat(new Proportion(1, i, 1).percent()).isEqualTo(100.0);
    assertThatThrownBy(() -> new Proportion(1.01, i, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be in [0, 1], but was 1.01");
    assertThatThrownBy(() -> new Proportion(-0.01, i, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Proportion(0.5, i, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("effectiveSampleSize must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> new Proportion(0.5, i, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Mean(Double.NaN, OptionalDouble.empty(), Optional.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be finite, but was NaN");
    assertThatThrownBy(() -> new Mean(1, OptionalDouble.empty(), Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("effectiveSampleSize must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> new Mean(1, OptionalDouble.empty(), Optional.empty(),
        Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resultsCheckTheirCounts() {
    assertThatThrownBy(() -> new NpsResult(3, 1, 1, 0, 0, 0, 0, 0, 0, OptionalDouble.empty(),
        Optional.empty(), OptionalDouble.empty(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be promoters + passives + detractors >= 0, but was 3 (1 + 1 + 0)");
    assertThatThrownBy(() -> new NpsResult(0, -1, 1, 0, 0, 0, 0, 0, 0, OptionalDouble.empty(),
        Optional.empty(), OptionalDouble.empty(), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NpsResult(0, 1, -1, 0, 0, 0, 0, 0, 0, OptionalDouble.empty(),
        Optional.empty(), OptionalDouble.empty(), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NpsResult(0, 1, 0, -1, 0, 0, 0, 0, 0, OptionalDouble.empty(),
        Optional.empty(), OptionalDouble.empty(), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScaleResult(Metric.CSAT, 2, 1, 0, 0, 0, Optional.empty(),
        Optional.empty(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be positive + neutral + negative >= 0, but was 2 (1 + 0 + 0)");
    assertThatThrownBy(() -> new ScaleResult(Metric.CSAT, 0, -1, 1, 0, 0, Optional.empty(),
        Optional.empty(), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScaleResult(Metric.CSAT, 0, 1, -1, 0, 0, Optional.empty(),
        Optional.empty(), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScaleResult(Metric.CSAT, 0, 0, 1, -1, 0, Optional.empty(),
        Optional.empty(), true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scorerConfiguration() {
    Scorer d = Scorer.ofDefaults();
    assertThat(d.confidence()).isEqualTo(0.95);
    assertThat(d.minimumSample()).isEqualTo(30);
    assertThat(d.toString()).isEqualTo("Scorer[confidence=0.95, minimumSample=30]");
    Scorer s = Scorer.builder().confidence(0.99).minimumSample(0).build();
    assertThat(s.confidence()).isEqualTo(0.99);
    assertThat(s.minimumSample()).isZero();
    assertThatThrownBy(() -> Scorer.builder().confidence(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence must be in (0, 1), but was 1.5");
    assertThatThrownBy(() -> Scorer.builder().confidence(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence must be in (0, 1), but was 0.0");
    assertThatThrownBy(() -> Scorer.of(Double.NaN, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scorer.builder().minimumSample(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumSample must be >= 0, but was -1");
  }
}
