package io.feedbackloop.routing.assign;

import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.sla.Audience;
import io.feedbackloop.routing.sla.BusinessCalendar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A team that owns cases: its members in a fixed order (round robin follows it, ties of least
 * loaded are broken by it), an optional lead and manager, named roles for escalations, and the
 * business calendar (opening hours, holidays, time zone) its SLAs count in.
 *
 * <p>Immutable and thread-safe.
 */
public final class Team {
  private final String name;
  private final List<Member> members;
  private final @Nullable Member lead;
  private final @Nullable Member manager;
  private final Map<String, List<Member>> roles;
  private final BusinessCalendar calendar;

  private Team(Builder b) {
    this.name = b.name;
    this.members = List.copyOf(b.members);
    Checks.check(!members.isEmpty(), "members of team " + name, "not empty", "none");
    this.lead = b.lead;
    this.manager = b.manager;
    Map<String, List<Member>> r = new LinkedHashMap<>();
    b.roles.forEach((role, who) -> r.put(role, List.copyOf(who)));
    this.roles = Collections.unmodifiableMap(r);
    this.calendar = b.calendar;
  }

  /**
   * A team with these member ids, in order, no lead or manager, on {@link
   * BusinessCalendar#ofDefaults()}.
   *
   * @throws IllegalArgumentException if the name or an id is not an identifier, an id repeats, or
   *     there is no member
   */
  public static Team of(String name, String... memberIds) {
    Builder b = builder(name);
    for (String id : Checks.notNull("memberIds", memberIds)) {
      b.member(id);
    }
    return b.build();
  }

  /** Starts a team with this name (1-64 letters, digits, '.', '_', '-'). */
  public static Builder builder(String name) {
    return new Builder(Checks.identifier("team name", name));
  }

  /** The team's name. */
  public String name() {
    return name;
  }

  /** The members, in order. */
  public List<Member> members() {
    return members;
  }

  /** The position of {@code member} in {@link #members()}, or -1 if not a member. */
  public int indexOf(Member member) {
    return members.indexOf(member);
  }

  /** The team lead, if any. */
  public Optional<Member> lead() {
    return Optional.ofNullable(lead);
  }

  /** The team's manager, if any. */
  public Optional<Member> manager() {
    return Optional.ofNullable(manager);
  }

  /** The named roles and their members, e.g. {@code legal -> [lena]}. */
  public Map<String, List<Member>> roles() {
    return roles;
  }

  /** The calendar the team's business-time SLAs count in (its opening hours and zone). */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * Who an escalation for {@code audience} goes to in this team: the owner, the lead, the manager
   * or the members of a role; empty if the team has none (e.g. no lead, or the case has no owner).
   *
   * @param audience the audience of an escalation step
   * @param owner the case's owner, or null if it has none
   */
  public List<Member> recipients(Audience audience, @Nullable Member owner) {
    Checks.notNull("audience", audience);
    return switch (audience.kind()) {
      case OWNER -> listOf(owner);
      case TEAM_LEAD -> listOf(lead);
      case MANAGER -> listOf(manager);
      case ROLE -> roles.getOrDefault(audience.role(), List.of());
    };
  }

  private static List<Member> listOf(@Nullable Member member) {
    return member == null ? List.of() : List.of(member);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Team t
        && name.equals(t.name)
        && members.equals(t.members)
        && Objects.equals(lead, t.lead)
        && Objects.equals(manager, t.manager)
        && roles.equals(t.roles)
        && calendar.equals(t.calendar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, members);
  }

  @Override
  public String toString() {
    return "Team[" + name + ", members=" + members + "]";
  }

  /** Builds a {@link Team}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Set<Member> members = new LinkedHashSet<>();
    private @Nullable Member lead;
    private @Nullable Member manager;
    private final Map<String, List<Member>> roles = new LinkedHashMap<>();
    private BusinessCalendar calendar = BusinessCalendar.ofDefaults();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a member who can own cases.
     *
     * @throws IllegalArgumentException if the id is not an identifier or already a member
     */
    public Builder member(String id) {
      Member m = Member.of(id);
      Checks.check(members.add(m), "member of team " + name, "unique", id);
      return this;
    }

    /** The team lead (need not own cases). */
    public Builder lead(String id) {
      this.lead = Member.of(id);
      return this;
    }

    /** The team's manager (need not own cases). */
    public Builder manager(String id) {
      this.manager = Member.of(id);
      return this;
    }

    /** Adds people to a named role, e.g. {@code role("legal", "lena")}, for escalations. */
    public Builder role(String role, String... ids) {
      Checks.identifier("role", role);
      List<Member> who = roles.computeIfAbsent(role, r -> new ArrayList<>());
      for (String id : Checks.notNull("ids", ids)) {
        who.add(Member.of(id));
      }
      return this;
    }

    /**
     * The calendar of the team's business-time SLAs (default {@link
     * BusinessCalendar#ofDefaults()}).
     */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = Checks.notNull("calendar", calendar);
      return this;
    }

    /**
     * Builds the team.
     *
     * @throws IllegalArgumentException if it has no member
     */
    public Team build() {
      return new Team(this);
    }
  }
}
