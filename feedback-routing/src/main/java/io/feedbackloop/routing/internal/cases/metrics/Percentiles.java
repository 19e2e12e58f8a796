package io.feedbackloop.routing.internal.cases.metrics;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles: an observed value, never an interpolation. */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The {@code percent}-th percentile of {@code sorted} (ascending, not empty): the value at 1-based
   * rank {@code ceil(percent / 100 * n)}, at least rank 1.
   *
   * @throws IllegalArgumentException if the list is empty or {@code percent} is not in 1..100
   */
  public static Duration nearestRank(List<Duration> sorted, int percent) {
    Checks.check(!sorted.isEmpty(), "values", "not empty", "empty");
    Checks.check(percent >= 1 && percent <= 100, "percent", "in 1..100", percent);
    int n = sorted.size();
    long rank = ((long) percent * n + 99) / 100;
    return sorted.get((int) rank - 1);
  }
}
