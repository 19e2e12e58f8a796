package io.feedbackloop.scoring.internal.text;

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search: minimizes a smooth convex function
 * from its value and gradient. Fully deterministic (no randomness, a fixed order of operations), so
 * that training gives the same weights on every machine. Stateless.
 */
final class Lbfgs {
  /** A function to minimize. */
  @FunctionalInterface
  interface Objective {
    /** The value at {@code x}; writes the gradient at {@code x} into {@code gradient}. */
    double evaluate(double[] x, double[] gradient);
  }

  static final int HISTORY = 10;
  static final double ARMIJO = 1e-4;

  private Lbfgs() {}

  /**
   * Minimizes {@code f} from {@code x}, in place, for at most {@code maxIterations} steps or until
   * the value improves by less than {@code tolerance} relative to its size.
   *
   * @return the number of iterations taken
   */
  static int minimize(Objective f, double[] x, int maxIterations, double tolerance) {
    int n = x.length;
    double[][] s = new double[HISTORY][];
    double[][] y = new double[HISTORY][];
    double[] rho = new double[HISTORY];
    double[] alpha = new double[HISTORY];
    double[] g = new double[n];
    double[] nextG = new double[n];
    double[] next = new double[n];
    double[] d = new double[n];
    double value = f.evaluate(x, g);
    int stored = 0;
    int iteration = 0;
    while (iteration < maxIterations && norm(g) > 1e-10) {
      iteration++;
      // two-loop recursion: d = -H g
      for (int i = 0; i < n; i++) {
        d[i] = -g[i];
      }
      int oldest = Math.max(0, stored - HISTORY);
      for (int k = stored - 1; k >= oldest; k--) {
        int j = k % HISTORY;
        alpha[j] = rho[j] * dot(s[j], d);
        axpy(-alpha[j], y[j], d);
      }
      if (stored > 0) {
        int last = (stored - 1) % HISTORY;
        scale(d, dot(s[last], y[last]) / dot(y[last], y[last]));
      } else {
        scale(d, 1 / Math.max(1, norm(g)));
      }
      for (int k = oldest; k < stored; k++) {
        int j = k % HISTORY;
        double beta = rho[j] * dot(y[j], d);
        axpy(alpha[j] - beta, s[j], d);
      }
      double slope = dot(g, d);
      if (slope >= 0) {
        // not a descent direction (curvature lost): restart from steepest descent
        stored = 0;
        for (int i = 0; i < n; i++) {
          d[i] = -g[i] / Math.max(1, norm(g));
        }
        slope = dot(g, d);
      }
      double step = 1;
      double nextValue;
      int tries = 0;
      while (true) {
        for (int i = 0; i < n; i++) {
          next[i] = x[i] + step * d[i];
        }
        nextValue = f.evaluate(next, nextG);
        if (nextValue <= value + ARMIJO * step * slope || ++tries == 40) {
          break;
        }
        step /= 2;
      }
      if (nextValue > value) {
        return iteration;
      }
      double[] sk = new double[n];
      double[] yk = new double[n];
      for (int i = 0; i < n; i++) {
        sk[i] = next[i] - x[i];
        yk[i] = nextG[i] - g[i];
      }
      double sy = dot(sk, yk);
      boolean converged = value - nextValue <= tolerance * Math.max(1, Math.abs(value));
      System.arraycopy(next, 0, x, 0, n);
      System.arraycopy(nextG, 0, g, 0, n);
      value = nextValue;
      if (converged) {
        return iteration;
      }
      // a pair without positive curvature would break the inverse-Hessian estimate: skip it
      if (sy > 1e-12) {
        int j = stored % HISTORY;
        s[j] = sk;
        y[j] = yk;
        rho[j] = 1 / sy;
        stored++;
      }
    }
    return iteration;
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static void scale(double[] x, double a) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= a;
    }
  }
}
