package io.feedbackloop.examples.demo.report;

import io.feedbackloop.routing.cases.CaseMetricsSummary;

/**
 * The closed-loop figures of one team: the routing module's case metrics plus the escalations,
 * which the case metrics do not count.
 *
 * @param team the team id ({@code all} for the total row)
 * @param summary opened, closed, SLA shares, times to first contact and resolution, recovery
 * @param escalations the SLA escalations of the team's cases
 */
public record TeamLoop(String team, CaseMetricsSummary summary, long escalations) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the team is blank or the escalations negative
   */
  public TeamLoop {
    Checks.notBlank("team", team);
    Checks.notNull("summary", summary);
    Checks.notNegative("escalations", escalations);
  }
}
