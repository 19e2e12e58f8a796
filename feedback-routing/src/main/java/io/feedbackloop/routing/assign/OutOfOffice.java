package io.feedbackloop.routing.assign;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An out-of-office schedule: members are unavailable from {@code from} (inclusive) until {@code
 * until} (exclusive), in one tenant or in every tenant. Build a new schedule when it changes (e.g.
 * from the host's HR calendar) and hand the {@link Assigner} an {@link Availability} that reads the
 * current one.
 *
 * <p>Immutable and thread-safe.
 */
public final class OutOfOffice implements Availability {
  private final List<Absence> absences;

  private OutOfOffice(List<Absence> absences) {
    this.absences = List.copyOf(absences);
  }

  /** Starts a schedule. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean isAvailable(TenantId tenant, Member member, Instant at) {
    for (Absence a : absences) {
      if (a.member.equals(member)
          && (a.tenant == null || a.tenant.equals(tenant))
          && !at.isBefore(a.from)
          && at.isBefore(a.until)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "OutOfOffice[absences=" + absences.size() + "]";
  }

  private record Absence(@Nullable TenantId tenant, Member member, Instant from, Instant until) {}

  /** Builds an {@link OutOfOffice} schedule. Not thread-safe. */
  public static final class Builder {
    private final List<Absence> absences = new ArrayList<>();

    private Builder() {}

    /**
     * {@code member} is away from {@code from} until {@code until}, in every tenant.
     *
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public Builder away(String member, Instant from, Instant until) {
      return add(null, member, from, until);
    }

    /**
     * {@code member} of {@code tenant} is away from {@code from} until {@code until}.
     *
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public Builder away(TenantId tenant, String member, Instant from, Instant until) {
      return add(Checks.notNull("tenant", tenant), member, from, until);
    }

    private Builder add(@Nullable TenantId tenant, String member, Instant from, Instant until) {
      Checks.notNull("from", from);
      Checks.notNull("until", until);
      Checks.check(until.isAfter(from), "absence end", "after its start " + from, until);
      absences.add(new Absence(tenant, Member.of(member), from, until));
      return this;
    }

    /** Builds the schedule. */
    public OutOfOffice build() {
      return new OutOfOffice(absences);
    }
  }
}
