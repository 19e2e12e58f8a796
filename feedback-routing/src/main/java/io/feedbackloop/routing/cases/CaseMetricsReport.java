package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link CaseMetrics#compute} found: the figures over all cases, per team, per owner and per
 * period, and the owner leaderboard. Immutable; {@code toString()} holds ids and numbers only.
 *
 * @param asOf the instant the backlog ages and open SLA targets were judged at
 * @param period the period buckets of {@link #byPeriod}
 * @param zone the zone the period buckets are in
 * @param overall every case given
 * @param byTeam per team, by team id
 * @param byOwner per owner, by owner id (cases without an owner are only in the other groups)
 * @param byPeriod per period, by the first day of the period the case was opened in
 * @param leaderboard owners with at least one closed loop, best first
 */
public record CaseMetricsReport(
    Instant asOf,
    CaseMetricsPeriod period,
    ZoneId zone,
    CaseMetricsSummary overall,
    SortedMap<String, CaseMetricsSummary> byTeam,
    SortedMap<String, CaseMetricsSummary> byOwner,
    SortedMap<LocalDate, CaseMetricsSummary> byPeriod,
    List<CaseMetricsLeaderboardEntry> leaderboard) {

  /**
   * Copies the maps and the list.
   *
   * @throws NullPointerException if a part is null
   */
  public CaseMetricsReport {
    Checks.notNull("asOf", asOf);
    Checks.notNull("period", period);
    Checks.notNull("zone", zone);
    Checks.notNull("overall", overall);
    byTeam = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull("byTeam", byTeam)));
    byOwner = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull("byOwner", byOwner)));
    byPeriod =
        Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull("byPeriod", byPeriod)));
    leaderboard = List.copyOf(Checks.notNull("leaderboard", leaderboard));
  }
}
