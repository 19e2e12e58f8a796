package io.feedbackloop.scoring.internal;

/**
 * The standard normal distribution: CDF through the incomplete gamma function, quantile by
 * Wichura's algorithm AS241 (PPND16), both accurate to about 1e-15 relative.
 */
public final class Normal {
  private static final double SQRT_PI = 1.7724538509055159;

  private static final double[] A = {
    3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
    45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227
  };
  private static final double[] B = {
    1.0, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597,
    39307.89580009271, 28729.085735721943, 5226.495278852854
  };
  private static final double[] C = {
    1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
    1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414
  };
  private static final double[] D = {
    1.0, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
    0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-09
  };
  private static final double[] E = {
    6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
    0.026532189526576124, 0.0012426609473880784, 2.7115555687434876e-05, 2.0103343992922881e-07
  };
  private static final double[] F = {
    1.0, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
    1.8463183175100548e-05, 1.421511758316446e-07, 2.0442631033899397e-15
  };

  private Normal() {}

  /** P(Z &lt;= x); 0 and 1 at the infinities, NaN for NaN. */
  public static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    double y = 0.5 * x * x; // erfc(|x|/sqrt 2) = Q(1/2, x^2/2)
    double tail = y > 800 ? 0.0 : 0.5 * upperGammaHalf(y); // P(Z > |x|); underflows past 800
    return x < 0 ? tail : 1.0 - tail;
  }

  /** The value {@code x} with {@code cdf(x) == p}; infinite at 0 and 1. */
  public static double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1], but was " + p);
    }
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * poly(A, r) / poly(B, r);
    }
    double r = q < 0 ? p : 1.0 - p;
    if (r == 0) {
      return q < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    r = Math.sqrt(-Math.log(r));
    double x;
    if (r <= 5.0) {
      r -= 1.6;
      x = poly(C, r) / poly(D, r);
    } else {
      r -= 5.0;
      x = poly(E, r) / poly(F, r);
    }
    return q < 0 ? -x : x;
  }

  /**
   * The two-sided critical value {@code z} for a confidence level: {@code P(|Z| <= z) = level}.
   * Computed from the upper tail {@code (1 - level) / 2} so that levels near 1 keep their digits.
   */
  public static double twoSided(double level) {
    return -quantile(0.5 * (1.0 - level));
  }

  private static double poly(double[] c, double x) {
    double v = c[c.length - 1];
    for (int i = c.length - 2; i >= 0; i--) {
      v = v * x + c[i];
    }
    return v;
  }

  /** The regularized upper incomplete gamma function Q(1/2, y) = erfc(sqrt y), y &gt;= 0. */
  static double upperGammaHalf(double y) {
    if (y < 1.5) {
      return 1.0 - lowerGammaHalfSeries(y);
    }
    return upperGammaHalfFraction(y);
  }

  /** P(1/2, y) by its power series: e^-y y^a / Gamma(a+1) * sum y^n / ((a+1)...(a+n)). */
  private static double lowerGammaHalfSeries(double y) {
    double a = 0.5;
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < 500; n++) {
      term *= y / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-17) {
        break;
      }
    }
    return sum * Math.exp(-y + a * Math.log(y)) / SQRT_PI;
  }

  /** Q(1/2, y) by Legendre's continued fraction, evaluated with the modified Lentz method. */
  private static double upperGammaHalfFraction(double y) {
    double a = 0.5;
    double tiny = 1e-300;
    double b = y + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 10_000; i++) {
      double an = -i * (i - a);
      b += 2.0;
      d = an * d + b;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = b + an / c;
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
    return Math.exp(-y + a * Math.log(y)) * h / SQRT_PI;
  }
}
