package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which cases {@link CaseStore#query} returns: always one tenant, optionally narrowed by status,
 * team, owner and the time they were opened ({@code openedFrom} inclusive, {@code openedBefore}
 * exclusive). Results come in the order the cases were opened (then by id). Immutable and
 * thread-safe.
 */
public final class CaseQuery {
  private final TenantId tenant;
  private final Set<CaseStatus> statuses;
  private final @Nullable String team;
  private final @Nullable String owner;
  private final @Nullable Instant openedFrom;
  private final @Nullable Instant openedBefore;

  private CaseQuery(Builder b) {
    this.tenant = b.tenant;
    this.statuses = Collections.unmodifiableSet(EnumSet.copyOf(b.statuses));
    this.team = b.team;
    this.owner = b.owner;
    this.openedFrom = b.openedFrom;
    this.openedBefore = b.openedBefore;
  }

  /**
   * Every case of {@code tenant}.
   *
   * @throws NullPointerException if {@code tenant} is null
   */
  public static CaseQuery of(TenantId tenant) {
    return builder(tenant).build();
  }

  /**
   * Starts a query over {@code tenant}'s cases.
   *
   * @throws NullPointerException if {@code tenant} is null
   */
  public static Builder builder(TenantId tenant) {
    return new Builder(Checks.notNull("tenant", tenant));
  }

  /** The tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** The statuses to include; all of them by default. */
  public Set<CaseStatus> statuses() {
    return statuses;
  }

  /** Only cases of this team, if set. */
  public Optional<String> team() {
    return Optional.ofNullable(team);
  }

  /** Only cases of this owner, if set. */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  /** Only cases opened at or after this instant, if set. */
  public Optional<Instant> openedFrom() {
    return Optional.ofNullable(openedFrom);
  }

  /** Only cases opened before this instant, if set. */
  public Optional<Instant> openedBefore() {
    return Optional.ofNullable(openedBefore);
  }

  /** Tells whether {@code c} matches this query. */
  public boolean matches(FollowUpCase c) {
    return c.tenant().equals(tenant)
        && statuses.contains(c.status())
        && (team == null || team.equals(c.team()))
        && (owner == null || owner.equals(c.owner().orElse(null)))
        && (openedFrom == null || !c.createdAt().isBefore(openedFrom))
        && (openedBefore == null || c.createdAt().isBefore(openedBefore));
  }

  @Override
  public String toString() {
    return "CaseQuery[tenant=" + tenant + ", statuses=" + statuses + ", team=" + team + ", owner=" + owner
        + ", openedFrom=" + openedFrom + ", openedBefore=" + openedBefore + "]";
  }

  /** Builds a {@link CaseQuery}. Not thread-safe. */
  public static final class Builder {
    private final TenantId tenant;
    private Set<CaseStatus> statuses = EnumSet.allOf(CaseStatus.class);
    private @Nullable String team;
    private @Nullable String owner;
    private @Nullable Instant openedFrom;
    private @Nullable Instant openedBefore;

    private Builder(TenantId tenant) {
      this.tenant = tenant;
    }

    /**
     * Keeps only cases in one of these statuses.
     *
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public Builder statuses(Collection<CaseStatus> values) {
      Checks.notNull("statuses", values);
      Checks.check(!values.isEmpty(), "statuses", "non-empty", values);
      this.statuses = EnumSet.copyOf(values);
      return this;
    }

    /** Keeps only cases in one of these statuses. */
    public Builder statuses(CaseStatus first, CaseStatus... more) {
      this.statuses = EnumSet.of(Checks.notNull("status", first), more);
      return this;
    }

    /** Keeps only open cases ({@link CaseStatus#isOpen()}). */
    public Builder openOnly() {
      Set<CaseStatus> open = EnumSet.noneOf(CaseStatus.class);
      for (CaseStatus s : CaseStatus.values()) {
        if (s.isOpen()) {
          open.add(s);
        }
      }
      this.statuses = open;
      return this;
    }

    /** Keeps only cases of this team (an identifier), or any with null. */
    public Builder team(@Nullable String value) {
      this.team = value == null ? null : Checks.identifier("team", value);
      return this;
    }

    /** Keeps only cases of this owner (an identifier), or any with null. */
    public Builder owner(@Nullable String value) {
      this.owner = value == null ? null : Checks.identifier("owner", value);
      return this;
    }

    /** Keeps only cases opened at or after {@code value}, or no bound with null. */
    public Builder openedFrom(@Nullable Instant value) {
      this.openedFrom = value;
      return this;
    }

    /** Keeps only cases opened before {@code value}, or no bound with null. */
    public Builder openedBefore(@Nullable Instant value) {
      this.openedBefore = value;
      return this;
    }

    /**
     * Builds the query.
     *
     * @throws IllegalArgumentException if {@code openedBefore} is not after {@code openedFrom}
     */
    public CaseQuery build() {
      Instant from = openedFrom;
      Instant before = openedBefore;
      if (from != null && before != null) {
        Checks.check(before.isAfter(from), "openedBefore", "after openedFrom (" + from + ")", before);
      }
      return new CaseQuery(this);
    }
  }
}
