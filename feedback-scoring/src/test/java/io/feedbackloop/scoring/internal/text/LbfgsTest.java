package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class LbfgsTest {

  @Test
  void findsTheMinimumOfAnIllConditionedQuadratic() {
    // f(x) = sum a_i (x_i - c_i)^2 with curvatures from 1 to 1000
    double[] a = {1, 10, 100, 1000};
    double[] c = {3, -2, 0.5, 7};
    Lbfgs.Objective f =
        (x, g) -> {
          double v = 0;
          for (int i = 0; i < x.length; i++) {
            v += a[i] * (x[i] - c[i]) * (x[i] - c[i]);
            g[i] = 2 * a[i] * (x[i] - c[i]);
          }
          return v;
        };
    double[] x = new double[4];

    int iterations = Lbfgs.minimize(f, x, 200, 1e-15);

    assertThat(x).containsExactly(c, offset(1e-5));
    assertThat(iterations).isBetween(1, 199);
  }

  @Test
  void findsTheMinimumOfRosenbrock() {
    Lbfgs.Objective f =
        (x, g) -> {
          double p = x[1] - x[0] * x[0];
          g[0] = -400 * x[0] * p - 2 * (1 - x[0]);
          g[1] = 200 * p;
          return 100 * p * p + (1 - x[0]) * (1 - x[0]);
        };
    double[] x = {-1.2, 1};

    Lbfgs.minimize(f, x, 1000, 1e-20);

    assertThat(x).containsExactly(new double[] {1, 1}, offset(1e-4));
  }

  @Test
  void stopsAfterTheGivenIterationsAndAtAZeroGradient() {
    Lbfgs.Objective bowl =
        (x, g) -> {
          g[0] = 2 * (x[0] - 5);
          return (x[0] - 5) * (x[0] - 5);
        };
    double[] x = {0};
    assertThat(Lbfgs.minimize(bowl, x, 1, 0)).isEqualTo(1);
    assertThat(x[0]).isGreaterThan(0).isLessThan(5.0 + 1e-9);

    double[] atMinimum = {5};
    assertThat(Lbfgs.minimize(bowl, atMinimum, 100, 0)).isZero();
    assertThat(atMinimum[0]).isEqualTo(5);
  }

  @Test
  void dotIsTheSumOfProducts() {
    assertThat(Lbfgs.dot(new double[] {1, 2, 3}, new double[] {4, -5, 6})).isEqualTo(12);
  }
}
