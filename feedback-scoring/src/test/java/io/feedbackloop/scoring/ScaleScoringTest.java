package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import io.feedbackloop.scoring.internal.Estimates;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pins CSAT and CES to worked numbers (computed independently with Python/SciPy). */
class ScaleScoringTest {
  private static final double EPS = 1e-9;
  private final Scorer scorer = Scorer.ofDefaults();

  static int[] repeat(int... valueCountPairs) {
    int n = 0;
    for (int i = 1; i < valueCountPairs.length; i += 2) {
      n += valueCountPairs[i];
    }
    int[] out = new int[n];
    int at = 0;
    for (int i = 0; i < valueCountPairs.length; i += 2) {
      Arrays.fill(out, at, at + valueCountPairs[i + 1], valueCountPairs[i]);
      at += valueCountPairs[i + 1];
    }
    return out;
  }

  @Test
  void wilsonMatchesNewcombe1998() {
    // Newcombe (1998), example: 81 successes of 263 at 95% -> [0.2553, 0.3662]
    Proportion p = Estimates.wilson(81.0 / 263, 263, 0.95);
    assertThat(p.interval().low()).isCloseTo(0.2552885198782742, within(EPS));
    assertThat(p.interval().high()).isCloseTo(0.36620957698280004, within(EPS));
    assertThat(p.interval().low()).isCloseTo(0.2553, within(5e-5));
    assertThat(p.interval().high()).isCloseTo(0.3662, within(5e-5));
  }

  @Test
  void csatWorkedExample() {
    // 1-5 answers: 5 x 1, 5 x 2, 10 x 3, 40 x 4, 40 x 5 -> top-2-box 80/100
    // Wilson(0.8, 100) = [0.7111708344068411, 0.8666330666689676]
    // mean 4.05, sd (n-1) 1.07661084384791, t(0.975, 99) -> [3.836377051337522, 4.263622948662478]
    ScaleResult r = scorer.csat(repeat(1, 5, 2, 5, 3, 10, 4, 40, 5, 40));
    assertThat(r.metric()).isEqualTo(Metric.CSAT);
    assertThat(r.n()).isEqualTo(100);
    assertThat(r.positive()).isEqualTo(80);
    assertThat(r.neutral()).isEqualTo(10);
    assertThat(r.negative()).isEqualTo(10);
    assertThat(r.effectiveSampleSize()).isEqualTo(100.0);
    Proportion share = r.positiveShare().orElseThrow();
    assertThat(share.share()).isCloseTo(0.8, within(EPS));
    assertThat(share.percent()).isCloseTo(80.0, within(EPS));
    assertThat(share.interval().low()).isCloseTo(0.7111708344068411, within(EPS));
    assertThat(share.interval().high()).isCloseTo(0.8666330666689676, within(EPS));
    assertThat(share.effectiveSampleSize()).isEqualTo(100.0);
    Mean mean = r.mean().orElseThrow();
    assertThat(mean.value()).isCloseTo(4.05, within(EPS));
    assertThat(mean.standardDeviation().getAsDouble()).isCloseTo(1.07661084384791, within(EPS));
    assertThat(mean.interval().orElseThrow().low()).isCloseTo(3.836377051337522, within(EPS));
    assertThat(mean.interval().orElseThrow().high()).isCloseTo(4.263622948662478, within(EPS));
    assertThat(r.belowMinimum()).isFalse();
    assertThat(r.hasEstimate()).isTrue();
  }

  @Test
  void cesWorkedExample() {
    // 1-7 answers 7,6,5,5,4,3,2,1,6,7: mean 4.6, sd 2.0655911179772892, t(0.975, 9) = 2.2621571628
    // -> [3.12236512884328, 6.07763487115672]; agree (5-7) 6/10, Wilson [0.31267376973, 0.83181967029]
    ScaleResult r = scorer.ces(new int[] {7, 6, 5, 5, 4, 3, 2, 1, 6, 7});
    assertThat(r.metric()).isEqualTo(Metric.CES);
    assertThat(r.positive()).isEqualTo(6);
    assertThat(r.neutral()).isEqualTo(1);
    assertThat(r.negative()).isEqualTo(3);
    Mean mean = r.mean().orElseThrow();
    assertThat(mean.value()).isCloseTo(4.6, within(EPS));
    assertThat(mean.standardDeviation().getAsDouble()).isCloseTo(2.0655911179772892, within(EPS));
    assertThat(mean.interval().orElseThrow().low()).isCloseTo(3.12236512884328, within(EPS));
    assertThat(mean.interval().orElseThrow().high()).isCloseTo(6.07763487115672, within(EPS));
    Proportion agree = r.positiveShare().orElseThrow();
    assertThat(agree.share()).isCloseTo(0.6, within(EPS));
    assertThat(agree.interval().low()).isCloseTo(0.31267376973365824, within(EPS));
    assertThat(agree.interval().high()).isCloseTo(0.8318196702937638, within(EPS));
    assertThat(r.belowMinimum()).isTrue();
  }

  @Test
  void thresholdBoundariesOnCsatAndCes() {
    ScaleResult csat = scorer.csat(new int[] {3, 4});
    assertThat(csat.positive()).isEqualTo(1);
    assertThat(csat.neutral()).isEqualTo(1);
    assertThat(csat.negative()).isZero();
    ScaleResult csat2 = scorer.csat(new int[] {2});
    assertThat(csat2.negative()).isEqualTo(1);
    ScaleResult ces = scorer.ces(new int[] {4, 5, 3});
    assertThat(ces.positive()).isEqualTo(1);
    assertThat(ces.neutral()).isEqualTo(1);
    assertThat(ces.negative()).isEqualTo(1);
    assertThat(ces.positiveShare().orElseThrow().share()).isCloseTo(1.0 / 3, within(EPS));
  }

  @Test
  void customThresholdFromTheScale() {
    // top-box only: satisfied from 5
    Scale topBox = Scale.csat().withPositiveFrom(5);
    ScaleResult r = scorer.csat(topBox, new int[] {5, 4, 4, 3});
    assertThat(r.positive()).isEqualTo(1);
    assertThat(r.neutral()).isEqualTo(2);
    assertThat(r.negative()).isEqualTo(1);
    assertThat(r.positiveShare().orElseThrow().share()).isCloseTo(0.25, within(EPS));
  }

  @Test
  void descendingScaleCountsLowValuesAsPositive() {
    // 1 = very easy ... 7 = very hard, easy up to 3
    Scale effort = new Scale(1, 7, 1, ScaleDirection.DESCENDING, Metric.CES, 3);
    ScaleResult r = scorer.ces(effort, new int[] {1, 3, 4, 5, 7});
    assertThat(r.positive()).isEqualTo(2);
    assertThat(r.neutral()).isEqualTo(1);
    assertThat(r.negative()).isEqualTo(2);
    assertThat(r.positiveShare().orElseThrow().share()).isCloseTo(0.4, within(EPS));
    assertThat(r.mean().orElseThrow().value()).isCloseTo(4.0, within(EPS));
  }

  @Test
  void weightedCsatUsesKishEffectiveSize() {
    // values 5, 4, 2 with weights 3, 1, 2: W = 6, W2 = 14, nEff = 36/14 = 2.5714285714285716
    // share = 4/6; weighted mean = (15 + 4 + 4)/6 = 23/6 = 3.8333333333333335
    // sum w (x - m)^2 = 3 (7/6)^2 + (1/6)^2 + 2 (11/6)^2 = 10.8333333333; / W = 1.8055555556
    // sd = sqrt(1.8055555555555556 * nEff / (nEff - 1)) = 1.7188791273808213 (df = nEff - 1)
    ScaleResult r = scorer.csat(Scale.csat(), new int[] {5, 4, 2}, new double[] {3, 1, 2});
    assertThat(r.effectiveSampleSize()).isCloseTo(2.5714285714285716, within(EPS));
    assertThat(r.positiveShare().orElseThrow().share()).isCloseTo(2.0 / 3, within(EPS));
    Proportion expected = Estimates.wilson(2.0 / 3, 36.0 / 14, 0.95);
    assertThat(r.positiveShare().orElseThrow()).isEqualTo(expected);
    Mean mean = r.mean().orElseThrow();
    assertThat(mean.value()).isCloseTo(23.0 / 6, within(EPS));
    assertThat(mean.standardDeviation().getAsDouble()).isCloseTo(1.7188791273808213, within(EPS));
    assertThat(mean.effectiveSampleSize()).isCloseTo(2.5714285714285716, within(EPS));
    // t(0.975, 1.5714285714285716) = 5.64819076536896 (scipy)
    double half = 5.64819076536896 * 1.7188791273808213 / Math.sqrt(36.0 / 14);
    assertThat(mean.interval().orElseThrow().low()).isCloseTo(23.0 / 6 - half, within(1e-8));
    assertThat(mean.interval().orElseThrow().high()).isCloseTo(23.0 / 6 + half, within(1e-8));
  }

  @Test
  void singleAnswerHasMeanButNoSpread() {
    ScaleResult r = scorer.csat(new int[] {4});
    assertThat(r.n()).isEqualTo(1);
    Mean m = r.mean().orElseThrow();
    assertThat(m.value()).isEqualTo(4.0);
    assertThat(m.standardDeviation()).isEmpty();
    assertThat(m.interval()).isEmpty();
    // Wilson still gives an interval for 1 of 1: [0.20654931437723745, 1]
    Proportion p = r.positiveShare().orElseThrow();
    assertThat(p.share()).isEqualTo(1.0);
    assertThat(p.interval().low()).isCloseTo(0.20654931437723745, within(EPS));
    assertThat(p.interval().high()).isEqualTo(1.0);
  }

  @Test
  void allEqualAnswersHaveZeroWidthMeanInterval() {
    ScaleResult r = scorer.ces(new int[] {6, 6, 6});
    Mean m = r.mean().orElseThrow();
    assertThat(m.standardDeviation().getAsDouble()).isZero();
    assertThat(m.interval().orElseThrow().low()).isEqualTo(6.0);
    assertThat(m.interval().orElseThrow().high()).isEqualTo(6.0);
  }

  @Test
  void noAnswersAndZeroWeightsHaveNoEstimate() {
    ScaleResult empty = scorer.csat(new int[0]);
    assertThat(empty.n()).isZero();
    assertThat(empty.hasEstimate()).isFalse();
    assertThat(empty.positiveShare()).isEmpty();
    assertThat(empty.mean()).isEmpty();
    assertThat(empty.effectiveSampleSize()).isZero();
    assertThat(empty.belowMinimum()).isTrue();
    ScaleResult zero = scorer.ces(Scale.ces(), new int[] {7, 1}, new double[] {0, 0});
    assertThat(zero.n()).isEqualTo(2);
    assertThat(zero.positive()).isEqualTo(1);
    assertThat(zero.negative()).isEqualTo(1);
    assertThat(zero.hasEstimate()).isFalse();
  }

  @Test
  void refusesAScaleOfAnotherMetric() {
    assertThatThrownBy(() -> scorer.csat(Scale.ces(), new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric CSAT, but feeds CES");
    assertThatThrownBy(() -> scorer.csat(Scale.nps(), new int[] {1}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric CSAT, but feeds NPS");
    assertThatThrownBy(() -> scorer.ces(Scale.csat(), new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric CES, but feeds CSAT");
    assertThatThrownBy(() -> scorer.ces(Scale.rating(1, 5), new int[] {1}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric CES, but feeds NONE");
    assertThatThrownBy(() -> ScaleAccumulator.of(Scale.nps()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must feed metric CSAT or CES, but feeds NPS");
    assertThatThrownBy(() -> scorer.csat(new int[] {6}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 1..5 step 1, but was 6");
    assertThatThrownBy(() -> scorer.ces(new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 1..7 step 1, but was 0");
  }

  @Test
  void steppedScaleUsesTheValuesNotTheIndices() {
    // 0-100 step 10, satisfied from 80: values 100, 80, 40 -> mean 220/3, positive 2 of 3
    Scale stepped = new Scale(0, 100, 10, ScaleDirection.ASCENDING, Metric.CSAT, 80);
    ScaleResult r = scorer.csat(stepped, new int[] {100, 80, 40});
    assertThat(r.mean().orElseThrow().value()).isCloseTo(220.0 / 3, within(EPS));
    assertThat(r.positive()).isEqualTo(2);
    assertThat(r.negative()).isEqualTo(1);
  }

  @Test
  void belowMinimumIsStrictForScales() {
    Scorer s = Scorer.of(0.95, 3);
    assertThat(s.csat(new int[] {1, 2}).belowMinimum()).isTrue();
    assertThat(s.csat(new int[] {1, 2, 3}).belowMinimum()).isFalse();
    assertThat(s.ces(new int[] {1, 2, 3, 4}).belowMinimum()).isFalse();
  }

  @Test
  void scoreUsesTheAccumulatorsScale() {
    ScaleAccumulator acc = ScaleAccumulator.ces().add(5).add(4);
    ScaleResult r = scorer.score(acc);
    assertThat(r.metric()).isEqualTo(Metric.CES);
    assertThat(r.positive()).isEqualTo(1);
    assertThat(ScaleAccumulator.csat().scale()).isEqualTo(Scale.csat());
  }
}
