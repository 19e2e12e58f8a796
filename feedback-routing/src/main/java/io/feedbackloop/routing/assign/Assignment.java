package io.feedbackloop.routing.assign;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Optional;

/**
 * The outcome of assigning a case: {@link Assigned} to an owner, or {@link Unassigned} with the
 * reason. Either way {@link #reason()} explains the choice for people (member ids and team names,
 * no response text).
 */
public sealed interface Assignment {

  /** The team the case belongs to (for an unknown team, the name asked for). */
  String team();

  /** Why this outcome, e.g. {@code "round-robin: ana is next of 3 available (skipped ben)"}. */
  String reason();

  /** The owner, if one was chosen. */
  Optional<Member> assignedOwner();

  /** This outcome with {@code prefix} put before its reason (for strategies that delegate). */
  Assignment explainedBy(String prefix);

  /**
   * The case goes to {@code owner}.
   *
   * @param team the owning team
   * @param owner the chosen member
   * @param reason why
   */
  record Assigned(String team, Member owner, String reason) implements Assignment {
    /** Creates the outcome. */
    public Assigned {
      Checks.notBlank("team", team);
      Checks.notNull("owner", owner);
      Checks.notBlank("reason", reason);
    }

    @Override
    public Optional<Member> assignedOwner() {
      return Optional.of(owner);
    }

    @Override
    public Assignment explainedBy(String prefix) {
      return new Assigned(team, owner, prefix + reason);
    }
  }

  /**
   * No owner could be chosen (nobody available, unknown team, a failing plug-in); the case stays
   * with the team, unassigned.
   *
   * @param team the team
   * @param reason why
   */
  record Unassigned(String team, String reason) implements Assignment {
    /** Creates the outcome. */
    public Unassigned {
      Checks.notBlank("team", team);
      Checks.notBlank("reason", reason);
    }

    @Override
    public Optional<Member> assignedOwner() {
      return Optional.empty();
    }

    @Override
    public Assignment explainedBy(String prefix) {
      return new Unassigned(team, prefix + reason);
    }
  }

  /** The case goes to {@code owner} of {@code team}. */
  static Assignment assigned(Team team, Member owner, String reason) {
    return new Assigned(team.name(), owner, reason);
  }

  /** The case stays unassigned in {@code team}. */
  static Assignment unassigned(Team team, String reason) {
    return new Unassigned(team.name(), reason);
  }
}
