package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * One owner on the leaderboard of {@link CaseMetricsReport#leaderboard()}.
 *
 * @param rank 1 for the first; owners equal in all three figures share a rank (1, 1, 3)
 * @param owner the agent's id
 * @param closedLoops their cases RESOLVED or CLOSED
 * @param medianTimeToResolution wall-clock median of those cases' time to resolution
 * @param withinSla their resolutions within the stored due instant, of those with one decided
 */
public record CaseMetricsLeaderboardEntry(
    int rank,
    String owner,
    long closedLoops,
    Optional<Duration> medianTimeToResolution,
    CaseMetricsShare withinSla) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the rank or count is not positive or the owner is not an
   *     identifier
   */
  public CaseMetricsLeaderboardEntry {
    Checks.positive("rank", rank);
    Checks.identifier("owner", owner);
    Checks.check(closedLoops > 0, "closedLoops", "> 0", closedLoops);
    Checks.notNull("medianTimeToResolution", medianTimeToResolution);
    Checks.notNull("withinSla", withinSla);
  }
}
