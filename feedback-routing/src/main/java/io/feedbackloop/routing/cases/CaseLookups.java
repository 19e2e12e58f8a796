package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.assign.Workload;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.invite.OpenCaseCheck;

/**
 * Views of a {@link CaseStore} for the other parts of the SDK: the open-case check of invitations
 * (nobody is surveyed while their case is open) and the open-case counts of least-loaded
 * assignment. Stateless; the views are as thread-safe as the store.
 */
public final class CaseLookups {
  private CaseLookups() {}

  /**
   * An {@link OpenCaseCheck} backed by {@link CaseStore#hasOpenCase}.
   *
   * @throws NullPointerException if {@code store} is null
   */
  public static OpenCaseCheck openCaseCheck(CaseStore store) {
    Checks.notNull("store", store);
    return store::hasOpenCase;
  }

  /**
   * A {@link Workload} that counts the {@linkplain CaseStatus#isOpen() open} cases a member owns,
   * over all teams of the tenant, with {@link CaseStore#countOpenOwnedBy}: the stock stores answer
   * from an index, without reading the cases. Counts above {@link Integer#MAX_VALUE} are reported
   * as {@link Integer#MAX_VALUE}.
   *
   * @throws NullPointerException if {@code store} is null
   */
  public static Workload workload(CaseStore store) {
    Checks.notNull("store", store);
    return (tenant, member) -> {
      long count = store.countOpenOwnedBy(tenant, member.id());
      return (int) Math.min(Integer.MAX_VALUE, count);
    };
  }
}
