package io.feedbackloop.examples.demo.report;

import io.feedbackloop.routing.cases.CaseMetricsLeaderboardEntry;
import io.feedbackloop.routing.cases.CaseMetricsReport;
import io.feedbackloop.routing.cases.CaseMetricsSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closed-loop part of the report: the total, one row per team and the owner leaderboard.
 *
 * @param total all cases, empty when there were none to count
 * @param teams one row per team, in the order to show
 * @param leaderboard owners with closed loops, best first
 */
public record ClosedLoop(
    Optional<TeamLoop> total, List<TeamLoop> teams, List<CaseMetricsLeaderboardEntry> leaderboard) {
  /** No cases at all. */
  public static final ClosedLoop NONE = new ClosedLoop(Optional.empty(), List.of(), List.of());

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a part or an element is null
   */
  public ClosedLoop {
    Checks.notNull("total", total);
    teams = List.copyOf(Checks.notNull("teams", teams));
    leaderboard = List.copyOf(Checks.notNull("leaderboard", leaderboard));
  }

  /**
   * The closed loop of a case-metrics report: its overall summary as the total (team {@code all}),
   * its teams in id order and its leaderboard.
   *
   * @param report what {@code CaseMetrics.compute} found
   * @param escalationsByTeam escalations per team id; a team missing here had none
   * @throws NullPointerException if an argument is null
   */
  public static ClosedLoop of(CaseMetricsReport report, Map<String, Long> escalationsByTeam) {
    Checks.notNull("report", report);
    Checks.notNull("escalationsByTeam", escalationsByTeam);
    List<TeamLoop> teams = new ArrayList<>();
    long all = 0;
    for (Map.Entry<String, CaseMetricsSummary> e : report.byTeam().entrySet()) {
      long escalations = escalationsByTeam.getOrDefault(e.getKey(), 0L);
      all += escalations;
      teams.add(new TeamLoop(e.getKey(), e.getValue(), escalations));
    }
    Optional<TeamLoop> total =
        report.overall().opened() == 0
            ? Optional.empty()
            : Optional.of(new TeamLoop("all", report.overall(), all));
    return new ClosedLoop(total, teams, report.leaderboard());
  }
}
