package io.feedbackloop.scoring.internal;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.scoring.Category;
import io.feedbackloop.scoring.Comparison;
import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.Mean;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.Proportion;
import io.feedbackloop.scoring.ScaleResult;
import java.util.Optional;
import java.util.OptionalDouble;

/** The estimators: adjusted-Wald NPS, Wilson share, Student-t mean, and their comparisons. */
public final class Estimates {
  private Estimates() {}

  /** The NPS result of an NPS tally (indices are the scores 0..10). */
  public static NpsResult nps(Tally t, double level, long minimum) {
    long promoters = t.count(9) + t.count(10);
    long passives = t.count(7) + t.count(8);
    long n = t.count();
    long detractors = n - promoters - passives;
    double wP = t.weightSum(9) + t.weightSum(10);
    double wA = t.weightSum(7) + t.weightSum(8);
    double wD = 0;
    for (int i = 0; i <= 6; i++) {
      wD += t.weightSum(i);
    }
    double w = wP + wA + wD;
    boolean below = n < minimum;
    if (!(w > 0)) {
      return new NpsResult(n, promoters, passives, detractors, 0, 0, 0, 0, 0,
          OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(), below);
    }
    double nEff = effectiveSize(t, w);
    double pP = wP / w;
    double pA = wA / w;
    double pD = wD / w;
    double variance = pP + pD - (pP - pD) * (pP - pD);
    Adjusted adj = Adjusted.of(nEff, pP, pD);
    double z = Normal.twoSided(level);
    double margin = z * adj.standardError();
    Interval interval = new Interval(
        100 * Math.max(-1, adj.nps - margin), 100 * Math.min(1, adj.nps + margin), level);
    return new NpsResult(n, promoters, passives, detractors, nEff, pP, pA, pD, variance,
        OptionalDouble.of(100 * (pP - pD)), Optional.of(interval), OptionalDouble.of(100 * margin),
        below);
  }

  /** The CSAT or CES result of a tally. */
  public static ScaleResult scale(Tally t, double level, long minimum) {
    long pos = 0;
    long neu = 0;
    long neg = 0;
    double w = 0;
    double wPositive = 0;
    double wx = 0;
    for (int i = 0; i < t.points(); i++) {
      int v = t.value(i);
      long c = t.count(i);
      switch (Category.of(t.scale(), v)) {
        case POSITIVE -> pos += c;
        case NEUTRAL -> neu += c;
        case NEGATIVE -> neg += c;
      }
      double wi = t.weightSum(i);
      w += wi;
      wx += wi * v;
      if (t.scale().isPositive(v)) {
        wPositive += wi;
      }
    }
    Metric metric = t.scale().metric();
    long n = pos + neu + neg;
    boolean below = n < minimum;
    if (!(w > 0)) {
      return new ScaleResult(metric, n, pos, neu, neg, 0, Optional.empty(), Optional.empty(),
          below);
    }
    double nEff = effectiveSize(t, w);
    double mean = wx / w;
    double squares = 0;
    for (int i = 0; i < t.points(); i++) {
      double d = t.value(i) - mean;
      squares += t.weightSum(i) * d * d;
    }
    Proportion share = wilson(Math.min(1, wPositive / w), nEff, level);
    Mean m;
    if (nEff > 1 + 1e-12) {
      double sd = Math.sqrt(squares / w * nEff / (nEff - 1));
      double half = StudentT.twoSided(level, nEff - 1) * sd / Math.sqrt(nEff);
      Optional<Interval> interval = Double.isFinite(half)
          ? Optional.of(new Interval(mean - half, mean + half, level))
          : Optional.empty();
      m = new Mean(mean, OptionalDouble.of(sd), interval, nEff);
    } else {
      m = new Mean(mean, OptionalDouble.empty(), Optional.empty(), nEff);
    }
    return new ScaleResult(metric, n, pos, neu, neg, nEff, Optional.of(share), Optional.of(m),
        below);
  }

  /** Kish effective sample size (sum w)^2 / sum w^2, given sum w. */
  static double effectiveSize(Tally t, double w) {
    double w2 = 0;
    for (int i = 0; i < t.points(); i++) {
      w2 += t.weightSquareSum(i);
    }
    return w * w / w2;
  }

  /** The Wilson score interval of a share with (effective) sample size {@code n}. */
  public static Proportion wilson(double p, double n, double level) {
    double z = Normal.twoSided(level);
    double z2n = z * z / n;
    double denominator = 1 + z2n;
    double centre = (p + z2n / 2) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2n / (4 * n)) / denominator;
    return new Proportion(p, new Interval(Math.max(0, centre - half),
        Math.min(1, centre + half), level), n);
  }

  /** z-test on the adjusted-Wald quantities: current minus baseline, in points. */
  public static Optional<Comparison> compareNps(NpsResult current, NpsResult baseline,
      double level) {
    if (!current.hasEstimate() || !baseline.hasEstimate()) {
      return Optional.empty();
    }
    Adjusted a = Adjusted.of(current.effectiveSampleSize(), current.promoterShare(),
        current.detractorShare());
    Adjusted b = Adjusted.of(baseline.effectiveSampleSize(), baseline.promoterShare(),
        baseline.detractorShare());
    double se = Math.sqrt(a.variance / a.n + b.variance / b.n);
    double diff = a.nps - b.nps;
    double statistic = diff / se;
    double half = Normal.twoSided(level) * se;
    double plain = current.score().orElseThrow() - baseline.score().orElseThrow();
    Interval interval = new Interval(100 * Math.max(-2, diff - half),
        100 * Math.min(2, diff + half), level);
    return Optional.of(new Comparison(plain, interval, statistic,
        twoSidedNormalP(statistic), OptionalDouble.empty()));
  }

  /**
   * Two-proportion z-test (pooled standard error for the test, unpooled for the interval) on the
   * effective sample sizes.
   */
  public static Comparison compareShares(Proportion current, Proportion baseline, double level) {
    double p1 = current.share();
    double p2 = baseline.share();
    double n1 = current.effectiveSampleSize();
    double n2 = baseline.effectiveSampleSize();
    double diff = p1 - p2;
    double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    double sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    double statistic = sePooled > 0 ? diff / sePooled : 0;
    double se = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    double half = Normal.twoSided(level) * se;
    Interval interval = new Interval(Math.max(-1, diff - half), Math.min(1, diff + half), level);
    return new Comparison(diff, interval, statistic, twoSidedNormalP(statistic),
        OptionalDouble.empty());
  }

  /** Welch's t-test with Welch-Satterthwaite degrees of freedom. */
  public static Optional<Comparison> compareMeans(Mean current, Mean baseline, double level) {
    if (current.standardDeviation().isEmpty() || baseline.standardDeviation().isEmpty()) {
      return Optional.empty();
    }
    double s1 = current.standardDeviation().getAsDouble();
    double s2 = baseline.standardDeviation().getAsDouble();
    double n1 = current.effectiveSampleSize();
    double n2 = baseline.effectiveSampleSize();
    double v1 = s1 * s1 / n1;
    double v2 = s2 * s2 / n2;
    double se2 = v1 + v2;
    if (!(se2 > 0)) {
      return Optional.empty();
    }
    double df = se2 * se2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
    double se = Math.sqrt(se2);
    double diff = current.value() - baseline.value();
    double statistic = diff / se;
    double half = StudentT.twoSided(level, df) * se;
    if (!Double.isFinite(half)) {
      return Optional.empty();
    }
    double p = Math.min(1, 2 * StudentT.upperTail(Math.abs(statistic), df));
    return Optional.of(new Comparison(diff, new Interval(diff - half, diff + half, level),
        statistic, p, OptionalDouble.of(df)));
  }

  private static double twoSidedNormalP(double z) {
    return Math.min(1, 2 * Normal.cdf(-Math.abs(z)));
  }

  /** Adjusted-Wald quantities: n + 3, promoters + 3/4, detractors + 3/4. */
  static final class Adjusted {
    final double n;
    final double nps;
    final double variance;

    private Adjusted(double n, double nps, double variance) {
      this.n = n;
      this.nps = nps;
      this.variance = variance;
    }

    static Adjusted of(double nEff, double promoterShare, double detractorShare) {
      double n = nEff + 3;
      double p = (nEff * promoterShare + 0.75) / n;
      double d = (nEff * detractorShare + 0.75) / n;
      return new Adjusted(n, p - d, p + d - (p - d) * (p - d));
    }

    double standardError() {
      return Math.sqrt(variance / n);
    }
  }
}
