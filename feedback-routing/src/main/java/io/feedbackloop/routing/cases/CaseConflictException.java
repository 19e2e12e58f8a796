package io.feedbackloop.routing.cases;

/**
 * Someone changed the case since the caller read it: the version the caller expected is not the
 * stored one. Read the case again and retry the command if it still makes sense. Message: {@code
 * case c-12 was changed concurrently: expected version 3, but the stored version is 4}.
 */
public class CaseConflictException extends CaseException {
  private static final long serialVersionUID = 1L;

  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param caseId the case
   * @param expectedVersion the version the caller expected
   * @param actualVersion the stored version
   */
  public CaseConflictException(CaseId caseId, long expectedVersion, long actualVersion) {
    super(
        caseId,
        "case "
            + caseId
            + " was changed concurrently: expected version "
            + expectedVersion
            + ", but the stored version is "
            + actualVersion);
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The version the caller expected. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version that was stored when the command was refused. */
  public long actualVersion() {
    return actualVersion;
  }
}
