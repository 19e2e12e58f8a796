package io.feedbackloop.routing.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.sla.Milestone;
import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import java.time.Instant;
import java.util.Optional;

/**
 * Something a {@link FeedbackLoop} did that a host may want to know, handed to its {@link
 * LoopListener}s. Events carry ids, never free text or contact details.
 *
 * <p>Events of a unit of work (a submit, a case resolution, a fired escalation step) are published
 * only after it committed, never for one that rolled back. Immutable values.
 */
public sealed interface LoopEvent {

  /** The tenant the event belongs to. */
  TenantId tenant();

  /** When it happened, on the loop's clock. */
  Instant at();

  /**
   * A response was stored (a replay of a stored response publishes nothing).
   *
   * @param tenant the tenant
   * @param responseId the stored response's id
   * @param surveyId the survey it answers
   * @param at when it was stored
   */
  record ResponseRecorded(TenantId tenant, String responseId, String surveyId, Instant at)
      implements LoopEvent {
    /** Checks the parts. */
    public ResponseRecorded {
      Checks.notNull("tenant", tenant);
      Checks.notNull("responseId", responseId);
      Checks.notNull("surveyId", surveyId);
      Checks.notNull("at", at);
    }
  }

  /**
   * A rule opened a case for a response.
   *
   * @param tenant the tenant
   * @param caseId the new case
   * @param responseId the response that caused it
   * @param ruleId the rule that asked for it
   * @param team the owning team
   * @param owner the member it was assigned to, if the assigner chose one
   * @param at when it was opened
   */
  record CaseOpened(
      TenantId tenant,
      CaseId caseId,
      String responseId,
      String ruleId,
      String team,
      Optional<String> owner,
      Instant at)
      implements LoopEvent {
    /** Checks the parts. */
    public CaseOpened {
      Checks.notNull("tenant", tenant);
      Checks.notNull("caseId", caseId);
      Checks.notNull("responseId", responseId);
      Checks.notNull("ruleId", ruleId);
      Checks.notNull("team", team);
      Checks.notNull("owner", owner);
      Checks.notNull("at", at);
    }
  }

  /**
   * A case was resolved through {@link FeedbackLoop#resolveCase}.
   *
   * @param tenant the tenant
   * @param caseId the case
   * @param outcomeMessageQueued whether a message telling the customer the outcome was queued
   * @param at when it was resolved
   */
  record CaseResolved(TenantId tenant, CaseId caseId, boolean outcomeMessageQueued, Instant at)
      implements LoopEvent {
    /** Checks the parts. */
    public CaseResolved {
      Checks.notNull("tenant", tenant);
      Checks.notNull("caseId", caseId);
      Checks.notNull("at", at);
    }
  }

  /**
   * An SLA escalation step fired on an open case (a reminder before the due time, a breach, or an
   * escalation after it).
   *
   * @param tenant the tenant
   * @param caseId the case
   * @param stepId the step of the escalation ladder, e.g. {@code first-contact-breach}
   * @param milestone whose clock the step watches
   * @param at when it fired
   */
  record SlaBreached(TenantId tenant, CaseId caseId, String stepId, Milestone milestone, Instant at)
      implements LoopEvent {
    /** Checks the parts. */
    public SlaBreached {
      Checks.notNull("tenant", tenant);
      Checks.notNull("caseId", caseId);
      Checks.notNull("stepId", stepId);
      Checks.notNull("milestone", milestone);
      Checks.notNull("at", at);
    }
  }

  /**
   * The outbox gave up on a message (out of attempts, a permanent failure, an unknown channel).
   *
   * @param tenant the tenant
   * @param idempotencyKey the message's key (use it to requeue after fixing the cause)
   * @param channel the channel it was for
   * @param reason the reason recorded, free of personal data
   * @param at when it was dead-lettered
   */
  record MessageDead(
      TenantId tenant, String idempotencyKey, String channel, String reason, Instant at)
      implements LoopEvent {
    /** Checks the parts. */
    public MessageDead {
      Checks.notNull("tenant", tenant);
      Checks.notNull("idempotencyKey", idempotencyKey);
      Checks.notNull("channel", channel);
      Checks.notNull("reason", reason);
      Checks.notNull("at", at);
    }
  }

  /**
   * The configured recurring-issue detector saw a topic spike.
   *
   * @param tenant the tenant of the response that completed the spike
   * @param issue what the detector found
   * @param at when the response was stored
   */
  record RecurringIssueFound(TenantId tenant, RecurringIssueDetected issue, Instant at)
      implements LoopEvent {
    /** Checks the parts. */
    public RecurringIssueFound {
      Checks.notNull("tenant", tenant);
      Checks.notNull("issue", issue);
      Checks.notNull("at", at);
    }
  }

  /**
   * A respondent's data was erased through {@link FeedbackLoop#erase}.
   *
   * @param tenant the tenant
   * @param respondent the respondent
   * @param erasure what was erased
   * @param at when
   */
  record RespondentErased(
      TenantId tenant, RespondentId respondent, RespondentErasure erasure, Instant at)
      implements LoopEvent {
    /** Checks the parts. */
    public RespondentErased {
      Checks.notNull("tenant", tenant);
      Checks.notNull("respondent", respondent);
      Checks.notNull("erasure", erasure);
      Checks.notNull("at", at);
    }
  }
}
