package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.assign.Member;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.internal.rules.Checks;

/**
 * Where an escalation notice for a team member goes: the {@link Recipient} the outbox delivers to.
 * The SDK knows members by id only; the host maps them to a chat handle, an e-mail address or an
 * internal destination its channel knows.
 *
 * <p>Implementations must be thread-safe and must not block (called inside the transaction that
 * fires a step). One that throws fails that step's transaction; the step fires on a later run.
 */
@FunctionalInterface
public interface StaffRecipients {

  /**
   * The recipient of notices for {@code member} of {@code tenant}.
   *
   * @param tenant the tenant of the case
   * @param member the member to notify
   */
  Recipient recipientOf(TenantId tenant, Member member);

  /**
   * The default: {@link Recipient#team(String)} named by the member's id, for channels (Slack,
   * Teams, webhooks) that resolve the id themselves.
   */
  static StaffRecipients byMemberId() {
    return (tenant, member) -> Recipient.team(Checks.notNull("member", member).id());
  }
}
