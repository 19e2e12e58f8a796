package io.feedbackloop.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * Pins the distribution functions to reference values computed with SciPy 1.17 ({@code
 * scipy.stats.norm}, {@code scipy.stats.t}; Boost's implementations) and cross-checks them over
 * grids against Apache Commons Math 3.6.1, an independent Java implementation.
 */
class DistributionsTest {

  /** x, Phi(x). */
  private static final double[][] NORMAL_CDF = {
      {-37.5, 4.605353009581954e-308},
      {-20.0, 2.7536241186061556e-89},
      {-10.0, 7.61985302416047e-24},
      {-8.3, 5.2055697448902465e-17},
      {-5.0, 2.866515718791933e-07},
      {-3.0, 0.0013498980316300933},
      {-1.96, 0.024997895148220435},
      {-1.0, 0.15865525393145707},
      {-0.5, 0.3085375387259869},
      {-0.001, 0.49960105778608893},
      {0.0, 0.5},
      {0.25, 0.5987063256829237},
      {1.0, 0.8413447460685429},
      {1.5, 0.9331927987311419},
      {1.7320508, 0.9583677409944732},
      {2.0, 0.9772498680518208},
      {3.0, 0.9986501019683699},
      {5.0, 0.9999997133484281},
      {8.2, 0.9999999999999999},
  };

  /** p, Phi^-1(p). */
  private static final double[][] NORMAL_QUANTILE = {
      {1e-300, -37.0470962993612},
      {1e-100, -21.273453560965322},
      {1e-20, -9.262340089798409},
      {1e-10, -6.361340902404056},
      {1e-05, -4.264890793922825},
      {0.001, -3.090232306167813},
      {0.01, -2.3263478740408408},
      {0.025, -1.9599639845400545},
      {0.05, -1.6448536269514729},
      {0.075, -1.4395314709384563},
      {0.1, -1.2815515655446004},
      {0.3, -0.5244005127080409},
      {0.5, 0.0},
      {0.7, 0.5244005127080407},
      {0.925, 1.4395314709384563},
      {0.975, 1.959963984540054},
      {0.99, 2.3263478740408408},
      {0.999999, 4.753424308817087},
  };

  /** t, df, P(T <= t). */
  private static final double[][] T_CDF = {
      {-50.0, 0.5, 0.04535260640296637},
      {-3.5, 0.5, 0.1703926599717898},
      {-1.0, 0.5, 0.30112161084132205},
      {-0.1, 0.5, 0.4731658105643032},
      {0.7, 0.5, 0.6572996687396166},
      {2.2621571627, 0.5, 0.7897598307092276},
      {6.0, 0.5, 0.8693453112650006},
      {1000.0, 0.5, 0.9898585454591429},
      {-50.0, 1.0, 0.006365349100972797},
      {-3.5, 1.0, 0.08858553278290476},
      {-1.0, 1.0, 0.25000000000000006},
      {-0.1, 1.0, 0.4682744825694465},
      {0.7, 1.0, 0.6944001122142147},
      {2.2621571627, 1.0, 0.86751050180293},
      {6.0, 1.0, 0.9474315432887466},
      {1000.0, 1.0, 0.9996816902199195},
      {-50.0, 2.0, 0.00019988007994404028},
      {-3.5, 2.0, 0.036413675027234665},
      {-1.0, 2.0, 0.2113248654051871},
      {-0.1, 2.0, 0.4647327192070701},
      {0.7, 2.0, 0.7218034876835673},
      {2.2621571627, 2.0, 0.9239683759358787},
      {6.0, 2.0, 0.9866642633922876},
      {1000.0, 2.0, 0.99999950000075},
      {-50.0, 3.0, 8.808576020635984e-06},
      {-3.5, 3.0, 0.019740518809641387},
      {-1.0, 3.0, 0.19550110947788524},
      {-0.1, 3.0, 0.46332617440040297},
      {0.7, 3.0, 0.7328365008476182},
      {2.2621571627, 3.0, 0.9456454386750854},
      {6.0, 3.0, 0.9953636425538577},
      {1000.0, 3.0, 0.9999999988973461},
      {-50.0, 4.5, 1.1836973977841892e-07},
      {-3.5, 4.5, 0.010270844984692789},
      {-1.0, 4.5, 0.18400254194009424},
      {-0.1, 4.5, 0.46232203381534276},
      {0.7, 4.5, 0.7407801988441911},
      {2.2621571627, 4.5, 0.9604691217683956},
      {6.0, 4.5, 0.9986792620972242},
      {1000.0, 4.5, 0.999999999999834},
      {-50.0, 9.0, 1.2844764554373988e-12},
      {-3.5, 9.0, 0.0033617578815294796},
      {-1.0, 9.0, 0.1717181980689568},
      {-0.1, 9.0, 0.4612682239783406},
      {0.7, 9.0, 0.7491904803919275},
      {2.2621571627, 9.0, 0.9749999999959872},
      {6.0, 9.0, 0.9998987503389661},
      {1000.0, 9.0, 1.0},
      {-50.0, 29.0, 5.374311992786222e-30},
      {-3.5, 29.0, 0.0007622231573273012},
      {-1.0, 29.0, 0.16279099400809682},
      {-0.1, 29.0, 0.46051622224368693},
      {0.7, 29.0, 0.7552474256927582},
      {2.2621571627, 29.0, 0.9843219231419661},
      {6.0, 29.0, 0.9999992036045787},
      {1000.0, 29.0, 1.0},
      {-50.0, 100.0, 7.236081839880732e-73},
      {-3.5, 100.0, 0.0003482138586781344},
      {-1.0, 100.0, 0.15986207789206167},
      {-0.1, 100.0, 0.4602722655479256},
      {0.7, 100.0, 0.7572236967728134},
      {2.2621571627, 100.0, 0.9870743216318689},
      {6.0, 100.0, 0.9999999841375425},
      {1000.0, 100.0, 1.0},
      {-50.0, 1000.0, 1.379336206162586e-274},
      {-3.5, 1000.0, 0.0002428871729839163},
      {-1.0, 1000.0, 0.15877620904233627},
      {-0.1, 1000.0, 0.46018218451180204},
      {0.7, 1000.0, 0.7579549430036988},
      {2.2621571627, 1000.0, 0.9880491787100766},
      {6.0, 1000.0, 0.9999999986223154},
      {1000.0, 1000.0, 1.0},
      {-3.5, 100000.0, 0.00023273026968555018},
      {-1.0, 100000.0, 0.1586564637820551},
      {-0.1, 100000.0, 0.46017226295336316},
      {0.7, 100000.0, 0.7580355335763389},
      {2.2621571627, 100000.0, 0.98815508417413},
      {6.0, 100000.0, 0.9999999990100352},
      {1000.0, 100000.0, 1.0},
      {-3.5, 1000000.0, 0.00023263919684051747},
      {-1.0, 1000000.0, 0.15865537491678916},
      {-0.1, 1000000.0, 0.4601721727460216},
      {0.7, 1000000.0, 0.7580362663567293},
      {2.2621571627, 1000000.0, 0.9881560457104758},
      {6.0, 1000000.0, 0.9999999990130751},
      {1000.0, 1000000.0, 1.0},
  };

  /** p, df, t with P(T <= t) = p. */
  private static final double[][] T_QUANTILE = {
      {1e-10, 0.5, -1.02849115631634e+19},
      {0.0001, 0.5, -10284911.56316338},
      {0.025, 0.5, -164.55767348048846},
      {0.3, 0.5, -1.0095258786071655},
      {0.5001, 0.5, 0.0003708149609544511},
      {0.9, 0.5, 10.27032441023451},
      {0.975, 0.5, 164.55767348048818},
      {0.999, 0.5, 102849.11563017538},
      {1e-10, 1.0, -3183098861.8379064},
      {0.0001, 1.0, -3183.0987571181513},
      {0.025, 1.0, -12.706204736174705},
      {0.3, 1.0, -0.7265425280053609},
      {0.5001, 1.0, 0.0003141592756945358},
      {0.9, 1.0, 3.0776835371752544},
      {0.975, 1.0, 12.706204736174694},
      {0.999, 1.0, 318.30883898555015},
      {1e-10, 2.0, -70710.67810804816},
      {0.0001, 2.0, -70.70007107496428},
      {0.025, 2.0, -4.302652729749464},
      {0.3, 2.0, -0.6172133998483678},
      {0.5001, 2.0, 0.0002828427181314423},
      {0.9, 2.0, 1.8856180831641272},
      {0.975, 2.0, 4.302652729749462},
      {0.999, 2.0, 22.327124770119866},
      {1e-10, 3.0, -2225.769284683093},
      {0.0001, 3.0, -22.203742273204178},
      {0.025, 3.0, -3.1824463052837086},
      {0.3, 3.0, -0.5843897274398188},
      {0.5001, 3.0, 0.00027206990911051864},
      {0.9, 3.0, 1.637744353696209},
      {0.975, 3.0, 3.1824463052837078},
      {0.999, 3.0, 10.214531852407383},
      {1e-10, 4.5, -241.117429191934},
      {0.0001, 4.5, -11.020996368612229},
      {0.025, 4.5, -2.658912347204404},
      {0.3, 4.5, -0.5635058039393779},
      {0.5001, 4.5, 0.0002648678148282281},
      {0.9, 4.5, 1.5008853175085577},
      {0.975, 4.5, 2.6589123472044034},
      {0.999, 4.5, 6.421242884295791},
      {1e-10, 9.0, -30.737330949971977},
      {0.0001, 9.0, -6.010132129081441},
      {0.025, 9.0, -2.2621571627982053},
      {0.3, 9.0, -0.5434802414542969},
      {0.5001, 9.0, 0.00025770877553428137},
      {0.9, 9.0, 1.3830287383966329},
      {0.975, 9.0, 2.262157162798205},
      {0.999, 9.0, 4.296805662729918},
      {1e-10, 29.0, -9.51796550493783},
      {0.0001, 29.0, -4.25389411843228},
      {0.025, 29.0, -2.045229642132704},
      {0.3, 29.0, -0.530214395709161},
      {0.5001, 29.0, 0.000252832626350923},
      {0.9, 29.0, 1.311433647301551},
      {0.975, 29.0, 2.045229642132703},
      {0.999, 29.0, 3.3962402883568026},
      {1e-10, 100.0, -7.083375481400722},
      {0.0001, 100.0, -3.8615997909500597},
      {0.025, 100.0, -1.983971518523552},
      {0.3, 100.0, -0.5260762706003465},
      {0.5001, 100.0, 0.000251290260708213},
      {0.9, 100.0, 1.290074761346516},
      {0.975, 100.0, 1.9839715185235518},
      {0.999, 100.0, 3.173739493738783},
      {1e-10, 1000.0, -6.427876283134213},
      {0.0001, 1000.0, -3.7328516045753686},
      {0.025, 1000.0, -1.9623390808264085},
      {0.3, 1000.0, -0.524567707309227},
      {0.5001, 1000.0, 0.0002507255036228889},
      {0.9, 1000.0, 1.2823987214609247},
      {0.975, 1000.0, 1.9623390808264083},
      {0.999, 1000.0, 3.0984021639129233},
      {1e-10, 100000.0, -6.362000419843692},
      {0.0001, 100000.0, -3.719154382641344},
      {0.025, 100000.0, -1.95998770753461},
      {0.3, 100000.0, -0.5244021842335457},
      {0.5001, 100000.0, 0.0002506634567459054},
      {0.9, 100000.0, 1.2815600314493614},
      {0.975, 100000.0, 1.9599877075346095},
      {0.999, 100000.0, 3.0903138094272378},
  };

  private static void assertRelative(double actual, double expected, double tolerance) {
    if (expected == 0) {
      assertThat(actual).isEqualTo(0.0);
    } else {
      assertThat(Math.abs(actual - expected) / Math.abs(expected))
          .as("actual %s, expected %s", actual, expected)
          .isLessThanOrEqualTo(tolerance);
    }
  }

  @Test
  void normalCdfMatchesReferenceToThirteenDigits() {
    for (double[] row : NORMAL_CDF) {
      assertRelative(Normal.cdf(row[0]), row[1], 5e-14);
    }
  }

  @Test
  void normalQuantileMatchesReferenceToFifteenDigits() {
    for (double[] row : NORMAL_QUANTILE) {
      assertRelative(Normal.quantile(row[0]), row[1], 1e-15);
    }
  }

  @Test
  void studentTCdfMatchesReference() {
    for (double[] row : T_CDF) {
      assertRelative(StudentT.cdf(row[0], row[1]), row[2], 1e-10);
    }
  }

  @Test
  void studentTQuantileMatchesReference() {
    for (double[] row : T_QUANTILE) {
      assertRelative(StudentT.quantile(row[0], row[1]), row[2], 1e-12);
    }
  }

  @Test
  void textbookCriticalValues() {
    // t(0.975, 9) = 2.2621571627982..., the classic table value 2.262
    assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.2621571627982053, within(1e-13));
    assertThat(StudentT.twoSided(0.95, 9)).isCloseTo(2.2621571627982053, within(1e-13));
    assertThat(Normal.twoSided(0.95)).isCloseTo(1.959963984540054, within(1e-15));
    assertThat(Normal.twoSided(0.90)).isCloseTo(1.6448536269514722, within(1e-15));
    assertThat(Normal.twoSided(0.99)).isCloseTo(2.5758293035489004, within(1e-15));
    // df = 1 is Cauchy: t(0.975) = tan(0.475 pi)
    assertThat(StudentT.quantile(0.975, 1)).isCloseTo(Math.tan(0.475 * Math.PI), within(1e-12));
    // df = 2 has the closed form (2p - 1) / sqrt(2 p (1 - p))
    assertThat(StudentT.quantile(0.9, 2))
        .isCloseTo(0.8 / Math.sqrt(2 * 0.9 * 0.1), within(1e-14));
  }

  @Test
  void normalCdfAgreesWithCommonsMathOnAGrid() {
    NormalDistribution oracle = new NormalDistribution(0, 1);
    for (double x = -8; x <= 8; x += 0.0625) {
      assertThat(Normal.cdf(x)).as("x=%s", x).isCloseTo(oracle.cumulativeProbability(x),
          within(1e-15));
    }
  }

  @Test
  void normalQuantileInvertsTheCdf() {
    for (double p = 1e-6; p < 1; p += 0.00731) {
      assertRelative(Normal.cdf(Normal.quantile(p)), p, 1e-13);
    }
  }

  @Test
  void studentTAgreesWithCommonsMathOnAGrid() {
    double[] dfs = {0.3, 0.5, 1, 1.5, 2, 2.5, 3, 5, 7.3, 10, 20, 50, 200, 5000};
    for (double df : dfs) {
      TDistribution oracle = new TDistribution(null, df, 1e-14);
      for (double t = -12; t <= 12; t += 0.37) {
        assertThat(StudentT.cdf(t, df)).as("t=%s df=%s", t, df)
            .isCloseTo(oracle.cumulativeProbability(t), within(1e-12));
      }
    }
  }

  @Test
  void studentTDensityAgreesWithCommonsMath() {
    for (double df : new double[] {0.5, 1, 3, 30, 1000}) {
      TDistribution oracle = new TDistribution(null, df, 1e-14);
      for (double t = -6; t <= 6; t += 0.5) {
        assertRelative(StudentT.density(t, df), oracle.density(t), 1e-12);
      }
    }
  }

  @Test
  void studentTQuantileInvertsTheCdf() {
    double[] dfs = {0.2, 0.7, 1, 1.3, 2, 3.5, 8, 30, 120, 1e4, 1e6};
    for (double df : dfs) {
      for (double p = 0.0005; p < 1; p += 0.0123) {
        double t = StudentT.quantile(p, df);
        assertRelative(StudentT.cdf(t, df), p, 1e-11);
      }
    }
  }

  @Test
  void edgeValues() {
    assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
    assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(Normal.cdf(-40)).isEqualTo(0.0);
    assertThat(Normal.cdf(Double.NaN)).isNaN();
    assertThat(Normal.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Normal.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(StudentT.cdf(0, 3)).isEqualTo(0.5);
    assertThat(StudentT.cdf(Double.POSITIVE_INFINITY, 3)).isEqualTo(1.0);
    assertThat(StudentT.cdf(Double.NEGATIVE_INFINITY, 3)).isEqualTo(0.0);
    assertThat(StudentT.cdf(Double.NaN, 3)).isNaN();
    assertThat(StudentT.quantile(0.5, 7)).isEqualTo(0.0);
    // far tail where x = df / (df + t^2) underflows
    // mpmath, 40 digits: betainc(1/4, 1/2, 0, x) / 2 with x = 0.5 / (0.5 + 1e400)
    assertRelative(StudentT.cdf(-1e200, 0.5), 3.207009754142229E-101, 1e-12);
  }

  @Test
  void rejectsInvalidArguments() {
    assertThatThrownBy(() -> Normal.quantile(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be in [0, 1], but was 1.5");
    assertThatThrownBy(() -> Normal.quantile(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudentT.quantile(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be in (0, 1), but was 0.0");
    assertThatThrownBy(() -> StudentT.quantile(1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudentT.cdf(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("df must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> StudentT.cdf(1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudentT.quantile(0.3, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudentT.twoSided(0.95, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("df must be finite and > 0, but was 0.0");
  }

  /** The critical-value cache must never answer for another level or df than asked. */
  @Test
  void cachedCriticalValuesMatchFreshOnes() {
    double[] levels = {0.8, 0.9, 0.95, 0.99};
    for (int round = 0; round < 2; round++) {
      for (int df = 1; df <= 3000; df += 7) {
        for (double level : levels) {
          double expected = StudentT.quantile(1 - (1 - level) / 2, df);
          // the two ways differ in the last bits of the tail probability, a wrong entry by far more
          assertThat(StudentT.twoSided(level, df))
              .as("level %s df %s", level, df)
              .isCloseTo(expected, within(1e-9 * expected));
          double half = df + 0.5;
          assertThat(StudentT.twoSided(level, half))
              .isCloseTo(StudentT.quantile(1 - (1 - level) / 2, half), within(1e-9 * expected));
        }
      }
    }
  }
}
