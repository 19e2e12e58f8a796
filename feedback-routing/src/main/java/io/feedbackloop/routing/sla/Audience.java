package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * Who an escalation step notifies: the case {@link #OWNER}, the team's {@link #TEAM_LEAD}, the
 * team's {@link #MANAGER}, or the members of a named {@link #role role} of the team.
 *
 * @param kind which of the four
 * @param role the role's name for {@link Kind#ROLE}, empty otherwise
 */
public record Audience(Kind kind, String role) {
  /** The case owner. */
  public static final Audience OWNER = new Audience(Kind.OWNER, "");

  /** The team lead. */
  public static final Audience TEAM_LEAD = new Audience(Kind.TEAM_LEAD, "");

  /** The team's manager. */
  public static final Audience MANAGER = new Audience(Kind.MANAGER, "");

  /** The kinds of audience. */
  public enum Kind {
    /** The case owner. */
    OWNER,
    /** The team lead. */
    TEAM_LEAD,
    /** The team's manager. */
    MANAGER,
    /** A named role. */
    ROLE
  }

  /**
   * Creates an audience.
   *
   * @throws IllegalArgumentException if a role has no identifier as name, or another kind has one
   */
  public Audience {
    Checks.notNull("kind", kind);
    Checks.notNull("role", role);
    if (kind == Kind.ROLE) {
      Checks.identifier("role", role);
    } else {
      Checks.check(role.isEmpty(), "role of " + kind, "empty", role);
    }
  }

  /** The members of the named role (1-64 letters, digits, '.', '_', '-'), e.g. {@code legal}. */
  public static Audience role(String name) {
    return new Audience(Kind.ROLE, name);
  }

  @Override
  public String toString() {
    return kind == Kind.ROLE ? "role:" + role : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
