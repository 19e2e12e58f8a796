package io.feedbackloop.routing.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.internal.loop.ExportJson;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.invite.Invitation;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.routing.suppression.Suppression;
import java.util.List;

/**
 * Everything one loop holds about one respondent (a data-subject access export).
 *
 * @param tenant the tenant
 * @param respondent the respondent
 * @param responses their responses, oldest first
 * @param cases cases opened from their responses, oldest first
 * @param messages outbox messages addressed to them, in any state
 * @param invitations invitations sent to them, oldest first
 * @param suppressions their opt-outs and suppressions
 */
public record RespondentExport(
    TenantId tenant,
    RespondentId respondent,
    List<Response> responses,
    List<FollowUpCase> cases,
    List<OutboxMessage> messages,
    List<Invitation> invitations,
    List<Suppression> suppressions) {

  /** Checks the parts and copies the lists. */
  public RespondentExport {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    responses = List.copyOf(Checks.notNull("responses", responses));
    cases = List.copyOf(Checks.notNull("cases", cases));
    messages = List.copyOf(Checks.notNull("messages", messages));
    invitations = List.copyOf(Checks.notNull("invitations", invitations));
    suppressions = List.copyOf(Checks.notNull("suppressions", suppressions));
  }

  /** Records found in all. */
  public long total() {
    return (long) responses.size()
        + cases.size()
        + messages.size()
        + invitations.size()
        + suppressions.size();
  }

  /**
   * The export as one indented JSON document, for handing to the data subject. Fields in a fixed
   * order: {@code tenant}, {@code respondent}, {@code responses} (each in the SDK's response JSON
   * with every answer, comment and attribute), {@code cases}, {@code messages} (with their text),
   * {@code invitations}, {@code suppressions}; instants as ISO-8601, absent optional values left
   * out. A case shows only the subject's response ids (its source response id only if that
   * response is theirs). Nothing is masked: this is the subject's own data.
   */
  public String toJson() {
    return ExportJson.write(this);
  }
}
