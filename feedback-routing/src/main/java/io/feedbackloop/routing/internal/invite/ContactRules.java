package io.feedbackloop.routing.internal.invite;

import io.feedbackloop.routing.invite.ContactPolicy;
import io.feedbackloop.routing.invite.FrequencyCap;
import io.feedbackloop.routing.invite.Invitation;
import io.feedbackloop.routing.invite.InvitationDecision;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.QuietHours;
import io.feedbackloop.routing.invite.Quota;
import io.feedbackloop.routing.invite.ReasonCode;
import io.feedbackloop.routing.invite.Touchpoint;
import io.feedbackloop.routing.suppression.Suppression;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The contact policy as a pure function of (policy, plan, gathered facts, now): no I/O, no clock,
 * no randomness of its own.
 *
 * <p>Checks run in this order and the first that fails decides: suppression list, open case,
 * sampling, cooldown after an answer, the frequency caps (all surveys, survey, channel), the quota.
 * Quiet hours never suppress: they move the send time, and every later check looks at the moved
 * time.
 */
public final class ContactRules {
  private ContactRules() {}

  /** When the invitation of {@code touchpoint} under {@code plan} would go out. */
  public static SendTime sendTime(
      ContactPolicy policy, InvitationPlan plan, Touchpoint touchpoint, Instant now) {
    Instant due = touchpoint.occurredAt().plus(plan.delay());
    Instant planned = due.isBefore(now) ? now : due;
    ZoneId zone = touchpoint.zone().orElse(policy.defaultZone());
    Instant sendAt = policy.quietHours().map(q -> q.adjust(planned, zone)).orElse(planned);
    return new SendTime(planned, sendAt, zone);
  }

  /**
   * The range of send times whose invitations the caps can count for an invitation sent at {@code
   * sendAt}: {@code [from, to)}.
   */
  public static Instant[] historyWindow(ContactPolicy policy, Instant sendAt) {
    Duration p = policy.longestCapPeriod();
    return new Instant[] {sendAt.minus(p), sendAt.plus(p).plusMillis(1)};
  }

  /** Decides for one candidate. */
  public static InvitationDecision evaluate(Candidate c) {
    InvitationPlan plan = c.plan();
    ContactPolicy policy = c.policy();
    Optional<Suppression> suppression = c.suppression();
    if (suppression.isPresent()) {
      return suppressed(
          c,
          ReasonCode.SUPPRESSED,
          details(
              "channel", c.channel(),
              "suppressionReason", suppression.get().reason().name(),
              "suppressionChannel", suppression.get().channel()),
          Optional.empty());
    }
    if (c.openCase() == OpenCase.OPEN) {
      return suppressed(c, ReasonCode.OPEN_CASE, Map.of(), Optional.empty());
    }
    if (c.openCase() == OpenCase.CHECK_FAILED) {
      return suppressed(c, ReasonCode.OPEN_CASE_CHECK_FAILED, Map.of(), Optional.empty());
    }
    if (c.sample() >= plan.samplingRate()) {
      return suppressed(
          c,
          ReasonCode.SAMPLED_OUT,
          details("rate", Double.toString(plan.samplingRate()), "sample", Double.toString(c.sample())),
          Optional.empty());
    }
    SendTime time = sendTime(policy, plan, c.touchpoint(), c.now());
    Instant t = time.sendAt();
    Optional<Instant> lastAnswer = c.lastAnswer();
    if (lastAnswer.isPresent()) {
      Instant cooldownEnd = lastAnswer.get().plus(policy.cooldownAfterAnswer());
      if (t.isBefore(cooldownEnd)) {
        return suppressed(
            c,
            ReasonCode.COOLDOWN_AFTER_ANSWER,
            details(
                "lastAnswerAt", lastAnswer.get().toString(),
                "cooldown", policy.cooldownAfterAnswer().toString()),
            Optional.of(cooldownEnd));
      }
    }
    Optional<InvitationDecision> capped =
        cap(c, ReasonCode.FREQUENCY_CAP_ALL, policy.perRespondent(), i -> true, t);
    if (capped.isEmpty()) {
      capped =
          cap(c, ReasonCode.FREQUENCY_CAP_SURVEY, policy.perSurvey(),
              i -> i.surveyId().equals(plan.surveyId()), t);
    }
    if (capped.isEmpty()) {
      capped =
          cap(c, ReasonCode.FREQUENCY_CAP_CHANNEL, policy.perChannel(),
              i -> i.channel().equals(c.channel()), t);
    }
    if (capped.isPresent()) {
      return capped.get();
    }
    Optional<Quota> quota = plan.quota();
    if (quota.isPresent() && c.quotaUsed() >= quota.get().max()) {
      return suppressed(
          c,
          ReasonCode.QUOTA_EXHAUSTED,
          details(
              "max", Integer.toString(quota.get().max()),
              "period", quota.get().period().toString(),
              "periodStart", quota.get().periodStart(t).toString(),
              "count", Integer.toString(c.quotaUsed())),
          Optional.of(quota.get().nextPeriodStart(t)));
    }
    Optional<Instant> reminderAt = reminderAt(policy, plan, time);
    if (time.deferred()) {
      return new InvitationDecision.Deferred(
          c.invitationId(), plan.surveyId(), c.channel(), time.planned(), t, ReasonCode.QUIET_HOURS,
          reminderAt);
    }
    return new InvitationDecision.Scheduled(c.invitationId(), plan.surveyId(), c.channel(), t, reminderAt);
  }

  /**
   * When the reminder goes out: {@code reminderAfter} after the send time, moved out of quiet
   * hours; none if that is not before the link expires.
   */
  public static Optional<Instant> reminderAt(ContactPolicy policy, InvitationPlan plan, SendTime time) {
    Optional<Duration> after = plan.reminderAfter();
    if (after.isEmpty()) {
      return Optional.empty();
    }
    Instant due = time.sendAt().plus(after.get());
    Optional<QuietHours> quiet = policy.quietHours();
    Instant at = quiet.isPresent() ? quiet.get().adjust(due, time.zone()) : due;
    Instant expiry = time.sendAt().plus(plan.linkValidity());
    return at.isBefore(expiry) ? Optional.of(at) : Optional.empty();
  }

  /** The earliest time at or after {@code t} at which fewer than {@code max} scoped invitations are within the cap's period; empty if none can be told from the known history. */
  static Optional<Instant> nextAllowed(List<Invitation> scoped, FrequencyCap cap, Instant t) {
    TreeSet<Instant> candidates = new TreeSet<>();
    for (Invitation i : scoped) {
      Instant leaves = i.sendAt().plus(cap.period());
      if (leaves.isAfter(t)) {
        candidates.add(leaves);
      }
    }
    for (Instant at : candidates) {
      if (countWithin(scoped, cap.period(), at) < cap.max()) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  static int countWithin(List<Invitation> scoped, Duration period, Instant t) {
    int n = 0;
    for (Invitation i : scoped) {
      Duration gap = Duration.between(i.sendAt(), t).abs();
      if (gap.compareTo(period) < 0) {
        n++;
      }
    }
    return n;
  }

  private static Optional<InvitationDecision> cap(
      Candidate c, ReasonCode code, FrequencyCap cap, Predicate<Invitation> scope, Instant t) {
    if (cap.isUnlimited()) {
      return Optional.empty();
    }
    List<Invitation> scoped = new ArrayList<>();
    for (Invitation i : c.history()) {
      if (scope.test(i)) {
        scoped.add(i);
      }
    }
    int count = countWithin(scoped, cap.period(), t);
    if (count < cap.max()) {
      return Optional.empty();
    }
    return Optional.of(
        suppressed(
            c,
            code,
            details(
                "max", Integer.toString(cap.max()),
                "period", cap.period().toString(),
                "count", Integer.toString(count),
                "channel", c.channel()),
            nextAllowed(scoped, cap, t)));
  }

  private static InvitationDecision suppressed(
      Candidate c, ReasonCode code, Map<String, String> details, Optional<Instant> next) {
    return new InvitationDecision.Suppressed(Optional.of(c.plan().surveyId()), code, details, next);
  }

  private static Map<String, String> details(String... keyValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      out.put(keyValues[i], keyValues[i + 1]);
    }
    return out;
  }
}
