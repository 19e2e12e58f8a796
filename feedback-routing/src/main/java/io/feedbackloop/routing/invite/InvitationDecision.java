package io.feedbackloop.routing.invite;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@link InvitationService} decided for one touchpoint, and why: {@link Scheduled} (the
 * invitation goes out at the planned time), {@link Deferred} (it goes out later than planned, e.g.
 * after quiet hours) or {@link Suppressed} (no invitation, with a {@link ReasonCode} and details).
 * Immutable.
 */
public sealed interface InvitationDecision {

  /** Tells whether an invitation was recorded and queued ({@link Scheduled} or {@link Deferred}). */
  boolean invites();

  /** The survey the decision is about; empty only for {@link ReasonCode#NO_PLAN}. */
  Optional<String> surveyId();

  /**
   * The invitation is recorded and queued for the planned send time.
   *
   * @param invitationId the invitation's id (also the message's idempotency key)
   * @param survey the survey
   * @param channel the outbox channel it goes through
   * @param sendAt when it is sent (the outbox's not-before time)
   * @param reminderAt when the reminder is sent, if the plan has one
   */
  record Scheduled(
      String invitationId, String survey, String channel, Instant sendAt, Optional<Instant> reminderAt)
      implements InvitationDecision {
    /** Checks the parts. */
    public Scheduled {
      Checks.notBlank("invitationId", invitationId);
      Checks.notBlank("survey", survey);
      Checks.notBlank("channel", channel);
      Checks.notNull("sendAt", sendAt);
      Checks.notNull("reminderAt", reminderAt);
    }

    @Override
    public boolean invites() {
      return true;
    }

    @Override
    public Optional<String> surveyId() {
      return Optional.of(survey);
    }
  }

  /**
   * The invitation is recorded and queued, but for later than planned.
   *
   * @param invitationId the invitation's id (also the message's idempotency key)
   * @param survey the survey
   * @param channel the outbox channel it goes through
   * @param plannedAt when it would have been sent
   * @param until when it is sent instead (the outbox's not-before time)
   * @param reason why ({@link ReasonCode#QUIET_HOURS})
   * @param reminderAt when the reminder is sent, if the plan has one
   */
  record Deferred(
      String invitationId,
      String survey,
      String channel,
      Instant plannedAt,
      Instant until,
      ReasonCode reason,
      Optional<Instant> reminderAt)
      implements InvitationDecision {
    /** Checks the parts; {@code until} is after {@code plannedAt}. */
    public Deferred {
      Checks.notBlank("invitationId", invitationId);
      Checks.notBlank("survey", survey);
      Checks.notBlank("channel", channel);
      Checks.notNull("plannedAt", plannedAt);
      Checks.notNull("until", until);
      Checks.check(until.isAfter(plannedAt), "until", "after plannedAt " + plannedAt, until);
      Checks.notNull("reason", reason);
      Checks.notNull("reminderAt", reminderAt);
    }

    @Override
    public boolean invites() {
      return true;
    }

    @Override
    public Optional<String> surveyId() {
      return Optional.of(survey);
    }
  }

  /**
   * No invitation.
   *
   * @param survey the survey, empty for {@link ReasonCode#NO_PLAN}
   * @param reason the machine-readable reason
   * @param details structured details, in a stable order: e.g. {@code cap}, {@code max}, {@code
   *     period}, {@code count} for a frequency cap; {@code invitationId} for a duplicate; {@code
   *     rate} and {@code sample} for sampling; never personal data
   * @param nextAllowedAt the earliest time the same check could pass, when it can be told (a
   *     cooldown's end, the start of the next quota period, when a counted invitation leaves a cap's
   *     window)
   */
  record Suppressed(
      Optional<String> survey,
      ReasonCode reason,
      Map<String, String> details,
      Optional<Instant> nextAllowedAt)
      implements InvitationDecision {
    /** Checks the parts and copies the details. */
    public Suppressed {
      Checks.notNull("survey", survey);
      Checks.notNull("reason", reason);
      details = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull("details", details)));
      Checks.notNull("nextAllowedAt", nextAllowedAt);
    }

    @Override
    public boolean invites() {
      return false;
    }

    @Override
    public Optional<String> surveyId() {
      return survey;
    }
  }
}
