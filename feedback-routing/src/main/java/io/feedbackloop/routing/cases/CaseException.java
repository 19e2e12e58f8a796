package io.feedbackloop.routing.cases;

import io.feedbackloop.core.FeedbackException;

/**
 * A command on a follow-up case was refused. The message names the case by id, never its free
 * text. Unchecked.
 */
public class CaseException extends FeedbackException {
  private static final long serialVersionUID = 1L;

  private final CaseId caseId;

  /**
   * Creates the exception.
   *
   * @param caseId the case the command was about
   * @param message what was refused and why
   */
  public CaseException(CaseId caseId, String message) {
    super(message);
    this.caseId = caseId;
  }

  /** The case the refused command was about. */
  public CaseId caseId() {
    return caseId;
  }
}
