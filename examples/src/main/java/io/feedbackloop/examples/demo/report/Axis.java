package io.feedbackloop.examples.demo.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis: maps a domain onto pixels and picks round tick values (1, 2, 2.5 or 5 times a
 * power of ten).
 *
 * @param low the lowest domain value
 * @param high the highest domain value, {@code > low}
 * @param from the pixel of {@code low}
 * @param to the pixel of {@code high} (smaller than {@code from} for a vertical axis)
 * @param step the distance between ticks
 */
record Axis(double low, double high, double from, double to, double step) {
  Axis {
    if (!(high > low)) {
      throw new IllegalArgumentException("high must be > low (" + low + "), but was " + high);
    }
  }

  /** An axis spanning at least {@code [min, max]}, widened to round ticks, about {@code ticks}. */
  static Axis nice(double min, double max, double from, double to, int ticks) {
    double lo = min;
    double hi = max;
    if (!(hi > lo)) {
      lo -= 1;
      hi += 1;
    }
    double step = niceStep((hi - lo) / Math.max(1, ticks));
    return new Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, from, to, step);
  }

  /** An axis over exactly {@code [low, high]} with the given tick step. */
  static Axis fixed(double low, double high, double from, double to, double step) {
    return new Axis(low, high, from, to, step);
  }

  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /** The pixel of {@code value}. */
  double at(double value) {
    return from + (value - low) / (high - low) * (to - from);
  }

  /** The tick values, {@code low} to {@code high}. */
  List<Double> ticks() {
    List<Double> out = new ArrayList<>();
    long count = Math.round((high - low) / step);
    for (long i = 0; i <= count; i++) {
      double v = low + i * step;
      out.add(Math.abs(v) < step / 1e6 ? 0.0 : v);
    }
    return out;
  }
}
