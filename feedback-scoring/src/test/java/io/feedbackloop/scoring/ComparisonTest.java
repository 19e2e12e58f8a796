package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Pins the comparisons to worked numbers (Python/SciPy). */
class ComparisonTest {
  private static final double EPS = 1e-9;
  private final Scorer scorer = Scorer.ofDefaults();

  private static Mean mean(double value, double sd, double n) {
    return new Mean(value, OptionalDouble.of(sd), Optional.empty(), n);
  }

  @Test
  void welchMatchesTheTextbookExample() {
    // Welch's t-test example (Wikipedia, "Welch's t-test", A1 vs A2, n = 15 each):
    // mean 20.82, sd 2.8048936827317665 vs mean 22.986666666666665, sd 1.9526050974702152
    // scipy.stats.ttest_ind(A1, A2, equal_var=False): t = -2.455356398286006,
    // p = 0.021378001462866992, df = 24.988529290231416; 95% CI [-3.98409626714, -0.34923706619]
    Comparison c = scorer.compare(mean(20.819999999999997, 2.8048936827317665, 15),
        mean(22.986666666666665, 1.9526050974702152, 15)).orElseThrow();
    assertThat(c.difference()).isCloseTo(-2.166666666666668, within(EPS));
    assertThat(c.statistic()).isCloseTo(-2.455356398286006, within(EPS));
    assertThat(c.pValue()).isCloseTo(0.021378001462866992, within(EPS));
    assertThat(c.degreesOfFreedom().getAsDouble()).isCloseTo(24.988529290231416, within(EPS));
    assertThat(c.interval().low()).isCloseTo(-3.984096267140929, within(EPS));
    assertThat(c.interval().high()).isCloseTo(-0.3492370661924069, within(EPS));
    assertThat(c.isSignificant(0.05)).isTrue();
    assertThat(c.isSignificant(0.01)).isFalse();
  }

  @Test
  void welchNeedsSpread() {
    Mean single = new Mean(3, OptionalDouble.empty(), Optional.empty(), 1);
    assertThat(scorer.compare(single, mean(3, 1, 10))).isEmpty();
    assertThat(scorer.compare(mean(3, 1, 10), single)).isEmpty();
    assertThat(scorer.compare(mean(3, 0, 10), mean(4, 0, 10))).isEmpty();
    // one side without spread still works: df = n2 - 1
    Comparison c = scorer.compare(mean(3, 0, 10), mean(4, 1, 10)).orElseThrow();
    assertThat(c.degreesOfFreedom().getAsDouble()).isCloseTo(9.0, within(EPS));
    assertThat(c.statistic()).isCloseTo(-1 / Math.sqrt(0.1), within(EPS));
  }

  @Test
  void twoProportionZTest() {
    // 80/100 vs 70/100: pooled p = 0.75, z = 0.1 / sqrt(0.75 * 0.25 * 0.02) = 1.6329931618554536
    // p = 0.1024704348597491; unpooled 95% CI [-0.0192199548589424, 0.2192199548589424]
    Proportion a = scorer.csat(ScaleScoringTest.repeat(5, 80, 1, 20)).positiveShare()
        .orElseThrow();
    Proportion b = scorer.csat(ScaleScoringTest.repeat(5, 70, 1, 30)).positiveShare()
        .orElseThrow();
    Comparison c = scorer.compare(a, b);
    assertThat(c.difference()).isCloseTo(0.1, within(EPS));
    assertThat(c.statistic()).isCloseTo(1.6329931618554536, within(EPS));
    assertThat(c.pValue()).isCloseTo(0.1024704348597491, within(EPS));
    assertThat(c.interval().low()).isCloseTo(-0.0192199548589424, within(EPS));
    assertThat(c.interval().high()).isCloseTo(0.2192199548589424, within(EPS));
    assertThat(c.degreesOfFreedom()).isEmpty();
    Comparison reverse = scorer.compare(b, a);
    assertThat(reverse.statistic()).isCloseTo(-1.6329931618554536, within(EPS));
    assertThat(reverse.pValue()).isCloseTo(0.1024704348597491, within(EPS));
  }

  @Test
  void identicalExtremeSharesAreNotDifferent() {
    Proportion all = scorer.csat(new int[] {5, 5, 5}).positiveShare().orElseThrow();
    Comparison c = scorer.compare(all, all);
    assertThat(c.difference()).isZero();
    assertThat(c.statistic()).isZero();
    assertThat(c.pValue()).isEqualTo(1.0);
    assertThat(c.interval().low()).isZero();
    assertThat(c.interval().high()).isZero();
  }

  @Test
  void npsZTestOnAdjustedQuantities() {
    // A: 50/30/20 of 100, B: 40/30/30 of 100. Adjusted: n' = 103,
    // NPS'_A = 30/103, var'_A = 0.60934112545952; NPS'_B = 10/103, var'_B = 71.5/103 - (10/103)^2
    // z = (NPS'_A - NPS'_B) / sqrt(var'_A/103 + var'_B/103) = 1.732324132696044
    // p = 0.08321586753157116; CI (points) [-2.5515959828272594, 41.386547439137935]
    NpsResult a = scorer.nps(NpsScoringTest.scores(50, 30, 20));
    NpsResult b = scorer.nps(NpsScoringTest.scores(40, 30, 30));
    Comparison c = scorer.compare(a, b).orElseThrow();
    assertThat(c.difference()).isCloseTo(20.0, within(EPS));
    assertThat(c.statistic()).isCloseTo(1.732324132696044, within(EPS));
    assertThat(c.pValue()).isCloseTo(0.08321586753157116, within(EPS));
    assertThat(c.interval().low()).isCloseTo(-2.5515959828272594, within(EPS));
    assertThat(c.interval().high()).isCloseTo(41.386547439137935, within(EPS));
    assertThat(c.degreesOfFreedom()).isEmpty();
    assertThat(c.isSignificant(0.1)).isTrue();
    assertThat(c.isSignificant(0.05)).isFalse();
  }

  @Test
  void npsComparisonIntervalIsClipped() {
    // one promoter vs one detractor at 99.99999%: adjusted difference 0.5, SE 0.53033, z 5.33
    Scorer wide = Scorer.of(0.9999999, 0);
    NpsResult promoter = wide.nps(new int[] {10});
    NpsResult detractor = wide.nps(new int[] {0});
    Comparison c = wide.compare(promoter, detractor).orElseThrow();
    assertThat(c.difference()).isEqualTo(200.0);
    assertThat(c.interval().high()).isEqualTo(200.0);
    assertThat(c.interval().low()).isEqualTo(-200.0);
    NpsResult many = scorer.nps(NpsScoringTest.scores(200, 0, 0));
    NpsResult none = scorer.nps(NpsScoringTest.scores(0, 0, 200));
    assertThat(scorer.compare(none, many).orElseThrow().pValue()).isLessThan(1e-100);
  }

  @Test
  void npsComparisonNeedsEstimates() {
    NpsResult empty = scorer.nps(new int[0]);
    NpsResult some = scorer.nps(new int[] {9, 3});
    assertThat(scorer.compare(empty, some)).isEmpty();
    assertThat(scorer.compare(some, empty)).isEmpty();
  }

  @Test
  void comparisonRecordValidates() {
    Interval i = new Interval(-1, 1, 0.95);
    assertThatThrownBy(() -> new Comparison(0, i, 0, 1.5, OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pValue must be in [0, 1], but was 1.5");
    assertThatThrownBy(() -> new Comparison(0, i, 0, -0.1, OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Comparison(Double.NaN, i, 0, 0.5, OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("difference must be finite, but was NaN");
    assertThatThrownBy(() -> new Comparison(0, i, Double.POSITIVE_INFINITY, 0.5,
        OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statistic must be finite, but was Infinity");
    assertThat(new Comparison(0, i, 0, 0, OptionalDouble.empty()).pValue()).isZero();
    assertThat(new Comparison(0, i, 0, 1, OptionalDouble.empty()).isSignificant(1.0)).isFalse();
  }
}
