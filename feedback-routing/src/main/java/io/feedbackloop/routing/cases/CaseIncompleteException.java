package io.feedbackloop.routing.cases;

/**
 * A case cannot be resolved or closed because the {@link ClosePolicy} requires something it does
 * not have, e.g. {@code case c-12 cannot be closed: the close policy requires a root cause, but
 * none was given}.
 */
public class CaseIncompleteException extends CaseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param caseId the case
   * @param message the whole message
   */
  public CaseIncompleteException(CaseId caseId, String message) {
    super(caseId, message);
  }
}
