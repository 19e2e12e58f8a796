package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import org.junit.jupiter.api.Test;

class SegmentedCountsTest {

  @Test
  void countsPerSegment() {
    int[] scores = {10, 9, 0, 7, 6, 10};
    int[] ids = {0, 1, 1, 2, 0, 0};
    SegmentedCounts c = SegmentedCounts.nps(3).addAll(scores, ids);
    assertThat(c.segmentCount()).isEqualTo(3);
    assertThat(c.scale()).isEqualTo(Scale.nps());
    assertThat(c.count(0, 10)).isEqualTo(2);
    assertThat(c.count(0, 6)).isEqualTo(1);
    assertThat(c.count(1, 9)).isEqualTo(1);
    assertThat(c.count(1, 0)).isEqualTo(1);
    assertThat(c.count(2, 7)).isEqualTo(1);
    assertThat(c.count(2, 10)).isZero();
    NpsResult first = Scorer.ofDefaults().nps(c.npsAccumulator(0));
    assertThat(first.promoters()).isEqualTo(2);
    assertThat(first.detractors()).isEqualTo(1);
    assertThat(first.n()).isEqualTo(3);
  }

  @Test
  void csatSegmentsAndSteppedScales() {
    SegmentedCounts c = SegmentedCounts.of(Scale.csat(), 2)
        .addAll(new int[] {5, 4, 1, 3}, new int[] {0, 0, 1, 1});
    ScaleResult r = Scorer.ofDefaults().score(c.scaleAccumulator(0));
    assertThat(c.count(0, 5)).isEqualTo(1);
    assertThat(c.count(0, 4)).isEqualTo(1);
    assertThat(c.count(1, 3)).isEqualTo(1);
    assertThat(c.count(1, 5)).isZero();
    assertThatThrownBy(() -> c.addAll(new int[] {2, 4, 6}, new int[] {1, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(c.count(1, 2)).isZero();
    assertThat(c.count(1, 4)).isZero();
    assertThat(c.count(1, 1)).isEqualTo(1);
    assertThat(r.positive()).isEqualTo(2);
    assertThat(c.scaleAccumulator(1).count(1)).isEqualTo(1);
    Scale stepped = new Scale(0, 10, 5, ScaleDirection.ASCENDING, Metric.CES, 10);
    SegmentedCounts s = SegmentedCounts.of(stepped, 1)
        .addAll(new int[] {0, 5, 10, 10}, new int[] {0, 0, 0, 0});
    assertThat(s.count(0, 10)).isEqualTo(2);
    assertThat(s.count(0, 5)).isEqualTo(1);
    assertThat(s.count(0, 0)).isEqualTo(1);
    assertThatThrownBy(() -> s.addAll(new int[] {5, 7}, new int[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 0..10 step 5, but was 7");
    assertThat(s.count(0, 5)).isEqualTo(1);
    assertThatThrownBy(() -> s.addAll(new int[] {5, -5}, new int[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.addAll(new int[] {5, 15}, new int[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(s.count(0, 5)).isEqualTo(1);
  }

  @Test
  void allOrNothingOnBadInput() {
    SegmentedCounts c = SegmentedCounts.nps(2);
    assertThatThrownBy(() -> c.addAll(new int[] {1, 2, 3}, new int[] {0, 1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segmentIds[2] must be in 0..1, but was 2");
    assertThatThrownBy(() -> c.addAll(new int[] {1, 2, 3}, new int[] {0, 1, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segmentIds[2] must be in 0..1, but was -1");
    assertThatThrownBy(() -> c.addAll(new int[] {1, 2, 11}, new int[] {0, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 0..10 step 1, but was 11");
    assertThatThrownBy(() -> c.addAll(new int[] {1, -1}, new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(c.count(0, 1)).isZero();
    assertThat(c.count(1, 2)).isZero();
    assertThatThrownBy(() -> c.addAll(new int[] {1, 2}, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segmentIds must have the length of the values (2), but had 1");
    assertThatThrownBy(() -> c.addAll(new int[] {1, 2}, new int[] {0, 0}, 1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("range must be 0 <= from <= to <= 2, but was [1, 3)");
    c.addAll(new int[] {1, 2}, new int[] {0, 0}, 1, 2);
    assertThat(c.count(0, 1)).isZero();
    assertThat(c.count(0, 2)).isEqualTo(1);
  }

  @Test
  void mergeAndValidation() {
    SegmentedCounts a = SegmentedCounts.nps(2).addAll(new int[] {9}, new int[] {1});
    SegmentedCounts b = SegmentedCounts.nps(2).addAll(new int[] {9, 3}, new int[] {1, 0});
    assertThat(a.merge(b)).isSameAs(a);
    assertThat(a.count(1, 9)).isEqualTo(2);
    assertThat(a.count(0, 3)).isEqualTo(1);
    assertThat(b.count(1, 9)).isEqualTo(1);
    assertThatThrownBy(() -> a.merge(SegmentedCounts.nps(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("other must have the scale");
    assertThatThrownBy(() -> a.merge(SegmentedCounts.of(Scale.csat(), 2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SegmentedCounts.nps(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segmentCount must be in 1..195225786, but was 0");
    assertThat(SegmentedCounts.nps(1).segmentCount()).isEqualTo(1);
    assertThatThrownBy(() -> SegmentedCounts.nps(195225787))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SegmentedCounts.of(Scale.rating(1, 5), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric NPS, CSAT or CES, but feeds NONE");
    assertThatThrownBy(() -> a.count(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment must be in 0..1, but was 2");
    assertThatThrownBy(() -> a.count(-1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.count(0, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 0..10 step 1, but was 11");
    assertThatThrownBy(() -> a.npsAccumulator(2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.scaleAccumulator(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric CSAT or CES, but feeds NPS");
    assertThatThrownBy(() -> SegmentedCounts.of(Scale.csat(), 1).npsAccumulator(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric NPS, but feeds CSAT");
  }
}
