package io.feedbackloop.routing.assign;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an {@link AssignmentStrategy} chooses from: the tenant, the team, the response's attributes
 * (region, language, account owner ...), the instant, and the team's available members with their
 * open-case counts, in team order. {@link #forTeam} gives the same request for another team, so
 * that a strategy can route to a team by attribute.
 *
 * <p>Immutable and thread-safe; the {@link Assigner} creates requests, tests and custom routers can
 * create them with {@link #of}.
 */
public final class AssignmentRequest {
  private final TenantId tenant;
  private final Team team;
  private final Map<String, String> attributes;
  private final Instant at;
  private final List<Candidate> candidates;
  private final Function<Team, List<Candidate>> roster;

  private AssignmentRequest(
      TenantId tenant,
      Team team,
      Map<String, String> attributes,
      Instant at,
      Function<Team, List<Candidate>> roster) {
    this.tenant = tenant;
    this.team = team;
    this.attributes = attributes;
    this.at = at;
    this.roster = roster;
    this.candidates =
        List.copyOf(Checks.notNull("candidates of " + team.name(), roster.apply(team)));
  }

  /**
   * A request.
   *
   * @param tenant the tenant
   * @param team the team to assign in
   * @param attributes the response's attributes
   * @param at the instant of the assignment
   * @param roster the available members of a team with their open-case counts, in team order;
   *     called once for {@code team} and once per {@link #forTeam} call
   */
  public static AssignmentRequest of(
      TenantId tenant,
      Team team,
      Map<String, String> attributes,
      Instant at,
      Function<Team, List<Candidate>> roster) {
    return new AssignmentRequest(
        Checks.notNull("tenant", tenant),
        Checks.notNull("team", team),
        Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull("attributes", attributes))),
        Checks.notNull("at", at),
        Checks.notNull("roster", roster));
  }

  /** The same request for another team, with that team's available members. */
  public AssignmentRequest forTeam(Team other) {
    return new AssignmentRequest(tenant, Checks.notNull("team", other), attributes, at, roster);
  }

  /** The tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** The team to assign in. */
  public Team team() {
    return team;
  }

  /** The response's attributes. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The instant of the assignment. */
  public Instant at() {
    return at;
  }

  /** The team's available members with their open-case counts, in team order; may be empty. */
  public List<Candidate> candidates() {
    return candidates;
  }

  /** The team's members who are not available, in team order. */
  public List<Member> unavailable() {
    List<Member> out = new ArrayList<>(team.members());
    for (Candidate c : candidates) {
      out.remove(c.member());
    }
    return out;
  }

  @Override
  public String toString() {
    return "AssignmentRequest[tenant="
        + tenant.value()
        + ", team="
        + team.name()
        + ", available="
        + candidates.size()
        + "/"
        + team.members().size()
        + "]";
  }
}
