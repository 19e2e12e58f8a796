package io.feedbackloop.routing.assign;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns a case to an owner: looks up the team by name, asks the {@link Availability} who can take
 * cases now and the {@link Workload} how many open cases each has, and lets the team's {@link
 * AssignmentStrategy} choose. The result explains the choice; when nobody can be chosen it is
 * {@link Assignment.Unassigned} with the reason, never an exception.
 *
 * <p><b>Plug-in failures.</b> An availability check that throws counts the member as unavailable; a
 * workload lookup or a strategy that throws, or a strategy that names someone who is not an
 * available member, leaves the case unassigned with that reason. Each failure is logged at WARN
 * with tenant, team and member ids and the exception type only.
 *
 * <p>Defaults: round robin for every team, everybody always available, no open cases, the system
 * clock (UTC). Immutable configuration; thread-safe.
 */
public final class Assigner {
  private static final Logger LOG = LoggerFactory.getLogger(Assigner.class);

  private final Map<String, Team> teams;
  private final AssignmentStrategy strategy;
  private final Map<String, AssignmentStrategy> strategies;
  private final Availability availability;
  private final Workload workload;
  private final Clock clock;

  private Assigner(Builder b) {
    this.teams = Collections.unmodifiableMap(new LinkedHashMap<>(b.teams));
    this.strategy = b.strategy;
    this.strategies = Map.copyOf(b.strategies);
    this.availability = b.availability;
    this.workload = b.workload;
    this.clock = b.clock;
  }

  /** Starts an assigner. */
  public static Builder builder() {
    return new Builder();
  }

  /** The team with this name, if configured. */
  public Optional<Team> team(String name) {
    return Optional.ofNullable(teams.get(Checks.notNull("name", name)));
  }

  /**
   * Chooses the owner of a new case of {@code team}.
   *
   * @param tenant the tenant of the case
   * @param team the name of the team (e.g. from the rule's openCase action)
   * @param attributes the response's attributes (region, language, account owner ...)
   * @return the outcome with its reason; never null, never thrown
   */
  public Assignment assign(TenantId tenant, String team, Map<String, String> attributes) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("team", team);
    Checks.notNull("attributes", attributes);
    Team t = teams.get(team);
    if (t == null) {
      return new Assignment.Unassigned(team, "no team named " + team);
    }
    Instant now = clock.instant();
    Map<String, List<Candidate>> seen = new ConcurrentHashMap<>();
    AssignmentStrategy chosen = strategies.getOrDefault(team, strategy);
    Assignment result;
    try {
      AssignmentRequest request =
          AssignmentRequest.of(
              tenant, t, attributes, now, other -> roster(tenant, other, now, seen));
      result = Checks.notNull("assignment", chosen.assign(request));
    } catch (WorkloadFailure e) {
      return new Assignment.Unassigned(team, "open-case counts failed: " + e.causeType);
    } catch (RuntimeException e) {
      LOG.warn(
          "assignment strategy failed: tenant={} team={} error={}",
          tenant.value(),
          team,
          e.getClass().getName());
      return new Assignment.Unassigned(team, "strategy failed: " + e.getClass().getName());
    }
    return checked(tenant, result, seen);
  }

  /** Rejects an owner the strategy was not offered: someone unavailable or outside the team. */
  private static Assignment checked(
      TenantId tenant, Assignment result, Map<String, List<Candidate>> seen) {
    Optional<Member> owner = result.assignedOwner();
    if (owner.isEmpty()) {
      return result;
    }
    List<Candidate> offered = seen.getOrDefault(result.team(), List.of());
    for (Candidate c : offered) {
      if (c.member().equals(owner.get())) {
        return result;
      }
    }
    LOG.warn(
        "assignment strategy chose a member it was not offered: tenant={} team={} member={}",
        tenant.value(),
        result.team(),
        owner.get().id());
    return new Assignment.Unassigned(
        result.team(),
        "strategy chose "
            + owner.get().id()
            + ", who is not an available member of team "
            + result.team());
  }

  private List<Candidate> roster(
      TenantId tenant, Team team, Instant now, Map<String, List<Candidate>> seen) {
    List<Candidate> out = new ArrayList<>(team.members().size());
    for (Member m : team.members()) {
      if (available(tenant, team, m, now)) {
        int open;
        try {
          open = workload.openCases(tenant, m);
        } catch (RuntimeException e) {
          LOG.warn(
              "workload lookup failed: tenant={} team={} member={} error={}",
              tenant.value(),
              team.name(),
              m.id(),
              e.getClass().getName());
          throw new WorkloadFailure(e);
        }
        out.add(new Candidate(m, Math.max(0, open)));
      }
    }
    List<Candidate> result = List.copyOf(out);
    seen.put(team.name(), result);
    return result;
  }

  private boolean available(TenantId tenant, Team team, Member member, Instant now) {
    try {
      return availability.isAvailable(tenant, member, now);
    } catch (RuntimeException e) {
      LOG.warn(
          "availability check failed, member skipped: tenant={} team={} member={} error={}",
          tenant.value(),
          team.name(),
          member.id(),
          e.getClass().getName());
      return false;
    }
  }

  @Override
  public String toString() {
    return "Assigner[teams=" + teams.keySet() + ", strategy=" + strategy + "]";
  }

  /** Carries a workload failure out of a strategy, past the strategy guard. */
  private static final class WorkloadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String causeType;

    WorkloadFailure(RuntimeException cause) {
      super(cause);
      this.causeType = cause.getClass().getName();
    }
  }

  /** Builds an {@link Assigner}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private AssignmentStrategy strategy = AssignmentStrategy.roundRobin();
    private final Map<String, AssignmentStrategy> strategies = new LinkedHashMap<>();
    private Availability availability = Availability.always();
    private Workload workload = Workload.none();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds a team.
     *
     * @throws IllegalArgumentException if a team of that name was added already
     */
    public Builder team(Team team) {
      Checks.notNull("team", team);
      Checks.check(!teams.containsKey(team.name()), "team name", "unique", team.name());
      teams.put(team.name(), team);
      return this;
    }

    /**
     * The strategy for teams without their own (default {@link AssignmentStrategy#roundRobin()}).
     */
    public Builder strategy(AssignmentStrategy strategy) {
      this.strategy = Checks.notNull("strategy", strategy);
      return this;
    }

    /** The strategy for one team. */
    public Builder strategy(String team, AssignmentStrategy strategy) {
      strategies.put(Checks.identifier("team", team), Checks.notNull("strategy", strategy));
      return this;
    }

    /** Who is available (default {@link Availability#always()}). */
    public Builder availability(Availability availability) {
      this.availability = Checks.notNull("availability", availability);
      return this;
    }

    /** The open-case counts (default {@link Workload#none()}). */
    public Builder workload(Workload workload) {
      this.workload = Checks.notNull("workload", workload);
      return this;
    }

    /** The clock for availability checks (default the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /** Builds the assigner. */
    public Assigner build() {
      return new Assigner(this);
    }
  }
}
