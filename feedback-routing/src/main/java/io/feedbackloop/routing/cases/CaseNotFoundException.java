package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;

/** There is no case with this id in this tenant. Message: {@code no case c-12 in tenant acme}. */
public class CaseNotFoundException extends CaseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param tenant the tenant that was searched
   * @param caseId the id that was not found
   */
  public CaseNotFoundException(TenantId tenant, CaseId caseId) {
    super(caseId, "no case " + caseId + " in tenant " + tenant);
  }
}
