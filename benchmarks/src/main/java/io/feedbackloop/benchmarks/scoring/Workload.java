package io.feedbackloop.benchmarks.scoring;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The shared seeded workload and the hand-written reference formulas: NPS answers (0-10), CSAT
 * answers (1-5) and two segmentation attributes with 50 values each, combined into 2,500 segments
 * ({@code segment = a * 50 + b}).
 */
final class Workload {
  /** Values per attribute. */
  static final int VALUES = 50;

  /** Combined segments, 50 × 50. */
  static final int SEGMENTS = VALUES * VALUES;

  /** Fixed seed of the workload. */
  static final long SEED = 20261122L;

  /** z for 95 %, as {@code Φ⁻¹(0.975)}. */
  static final double Z95 = 1.959963984540054;

  private Workload() {}

  /** A skewed NPS answer: more 8-10 than 0-3, like real data. */
  static int npsScore(SplittableRandom r) {
    int x = r.nextInt(100);
    if (x < 30) {
      return 9 + r.nextInt(2);
    }
    if (x < 55) {
      return 7 + r.nextInt(2);
    }
    return r.nextInt(7);
  }

  /** A skewed CSAT answer 1-5. */
  static int csatScore(SplittableRandom r) {
    int x = r.nextInt(100);
    if (x < 60) {
      return 4 + r.nextInt(2);
    }
    return 1 + r.nextInt(3);
  }

  /** The attribute value names, "a00".."a49" and "b00".."b49". */
  static String[] names(String prefix) {
    String[] out = new String[VALUES];
    for (int i = 0; i < VALUES; i++) {
      out[i] = prefix + (i < 10 ? "0" : "") + i;
    }
    return out;
  }

  /**
   * Hand-written adjusted-Wald NPS per segment from counts {@code [segment * 11 + score]}: for
   * each segment {score, low, high}, in points.
   */
  static double[] npsFromCounts(long[] counts, int segments) {
    double[] out = new double[segments * 3];
    for (int s = 0; s < segments; s++) {
      long d = 0;
      long p = 0;
      long n = 0;
      int base = s * 11;
      for (int v = 0; v <= 10; v++) {
        long c = counts[base + v];
        n += c;
        if (v <= 6) {
          d += c;
        } else if (v >= 9) {
          p += c;
        }
      }
      out[s * 3] = n == 0 ? Double.NaN : 100.0 * (p - d) / n;
      double na = n + 3;
      double pa = (p + 0.75) / na;
      double da = (d + 0.75) / na;
      double centre = pa - da;
      double half = Z95 * Math.sqrt((pa + da - centre * centre) / na);
      out[s * 3 + 1] = 100 * Math.max(-1, centre - half);
      out[s * 3 + 2] = 100 * Math.min(1, centre + half);
    }
    return out;
  }

  /** Hand-written Wilson interval of top-2-box CSAT per segment: {share, low, high}. */
  static double[] wilsonFromCounts(long[] counts, int segments) {
    double[] out = new double[segments * 3];
    double z2 = Z95 * Z95;
    for (int s = 0; s < segments; s++) {
      int base = s * 5;
      long n = 0;
      for (int v = 0; v < 5; v++) {
        n += counts[base + v];
      }
      long k = counts[base + 3] + counts[base + 4];
      double share = (double) k / n;
      double denom = 1 + z2 / n;
      double centre = (share + z2 / (2.0 * n)) / denom;
      double half = Z95 * Math.sqrt(share * (1 - share) / n + z2 / (4.0 * n * n)) / denom;
      out[s * 3] = share;
      out[s * 3 + 1] = centre - half;
      out[s * 3 + 2] = centre + half;
    }
    return out;
  }

  /** Throws unless the two arrays are equal. */
  static void sameCounts(String what, long[] expected, long[] actual) {
    if (!Arrays.equals(expected, actual)) {
      throw new IllegalStateException(what + " must count like the hand-written loop, but did not");
    }
  }

  /** Throws unless the two arrays agree within {@code tolerance} (NaN equals NaN). */
  static void close(String what, double[] expected, double[] actual, double tolerance) {
    if (expected.length != actual.length) {
      throw new IllegalStateException(what + " must have " + expected.length
          + " values, but had " + actual.length);
    }
    for (int i = 0; i < expected.length; i++) {
      boolean same = Double.isNaN(expected[i])
          ? Double.isNaN(actual[i])
          : Math.abs(expected[i] - actual[i]) <= tolerance;
      if (!same) {
        throw new IllegalStateException(what + "[" + i + "] must be " + expected[i]
            + ", but was " + actual[i]);
      }
    }
  }
}
