package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * The open cases by age (time since opening, wall clock) at the metrics' instant: under one day,
 * one to three days, three to seven days, seven days and more. Each bucket includes its lower bound.
 *
 * @param underOneDay younger than 24 hours
 * @param oneToThreeDays at least 1 day, under 3
 * @param threeToSevenDays at least 3 days, under 7
 * @param sevenDaysOrMore at least 7 days
 */
public record CaseMetricsBacklog(
    long underOneDay, long oneToThreeDays, long threeToSevenDays, long sevenDaysOrMore) {
  /** No open cases. */
  public static final CaseMetricsBacklog NONE = new CaseMetricsBacklog(0, 0, 0, 0);

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public CaseMetricsBacklog {
    Checks.check(
        underOneDay >= 0 && oneToThreeDays >= 0 && threeToSevenDays >= 0 && sevenDaysOrMore >= 0,
        "backlog counts",
        ">= 0",
        underOneDay + "/" + oneToThreeDays + "/" + threeToSevenDays + "/" + sevenDaysOrMore);
  }

  /** All open cases. */
  public long total() {
    return underOneDay + oneToThreeDays + threeToSevenDays + sevenDaysOrMore;
  }
}
