package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.OptionalDouble;

/**
 * A share: {@code part} of {@code whole} (closed of opened, met of decided SLA targets).
 *
 * @param part how many qualify
 * @param whole how many were counted
 */
public record CaseMetricsShare(long part, long whole) {
  /** Nothing counted. */
  public static final CaseMetricsShare NONE = new CaseMetricsShare(0, 0);

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if {@code part} is negative or more than {@code whole}
   */
  public CaseMetricsShare {
    Checks.check(part >= 0, "part", ">= 0", part);
    Checks.check(whole >= part, "whole", ">= part (" + part + ")", whole);
  }

  /** {@code part / whole}, or empty if nothing was counted. */
  public OptionalDouble ratio() {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }
}
