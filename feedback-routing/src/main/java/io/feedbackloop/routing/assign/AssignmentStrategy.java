package io.feedbackloop.routing.assign;

import io.feedbackloop.routing.internal.assign.ByAttribute;
import io.feedbackloop.routing.internal.assign.LeastLoaded;
import io.feedbackloop.routing.internal.assign.RoundRobin;
import io.feedbackloop.routing.internal.assign.StickyAccountOwner;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Map;

/**
 * Chooses the owner of a case among the available members of a team. The one method to implement is
 * {@link #assign}; the stock strategies are {@link #roundRobin()}, {@link #leastLoaded()}, {@link
 * #byAttribute} and {@link #stickyAccountOwner}, and they compose.
 *
 * <p><b>Contract.</b> Choose among {@link AssignmentRequest#candidates()} (of the request or of a
 * {@link AssignmentRequest#forTeam} request) and explain the choice in the result's reason; with no
 * candidate, return {@link Assignment.Unassigned} rather than throwing. Implementations must be
 * thread-safe. The {@link Assigner} guards against a strategy that throws or names someone who is
 * not an available member: the case then stays unassigned with that reason.
 */
@FunctionalInterface
public interface AssignmentStrategy {

  /**
   * Chooses an owner, or explains why there is none.
   *
   * @param request the team, attributes and available members
   * @return the outcome, never null
   */
  Assignment assign(AssignmentRequest request);

  /**
   * Takes turns through the team's members in team order, skipping unavailable ones; over many
   * cases each available member gets the same number, also under concurrent calls. Keeps one
   * position per tenant and team, in memory (a restart starts again at the first member).
   */
  static AssignmentStrategy roundRobin() {
    return new RoundRobin();
  }

  /**
   * The available member with the fewest open cases; ties go to the member who comes first in the
   * team's order.
   */
  static AssignmentStrategy leastLoaded() {
    return LeastLoaded.INSTANCE;
  }

  /**
   * Routes to the team mapped to the value of {@code attribute} (e.g. region or language, matched
   * exactly) and assigns there with {@code then}; a missing or unmapped value stays with the
   * request's team.
   *
   * @param attribute the response attribute, e.g. {@code region}
   * @param teams the team for each value, e.g. {@code north -> Team "support-north"}
   * @param then the strategy used within the chosen team
   */
  static AssignmentStrategy byAttribute(
      String attribute, Map<String, Team> teams, AssignmentStrategy then) {
    return new ByAttribute(
        Checks.notBlank("attribute", attribute),
        Map.copyOf(Checks.notNull("teams", teams)),
        Checks.notNull("then", then));
  }

  /**
   * Gives the case to the account owner named (by member id) in {@code attribute} if they are an
   * available member of the team; otherwise uses {@code fallback}.
   *
   * @param attribute the response attribute naming the account owner, e.g. {@code accountOwner}
   * @param fallback the strategy when the account owner is missing, unknown or unavailable
   */
  static AssignmentStrategy stickyAccountOwner(String attribute, AssignmentStrategy fallback) {
    return new StickyAccountOwner(
        Checks.notBlank("attribute", attribute), Checks.notNull("fallback", fallback));
  }
}
