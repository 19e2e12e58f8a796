package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.FollowUpCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A case as one respondent's export shows it: nothing of another respondent. Pure.
 *
 * <ul>
 *   <li>{@link FollowUpCase#respondents()} holds only the subject; linked response ids only the
 *       subject's (the source response id always stays: the case's identity needs it);
 *   <li>audit entries that link another respondent or another person's response are left out;
 *   <li>on a case opened from someone else's response (a problem case the subject was linked to),
 *       the notes and the resolution summary are left out too: they are about the problem and its
 *       other people, not the subject. The customer message stays (it was sent to them).
 * </ul>
 */
public final class ExportView {
  private ExportView() {}

  /** {@code c} as seen by {@code who}, whose responses are {@code ownResponseIds}. */
  public static FollowUpCase forSubject(
      FollowUpCase c, RespondentId who, Set<String> ownResponseIds) {
    boolean ownCase = ownResponseIds.contains(c.sourceResponseId());
    List<String> responses = new ArrayList<>();
    for (String id : c.responseIds()) {
      if (ownResponseIds.contains(id)) {
        responses.add(id);
      }
    }
    List<AuditEntry> audit = new ArrayList<>();
    for (AuditEntry e : c.audit()) {
      boolean foreign =
          (AuditEntry.RESPONDENT.equals(e.field()) && !who.value().equals(e.to()))
              || (AuditEntry.RESPONSE.equals(e.field())
                  && (e.to() == null || !ownResponseIds.contains(e.to())));
      if (!foreign) {
        audit.add(e);
      }
    }
    FollowUpCase.Builder b =
        c.toBuilder()
            .respondents(c.respondents().contains(who) ? List.of(who) : List.of())
            .responseIds(responses)
            .audit(audit);
    if (!ownCase) {
      b.notes(List.of()).resolutionSummary(null);
    }
    return b.build();
  }
}
