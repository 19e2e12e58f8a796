package io.feedbackloop.scoring.internal;

/** Log-gamma and the regularized incomplete beta function, for the Student t distribution. */
final class Gamma {
  private static final double HALF_LOG_TWO_PI = 0.9189385332046728;

  /** Stirling series coefficients B(2k) / (2k (2k - 1)) for k = 1..8. */
  private static final double[] STIRLING = {
    1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156,
    -3617.0 / 122400
  };

  private Gamma() {}

  /** ln Gamma(x) for x &gt; 0, absolute error about 1e-15. */
  static double logGamma(double x) {
    if (x >= 10) {
      return stirling(x) + stirlingCorrection(x);
    }
    // shift up to >= 10 with Gamma(x) = Gamma(x + k) / (x (x + 1) ... (x + k - 1))
    double product = 1.0;
    double z = x;
    while (z < 10) {
      product *= z;
      z += 1.0;
    }
    return stirling(z) + stirlingCorrection(z) - Math.log(product);
  }

  /** ln Gamma(a + 1/2) - ln Gamma(a), computed without cancelling large logarithms. */
  static double logGammaRatioHalf(double a) {
    if (a < 10) {
      return logGamma(a + 0.5) - logGamma(a);
    }
    // (a)ln(a+1/2) - (a-1/2)ln(a) - 1/2 = 1/2 ln a + a log1p(1/(2a)) - 1/2
    return 0.5 * Math.log(a)
        + (a * Math.log1p(0.5 / a) - 0.5)
        + stirlingCorrection(a + 0.5)
        - stirlingCorrection(a);
  }

  private static double stirling(double x) {
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI;
  }

  /** ln Gamma(x) - Stirling(x) for x &gt;= 10. */
  private static double stirlingCorrection(double x) {
    double inv = 1.0 / x;
    double inv2 = inv * inv;
    double sum = 0;
    for (int k = STIRLING.length - 1; k >= 0; k--) {
      sum = sum * inv2 + STIRLING[k];
    }
    return sum * inv;
  }

  /**
   * The regularized incomplete beta function I_x(a, b) for 0 &lt; x &lt; 1, given x, y = 1 - x, ln x
   * and ln y (passed separately to keep their digits: with a large a, {@code a ln x} must not
   * inherit the rounding of x) and ln B(a, b).
   */
  static double regularizedBeta(
      double x, double y, double logX, double logY, double a, double b, double logBeta) {
    double front = Math.exp(a * logX + b * logY - logBeta);
    if (x < (a + 1) / (a + b + 2)) {
      return front * fraction(x, a, b) / a;
    }
    return 1.0 - front * fraction(y, b, a) / b;
  }

  /** The continued fraction of I_x(a, b) (Numerical Recipes' betacf, modified Lentz). */
  private static double fraction(double x, double a, double b) {
    double tiny = 1e-300;
    double qab = a + b;
    double qap = a + 1.0;
    double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (Math.abs(d) < tiny) {
      d = tiny;
    }
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 200_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1.0 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1.0 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1.0 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1.0 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1.0 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1.0 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1.0) < 1e-16) {
        break;
      }
    }
    return h;
  }
}
