package io.feedbackloop.routing.cases;

import io.feedbackloop.core.store.Page;
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
   * over all teams of the tenant, by paging through {@link CaseStore#query}. Each call reads the
   * member's open cases, so it suits teams whose members own up to some thousands of cases.
   *
   * @throws NullPointerException if {@code store} is null
   */
  public static Workload workload(CaseStore store) {
    Checks.notNull("store", store);
    return (tenant, member) -> {
      CaseQuery query = CaseQuery.builder(tenant).openOnly().owner(member.id()).build();
      int count = 0;
      String after = null;
      do {
        Page<FollowUpCase> page = store.query(query, CaseStore.MAX_PAGE_SIZE, after);
        count += page.items().size();
        after = page.next().orElse(null);
      } while (after != null);
      return count;
    };
  }
}
