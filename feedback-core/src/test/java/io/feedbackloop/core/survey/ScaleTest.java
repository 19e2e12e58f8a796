package io.feedbackloop.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void standardScalesCarryTheirMethodology() {
    assertThat(Scale.nps()).isEqualTo(new Scale(0, 10, 1, ScaleDirection.ASCENDING, Metric.NPS, 9));
    assertThat(Scale.csat())
        .isEqualTo(new Scale(1, 5, 1, ScaleDirection.ASCENDING, Metric.CSAT, 4));
    assertThat(Scale.ces()).isEqualTo(new Scale(1, 7, 1, ScaleDirection.ASCENDING, Metric.CES, 5));
    assertThat(Scale.rating(1, 10))
        .isEqualTo(new Scale(1, 10, 1, ScaleDirection.ASCENDING, Metric.NONE, 9));
  }

  @Test
  void containsChecksRangeAndStep() {
    Scale byFive = new Scale(0, 100, 5, ScaleDirection.ASCENDING, Metric.NONE, 80);
    assertThat(byFive.contains(0)).isTrue();
    assertThat(byFive.contains(100)).isTrue();
    assertThat(byFive.contains(35)).isTrue();
    assertThat(byFive.contains(36)).isFalse();
    assertThat(byFive.contains(-5)).isFalse();
    assertThat(byFive.contains(105)).isFalse();
    assertThat(byFive.points()).isEqualTo(21);
  }

  @Test
  void positiveFollowsDirection() {
    assertThat(Scale.csat().isPositive(4)).isTrue();
    assertThat(Scale.csat().isPositive(3)).isFalse();
    Scale lowIsGood = new Scale(1, 7, 1, ScaleDirection.DESCENDING, Metric.CES, 3);
    assertThat(lowIsGood.isPositive(3)).isTrue();
    assertThat(lowIsGood.isPositive(1)).isTrue();
    assertThat(lowIsGood.isPositive(4)).isFalse();
  }

  @Test
  void rejectsInconsistentScalesWithTheRuleInTheMessage() {
    assertThatThrownBy(() -> new Scale(5, 5, 1, ScaleDirection.ASCENDING, Metric.NONE, 5))
        .hasMessage("max must be > min (5), but was 5");
    assertThatThrownBy(() -> new Scale(1, 5, 0, ScaleDirection.ASCENDING, Metric.NONE, 4))
        .hasMessage("step must be > 0, but was 0");
    assertThatThrownBy(() -> new Scale(0, 10, 3, ScaleDirection.ASCENDING, Metric.NONE, 9))
        .hasMessage("max - min must be a multiple of step 3, but was 10");
    assertThatThrownBy(() -> new Scale(1, 5, 1, ScaleDirection.ASCENDING, Metric.CSAT, 6))
        .hasMessage("positiveFrom must be a value on the scale 1..5 step 1, but was 6");
    assertThatThrownBy(() -> new Scale(1, 10, 1, ScaleDirection.ASCENDING, Metric.NPS, 9))
        .hasMessage("an NPS scale must be 0..10 step 1 ascending, but was 1..10 step 1 ascending");
    assertThatThrownBy(() -> Scale.nps().withPositiveFrom(8))
        .hasMessage("positiveFrom of an NPS scale must be 9, but was 8");
  }

  @Test
  void withMetricRechecksTheRules() {
    assertThat(Scale.rating(1, 5).withMetric(Metric.CSAT).metric()).isEqualTo(Metric.CSAT);
    assertThatThrownBy(() -> Scale.rating(1, 5).withMetric(Metric.NPS))
        .hasMessageStartingWith("an NPS scale must be 0..10");
  }
}
