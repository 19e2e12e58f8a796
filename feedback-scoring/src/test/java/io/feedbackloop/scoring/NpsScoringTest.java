package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Pins the NPS formulas to worked numbers. Expected values were computed independently in Python
 * (scipy.stats.norm for z) from the formulas in DESIGN.md section 7.
 */
class NpsScoringTest {
  private static final double EPS = 1e-9;
  private final Scorer scorer = Scorer.ofDefaults();

  static int[] scores(int promoters, int passives, int detractors) {
    int[] s = new int[promoters + passives + detractors];
    Arrays.fill(s, 0, promoters, 10);
    Arrays.fill(s, promoters, promoters + passives, 7);
    Arrays.fill(s, promoters + passives, s.length, 0);
    return s;
  }

  @Test
  void workedExample50Promoters30Passives20Detractors() {
    // NPS = 100 (50 - 20) / 100 = 30; variance = .5 + .2 - .3^2 = 0.61
    // adjusted: n' = 103, P' = 50.75, D' = 20.75, NPS' = 30 / 103 = 0.29126213592233
    // var' = 71.5/103 - (30/103)^2 = 0.60934112545952, SE = sqrt(var'/103) = 0.07691510421815
    // z(0.975) = 1.959963984540054: interval 100 (NPS' -+ z SE) = [14.0511301788, 44.2012970057]
    NpsResult r = scorer.nps(scores(50, 30, 20));
    assertThat(r.n()).isEqualTo(100);
    assertThat(r.promoters()).isEqualTo(50);
    assertThat(r.passives()).isEqualTo(30);
    assertThat(r.detractors()).isEqualTo(20);
    assertThat(r.effectiveSampleSize()).isEqualTo(100.0);
    assertThat(r.promoterShare()).isCloseTo(0.5, within(EPS));
    assertThat(r.passiveShare()).isCloseTo(0.3, within(EPS));
    assertThat(r.detractorShare()).isCloseTo(0.2, within(EPS));
    assertThat(r.variance()).isCloseTo(0.61, within(EPS));
    assertThat(r.score().getAsDouble()).isCloseTo(30.0, within(EPS));
    Interval i = r.interval().orElseThrow();
    assertThat(i.low()).isCloseTo(14.051130178761607, within(EPS));
    assertThat(i.high()).isCloseTo(44.20129700570441, within(EPS));
    assertThat(i.level()).isEqualTo(0.95);
    assertThat(r.marginOfError().getAsDouble()).isCloseTo(15.075083413471402, within(EPS));
    assertThat(r.belowMinimum()).isFalse();
    assertThat(r.hasEstimate()).isTrue();
  }

  @Test
  void otherConfidenceLevel() {
    // same data at 90%: z = 1.6448536269514722 -> [16.4748047782, 41.7776224063]
    NpsResult r = Scorer.of(0.90, 30).nps(scores(50, 30, 20));
    Interval i = r.interval().orElseThrow();
    assertThat(i.low()).isCloseTo(16.474804778175958, within(EPS));
    assertThat(i.high()).isCloseTo(41.777622406290064, within(EPS));
    assertThat(i.level()).isEqualTo(0.90);
    assertThat(r.marginOfError().getAsDouble()).isCloseTo(12.651408814057051, within(EPS));
  }

  @Test
  void classifiesAtTheBoundaries() {
    // 6 is a detractor, 7 and 8 passives, 9 a promoter
    NpsResult r = scorer.nps(new int[] {0, 6, 7, 8, 9, 10});
    assertThat(r.detractors()).isEqualTo(2);
    assertThat(r.passives()).isEqualTo(2);
    assertThat(r.promoters()).isEqualTo(2);
    assertThat(r.score().getAsDouble()).isCloseTo(0.0, within(EPS));
    assertThat(r.passiveShare()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(r.promoterShare()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(r.detractorShare()).isCloseTo(1.0 / 3, within(EPS));
    NpsResult six = scorer.nps(new int[] {6});
    assertThat(six.detractors()).isEqualTo(1);
    NpsResult nine = scorer.nps(new int[] {9});
    assertThat(nine.promoters()).isEqualTo(1);
    NpsResult eight = scorer.nps(new int[] {8});
    assertThat(eight.passives()).isEqualTo(1);
  }

  @Test
  void allPromotersClipsTheUpperBound() {
    // n' = 13, P' = 10.75, D' = 0.75: NPS' = 10/13, var' = 0.29289940828402, SE = 0.15010237744338
    NpsResult r = scorer.nps(scores(10, 0, 0));
    assertThat(r.score().getAsDouble()).isEqualTo(100.0);
    assertThat(r.variance()).isEqualTo(0.0);
    assertThat(r.interval().orElseThrow().low()).isCloseTo(47.5035515447902, within(EPS));
    assertThat(r.interval().orElseThrow().high()).isEqualTo(100.0);
    assertThat(r.marginOfError().getAsDouble()).isCloseTo(29.419525378286714, within(EPS));
    assertThat(r.belowMinimum()).isTrue();
  }

  @Test
  void allDetractorsClipsTheLowerBound() {
    NpsResult r = scorer.nps(scores(0, 0, 10));
    assertThat(r.score().getAsDouble()).isEqualTo(-100.0);
    assertThat(r.interval().orElseThrow().low()).isEqualTo(-100.0);
    assertThat(r.interval().orElseThrow().high()).isCloseTo(-47.5035515447902, within(EPS));
  }

  @Test
  void singleAnswer() {
    // one promoter: n' = 4, P' = 1.75, D' = 0.75, NPS' = 0.25, var' = 0.5625, SE = 0.375
    NpsResult r = scorer.nps(new int[] {9});
    assertThat(r.n()).isEqualTo(1);
    assertThat(r.score().getAsDouble()).isEqualTo(100.0);
    assertThat(r.interval().orElseThrow().low()).isCloseTo(-48.49864942025203, within(EPS));
    assertThat(r.interval().orElseThrow().high()).isCloseTo(98.49864942025202, within(EPS));
    // one passive: NPS' = 0, var' = 0.375
    NpsResult p = scorer.nps(new int[] {7});
    assertThat(p.score().getAsDouble()).isEqualTo(0.0);
    assertThat(p.interval().orElseThrow().low()).isCloseTo(-60.01139595444137, within(EPS));
    assertThat(p.interval().orElseThrow().high()).isCloseTo(60.01139595444137, within(EPS));
  }

  @Test
  void noAnswersHasNoEstimate() {
    NpsResult r = scorer.nps(new int[0]);
    assertThat(r.n()).isZero();
    assertThat(r.hasEstimate()).isFalse();
    assertThat(r.score()).isEmpty();
    assertThat(r.interval()).isEmpty();
    assertThat(r.marginOfError()).isEmpty();
    assertThat(r.effectiveSampleSize()).isZero();
    assertThat(r.promoterShare()).isZero();
    assertThat(r.passiveShare()).isZero();
    assertThat(r.detractorShare()).isZero();
    assertThat(r.variance()).isZero();
    assertThat(r.belowMinimum()).isTrue();
  }

  @Test
  void allWeightsZeroHasCountsButNoEstimate() {
    NpsResult r = scorer.nps(new int[] {10, 7, 3}, new double[] {0, 0, 0});
    assertThat(r.n()).isEqualTo(3);
    assertThat(r.promoters()).isEqualTo(1);
    assertThat(r.passives()).isEqualTo(1);
    assertThat(r.detractors()).isEqualTo(1);
    assertThat(r.hasEstimate()).isFalse();
    assertThat(r.score()).isEmpty();
    assertThat(r.interval()).isEmpty();
  }

  @Test
  void weightedWorkedExample() {
    // scores 10, 9, 7, 3, 0 with weights 2, 1, 1, 0.5, 1.5: W = 6, W2 = 8.5, nEff = 36/8.5
    // pP = 3/6, pA = 1/6, pD = 2/6, NPS = 16.667, variance = 5/6 - (1/6)^2 = 0.80555555555556
    // adjusted on nEff: n' = 7.2352941, P' = nEff/2 + .75, D' = nEff/3 + .75
    // NPS' = 0.09756097560976, var' = 0.68560380725758, SE = 0.30782827970082
    NpsResult r = scorer.nps(new int[] {10, 9, 7, 3, 0}, new double[] {2, 1, 1, 0.5, 1.5});
    assertThat(r.n()).isEqualTo(5);
    assertThat(r.effectiveSampleSize()).isCloseTo(4.235294117647059, within(EPS));
    assertThat(r.promoterShare()).isCloseTo(0.5, within(EPS));
    assertThat(r.passiveShare()).isCloseTo(1.0 / 6, within(EPS));
    assertThat(r.detractorShare()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(r.variance()).isCloseTo(0.8055555555555555, within(EPS));
    assertThat(r.score().getAsDouble()).isCloseTo(16.666666666666668, within(EPS));
    assertThat(r.interval().orElseThrow().low()).isCloseTo(-50.57713660267809, within(EPS));
    assertThat(r.interval().orElseThrow().high()).isCloseTo(70.0893317246293, within(EPS));
    assertThat(r.marginOfError().getAsDouble()).isCloseTo(60.33323416365369, within(EPS));
  }

  @Test
  void unitWeightsEqualUnweighted() {
    int[] s = scores(50, 30, 20);
    double[] ones = new double[s.length];
    Arrays.fill(ones, 1.0);
    NpsResult weighted = scorer.nps(s, ones);
    NpsResult plain = scorer.nps(s);
    assertThat(weighted.effectiveSampleSize()).isCloseTo(100.0, within(EPS));
    assertThat(weighted.interval().orElseThrow().low())
        .isCloseTo(plain.interval().orElseThrow().low(), within(EPS));
    assertThat(weighted.interval().orElseThrow().high())
        .isCloseTo(plain.interval().orElseThrow().high(), within(EPS));
  }

  @Test
  void belowMinimumIsStrict() {
    Scorer s = Scorer.of(0.95, 4);
    assertThat(s.nps(new int[] {1, 2, 3}).belowMinimum()).isTrue();
    assertThat(s.nps(new int[] {1, 2, 3, 4}).belowMinimum()).isFalse();
    assertThat(Scorer.of(0.95, 0).nps(new int[0]).belowMinimum()).isFalse();
    assertThat(scorer.nps(scores(29, 0, 0)).belowMinimum()).isTrue();
    assertThat(scorer.nps(scores(30, 0, 0)).belowMinimum()).isFalse();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsBadInput() {
    assertThatThrownBy(() -> scorer.nps(new int[] {5, 11}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 0..10 step 1, but was 11");
    assertThatThrownBy(() -> scorer.nps(new int[] {-1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be on the scale 0..10 step 1, but was -1");
    assertThatThrownBy(() -> scorer.nps(new int[] {5}, new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> scorer.nps(new int[] {5}, new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be finite and >= 0, but was NaN");
    assertThatThrownBy(() -> scorer.nps(new int[] {5}, new double[] {Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be finite and >= 0, but was Infinity");
    assertThatThrownBy(() -> scorer.nps(new int[] {5, 6}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must have the length of the values (2), but had 1");
    assertThatThrownBy(() -> scorer.nps((int[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scores must not be null");
  }
}
