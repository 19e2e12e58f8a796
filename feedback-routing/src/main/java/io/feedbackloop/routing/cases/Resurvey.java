package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.cases.Micros;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * The re-survey of one closed case whose source answer was negative: whom it asks, when it was
 * scheduled, the invitation that carries it (or why the contact policy suppressed it) and, once
 * recorded, the answer. A case has at most one re-survey. Immutable; {@code toString()} prints ids,
 * scores and instants only. Instants are kept to the microsecond (truncated), the precision the
 * JDBC store keeps, so that a re-survey reads back equal to what was stored in every store.
 *
 * @param tenant the tenant
 * @param caseId the case re-surveyed
 * @param respondent the customer asked (the case's first respondent)
 * @param sourceScore the score of the response that opened the case
 * @param scheduledAt when the re-survey was scheduled
 * @param sendAt when the invitation is planned to go out (closing time plus the delay, as the
 *     contact policy moved it), or empty if suppressed
 * @param invitationId the invitation that carries the re-survey, or empty if suppressed
 * @param suppressedBecause the contact policy's {@linkplain io.feedbackloop.routing.invite.ReasonCode
 *     reason code} if no invitation goes out
 * @param answer the answer, once recorded
 */
public record Resurvey(
    TenantId tenant,
    CaseId caseId,
    RespondentId respondent,
    int sourceScore,
    Instant scheduledAt,
    Optional<Instant> sendAt,
    Optional<String> invitationId,
    Optional<String> suppressedBecause,
    Optional<ResurveyAnswer> answer) {

  /** Where a re-survey stands. */
  public enum Status {
    /** An invitation is queued or sent; no answer yet. */
    SCHEDULED,
    /** The contact policy suppressed the invitation; no answer will come through it. */
    SUPPRESSED,
    /** The answer is recorded. */
    ANSWERED
  }

  /**
   * Checks the parts and truncates the instants to the microsecond.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if exactly one of invitation id and suppression reason is not
   *     present, or the send time is present without an invitation
   */
  public Resurvey {
    Checks.notNull("tenant", tenant);
    Checks.notNull("caseId", caseId);
    Checks.notNull("respondent", respondent);
    Checks.notNull("scheduledAt", scheduledAt);
    Checks.notNull("sendAt", sendAt);
    Checks.notNull("invitationId", invitationId);
    Checks.notNull("suppressedBecause", suppressedBecause);
    Checks.notNull("answer", answer);
    scheduledAt = Micros.truncate(scheduledAt);
    sendAt = sendAt.map(Micros::truncate);
    Checks.check(
        invitationId.isPresent() != suppressedBecause.isPresent(),
        "invitationId and suppressedBecause of re-survey " + caseId,
        "exactly one present",
        invitationId + " and " + suppressedBecause);
    Checks.check(
        sendAt.isPresent() == invitationId.isPresent(),
        "sendAt of re-survey " + caseId,
        "present exactly with an invitation",
        sendAt);
  }

  /** Where it stands: answered, else suppressed or scheduled. */
  public Status status() {
    if (answer.isPresent()) {
      return Status.ANSWERED;
    }
    return invitationId.isPresent() ? Status.SCHEDULED : Status.SUPPRESSED;
  }

  /** A copy with {@code value} as its answer. */
  public Resurvey withAnswer(ResurveyAnswer value) {
    return new Resurvey(
        tenant,
        caseId,
        respondent,
        sourceScore,
        scheduledAt,
        sendAt,
        invitationId,
        suppressedBecause,
        Optional.of(Checks.notNull("answer", value)));
  }
}
