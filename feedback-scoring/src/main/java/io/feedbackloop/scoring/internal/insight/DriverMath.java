package io.feedbackloop.scoring.internal.insight;

import io.feedbackloop.scoring.internal.Normal;
import java.util.OptionalDouble;

/** The formulas behind topic drivers: risk ratio with the Katz interval, and NPS from counts. */
public final class DriverMath {
  private DriverMath() {}

  /** The two-sided normal critical value for a confidence level. */
  public static double criticalValue(double confidence) {
    return Normal.twoSided(confidence);
  }

  /**
   * The risk ratio {@code (a / n1) / (c / n2)} and its Katz log interval {@code exp(ln RR ± z ×
   * sqrt(1/a - 1/n1 + 1/c - 1/n2))}; when one of the cells {@code a, n1 - a, c, n2 - c} is zero,
   * 0.5 is added to each (Haldane-Anscombe), so {@code n1} and {@code n2} grow by 1.
   *
   * @param a exposed among the first group ({@code 0 <= a <= n1})
   * @param n1 the first group, {@code > 0}
   * @param c exposed among the second group ({@code 0 <= c <= n2})
   * @param n2 the second group, {@code > 0}
   * @param z the critical value
   * @return {@code {ratio, low, high}}
   */
  public static double[] riskRatio(long a, long n1, long c, long n2, double z) {
    if (n1 <= 0 || n2 <= 0 || a < 0 || a > n1 || c < 0 || c > n2) {
      throw new IllegalArgumentException(
          "cells must be 0 <= a <= n1, 0 <= c <= n2, n1 and n2 > 0, but were a="
              + a + ", n1=" + n1 + ", c=" + c + ", n2=" + n2);
    }
    double x = a;
    double y = c;
    double g1 = n1;
    double g2 = n2;
    if (a == 0 || a == n1 || c == 0 || c == n2) {
      x += 0.5;
      y += 0.5;
      g1 += 1.0;
      g2 += 1.0;
    }
    double ratio = (x / g1) / (y / g2);
    double se = Math.sqrt(1.0 / x - 1.0 / g1 + 1.0 / y - 1.0 / g2);
    double log = Math.log(ratio);
    return new double[] {ratio, Math.exp(log - z * se), Math.exp(log + z * se)};
  }

  /** The NPS {@code 100 × (promoters - detractors) / n}, empty for {@code n == 0}. */
  public static OptionalDouble nps(long promoters, long detractors, long n) {
    return n == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * (promoters - detractors) / n);
  }
}
