package io.feedbackloop.routing.insight;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.List;

/**
 * What {@link RecurringIssueResponder#respond} did with one {@code RecurringIssueDetected} event.
 * Holds ids only.
 *
 * @param issueId the episode
 * @param sequence the event's sequence number within the episode
 * @param caseId the problem case of the episode
 * @param caseCreated true if this call opened the case (false: an earlier event, a replay or
 *     another node opened it)
 * @param linkedResponseIds the responses this call linked to the case, in event order (those linked
 *     before are left out)
 * @param linkedRespondents the respondents this call linked, in event order
 * @param alertQueued true if this call queued the team alert
 * @param skippedIds how many response or respondent ids of the event could not be linked because
 *     they are not valid ids (a response id that is not an identifier, a respondent id with an
 *     {@code @} or a control character); they are never logged
 */
public record RespondedIssue(
    String issueId,
    int sequence,
    CaseId caseId,
    boolean caseCreated,
    List<String> linkedResponseIds,
    List<RespondentId> linkedRespondents,
    boolean alertQueued,
    int skippedIds) {

  /**
   * Creates the value; the lists are copied.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sequence < 1} or {@code skippedIds < 0}
   */
  public RespondedIssue {
    Checks.notNull("issueId", issueId);
    Checks.notNull("caseId", caseId);
    Checks.check(sequence >= 1, "sequence", ">= 1", sequence);
    Checks.check(skippedIds >= 0, "skippedIds", ">= 0", skippedIds);
    linkedResponseIds = List.copyOf(linkedResponseIds);
    linkedRespondents = List.copyOf(linkedRespondents);
  }
}
