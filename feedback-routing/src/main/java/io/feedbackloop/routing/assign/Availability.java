package io.feedbackloop.routing.assign;

import io.feedbackloop.core.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a member can take a case at some instant (not out of office, on shift). Assignment skips
 * unavailable members.
 *
 * <p>Implementations must be thread-safe and fast (called once per member and assignment). One that
 * throws is caught by the {@link Assigner}, logged with ids only, and the member counts as
 * unavailable.
 */
@FunctionalInterface
public interface Availability {

  /**
   * Tells whether {@code member} of {@code tenant} can take a case at {@code at}.
   *
   * @param tenant the tenant the case belongs to
   * @param member the member
   * @param at the instant of the assignment
   */
  boolean isAvailable(TenantId tenant, Member member, Instant at);

  /** Everybody is always available. */
  static Availability always() {
    return (tenant, member, at) -> true;
  }

  /** Available when both this and {@code other} say so. */
  default Availability and(Availability other) {
    Objects.requireNonNull(other, "other must not be null");
    return (tenant, member, at) ->
        isAvailable(tenant, member, at) && other.isAvailable(tenant, member, at);
  }
}
