package io.feedbackloop.routing.internal.assign;

import io.feedbackloop.routing.assign.Assignment;
import io.feedbackloop.routing.assign.AssignmentRequest;
import io.feedbackloop.routing.assign.AssignmentStrategy;
import io.feedbackloop.routing.assign.Team;
import java.util.Map;

/**
 * Routes to a team by the value of one attribute. An unmapped value is not echoed in the reason: it
 * is response data and could be anything the respondent typed.
 */
public final class ByAttribute implements AssignmentStrategy {
  private final String attribute;
  private final Map<String, Team> teams;
  private final AssignmentStrategy then;

  /** Routes by {@code attribute} to {@code teams}, then assigns with {@code then}. */
  public ByAttribute(String attribute, Map<String, Team> teams, AssignmentStrategy then) {
    this.attribute = attribute;
    this.teams = teams;
    this.then = then;
  }

  @Override
  public Assignment assign(AssignmentRequest request) {
    String value = request.attributes().get(attribute);
    Team team = value == null ? null : teams.get(value);
    if (team == null) {
      String why = value == null ? " is missing" : " has no mapped team";
      return then.assign(request)
          .explainedBy(attribute + why + ", stayed with " + request.team().name() + "; ");
    }
    return then.assign(request.forTeam(team))
        .explainedBy(attribute + "=" + value + " -> team " + team.name() + "; ");
  }

  @Override
  public String toString() {
    return "byAttribute(" + attribute + ", " + then + ")";
  }
}
