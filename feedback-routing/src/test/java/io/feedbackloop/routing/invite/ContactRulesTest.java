package io.feedbackloop.routing.invite;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.invite.Candidate;
import io.feedbackloop.routing.internal.invite.ContactRules;
import io.feedbackloop.routing.internal.invite.OpenCase;
import io.feedbackloop.routing.suppression.Suppression;
import io.feedbackloop.routing.suppression.SuppressionReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contact policy as a pure function: one test per reason code it can produce, and the edges. */
class ContactRulesTest {
  static final TenantId TENANT = TenantId.of("acme");
  static final RespondentId WHO = RespondentId.of("c-1");
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z"); // a Monday, 10:00 in Stockholm
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private ContactPolicy policy =
      ContactPolicy.builder()
          .perRespondent(FrequencyCap.of(3, Duration.ofDays(30)))
          .perSurvey(FrequencyCap.of(1, Duration.ofDays(30)))
          .perChannel(FrequencyCap.of(2, Duration.ofDays(7)))
          .cooldownAfterAnswer(Duration.ofDays(14))
          .build();
  private InvitationPlan.Builder plan =
      InvitationPlan.builder("post-delivery").eventTypes("order.delivered").allowChannels("sms");
  private Touchpoint.Builder touchpoint =
      Touchpoint.builder()
          .tenant(TENANT)
          .respondent(WHO)
          .eventType("order.delivered")
          .eventId("o-1")
          .occurredAt(NOW)
          .zone(STOCKHOLM);
  private Optional<Suppression> suppression = Optional.empty();
  private OpenCase openCase = OpenCase.NONE;
  private double sample = 0.5;
  private final List<Invitation> history = new ArrayList<>();
  private Optional<Instant> lastAnswer = Optional.empty();
  private int quotaUsed;

  private InvitationDecision decide() {
    InvitationPlan p = plan.build();
    Touchpoint tp = touchpoint.build();
    return ContactRules.evaluate(
        new Candidate(
            policy, p, tp, "inv-1", p.channelFor(tp.preferredChannel()), suppression, openCase,
            sample, history, lastAnswer, quotaUsed, NOW));
  }

  private static Invitation sent(String survey, String channel, Instant sendAt) {
    return new Invitation(
        TENANT, "inv-" + survey + "-" + sendAt.getEpochSecond(), WHO, survey, "e-" + sendAt.getEpochSecond(),
        channel, sendAt, sendAt, Optional.empty(), Optional.empty());
  }

  private InvitationDecision.Suppressed suppressed() {
    InvitationDecision d = decide();
    assertThat(d).isInstanceOf(InvitationDecision.Suppressed.class);
    assertThat(d.invites()).isFalse();
    return (InvitationDecision.Suppressed) d;
  }

  @Test
  void schedulesAtEventTimePlusDelay() {
    plan.delay(Duration.ofHours(2));
    assertThat(decide())
        .isEqualTo(
            new InvitationDecision.Scheduled(
                "inv-1", "post-delivery", "email", NOW.plus(Duration.ofHours(2)), Optional.empty()));
  }

  @Test
  void aLateEventIsSentNowNotInThePast() {
    touchpoint.occurredAt(NOW.minus(Duration.ofDays(3)));
    plan.delay(Duration.ofHours(24));
    InvitationDecision.Scheduled s = (InvitationDecision.Scheduled) decide();
    assertThat(s.sendAt()).isEqualTo(NOW);
  }

  @Test
  void preferredChannelIsUsedWhenAllowed() {
    touchpoint.preferredChannel("sms");
    assertThat(((InvitationDecision.Scheduled) decide()).channel()).isEqualTo("sms");
  }

  @Test
  void suppressionListEntrySuppresses() {
    suppression =
        Optional.of(
            new Suppression(TENANT, WHO, Suppression.ALL_CHANNELS, SuppressionReason.UNSUBSCRIBED, NOW));
    InvitationDecision.Suppressed s = suppressed();
    assertThat(s.reason()).isEqualTo(ReasonCode.SUPPRESSED);
    assertThat(s.surveyId()).contains("post-delivery");
    assertThat(s.details())
        .containsEntry("channel", "email")
        .containsEntry("suppressionReason", "UNSUBSCRIBED")
        .containsEntry("suppressionChannel", "*");
    assertThat(s.nextAllowedAt()).isEmpty();
  }

  @Test
  void openCaseSuppresses() {
    openCase = OpenCase.OPEN;
    assertThat(suppressed().reason()).isEqualTo(ReasonCode.OPEN_CASE);
  }

  @Test
  void failedOpenCaseCheckSuppresses() {
    openCase = OpenCase.CHECK_FAILED;
    assertThat(suppressed().reason()).isEqualTo(ReasonCode.OPEN_CASE_CHECK_FAILED);
  }

  @Test
  void sampleAtOrAboveRateIsSampledOut() {
    plan.samplingRate(0.25);
    sample = 0.25;
    InvitationDecision.Suppressed s = suppressed();
    assertThat(s.reason()).isEqualTo(ReasonCode.SAMPLED_OUT);
    assertThat(s.details()).containsEntry("rate", "0.25").containsEntry("sample", "0.25");
    sample = 0.2499;
    assertThat(decide().invites()).isTrue();
  }

  @Test
  void rateZeroSamplesEveryoneOut() {
    plan.samplingRate(0);
    sample = 0.0;
    assertThat(suppressed().reason()).isEqualTo(ReasonCode.SAMPLED_OUT);
  }

  @Test
  void answerWithinCooldownSuppressesUntilItEnds() {
    lastAnswer = Optional.of(NOW.minus(Duration.ofDays(10)));
    InvitationDecision.Suppressed s = suppressed();
    assertThat(s.reason()).isEqualTo(ReasonCode.COOLDOWN_AFTER_ANSWER);
    assertThat(s.nextAllowedAt()).contains(NOW.plus(Duration.ofDays(4)));
    assertThat(s.details())
        .containsEntry("lastAnswerAt", NOW.minus(Duration.ofDays(10)).toString())
        .containsEntry("cooldown", "PT336H");
  }

  @Test
  void cooldownEndsExactlyAfterItsLength() {
    lastAnswer = Optional.of(NOW.minus(Duration.ofDays(14)));
    assertThat(decide().invites()).isTrue();
  }

  @Test
  void cooldownIsCheckedAgainstTheSendTime() {
    lastAnswer = Optional.of(NOW.minus(Duration.ofDays(13)));
    plan.delay(Duration.ofDays(1));
    assertThat(decide().invites()).isTrue();
  }

  @Test
  void capAcrossAllSurveys() {
    policy = ContactPolicy.builder().perRespondent(FrequencyCap.of(2, Duration.ofDays(30)))
        .perSurvey(FrequencyCap.unlimited()).perChannel(FrequencyCap.unlimited()).build();
    history.add(sent("support", "email", NOW.minus(Duration.ofDays(20))));
    history.add(sent("onboarding", "sms", NOW.minus(Duration.ofDays(5))));
    InvitationDecision.Suppressed s = suppressed();
    assertThat(s.reason()).isEqualTo(ReasonCode.FREQUENCY_CAP_ALL);
    assertThat(s.details())
        .containsEntry("max", "2")
        .containsEntry("period", "PT720H")
        .containsEntry("count", "2");
    // the older one leaves the window 30 days after it was sent
    assertThat(s.nextAllowedAt()).contains(NOW.plus(Duration.ofDays(10)));
  }

  @Test
  void capPerSurvey() {
    history.add(sent("post-delivery", "sms", NOW.minus(Duration.ofDays(29))));
    InvitationDecision.Suppressed s = suppressed();
    assertThat(s.reason()).isEqualTo(ReasonCode.FREQUENCY_CAP_SURVEY);
    assertThat(s.details()).containsEntry("count", "1").containsEntry("max", "1");
    assertThat(s.nextAllowedAt()).contains(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void capPerChannel() {
    history.add(sent("support", "email", NOW.minus(Duration.ofDays(2))));
    history.add(sent("onboarding", "email", NOW.minus(Duration.ofDays(1))));
    InvitationDecision.Suppressed s = suppressed();
    assertThat(s.reason()).isEqualTo(ReasonCode.FREQUENCY_CAP_CHANNEL);
    assertThat(s.details()).containsEntry("channel", "email").containsEntry("count", "2");
    assertThat(s.nextAllowedAt()).contains(NOW.plus(Duration.ofDays(5)));
  }

  @Test
  void otherChannelsDoNotCountForTheChannelCap() {
    history.add(sent("support", "sms", NOW.minus(Duration.ofDays(2))));
    history.add(sent("onboarding", "sms", NOW.minus(Duration.ofDays(1))));
    assertThat(decide().invites()).isTrue();
  }

  @Test
  void aCapWindowIsOpenAtItsEnd() {
    history.add(sent("post-delivery", "email", NOW.minus(Duration.ofDays(30))));
    assertThat(decide().invites()).isTrue();
  }

  @Test
  void invitationsQueuedForLaterCountToo() {
    history.add(sent("post-delivery", "email", NOW.plus(Duration.ofDays(1))));
    InvitationDecision.Suppressed s = suppressed();
    assertThat(s.reason()).isEqualTo(ReasonCode.FREQUENCY_CAP_SURVEY);
    // it only leaves the window 30 days after its own send time
    assertThat(s.nextAllowedAt()).contains(NOW.plus(Duration.ofDays(31)));
  }

  @Test
  void nextAllowedSkipsTimesWhenTheCapIsStillFull() {
    policy = ContactPolicy.builder().perRespondent(FrequencyCap.of(1, Duration.ofDays(10)))
        .perSurvey(FrequencyCap.unlimited()).perChannel(FrequencyCap.unlimited()).build();
    history.add(sent("a", "email", NOW.minus(Duration.ofDays(5))));
    history.add(sent("b", "sms", NOW.plus(Duration.ofDays(8))));
    InvitationDecision.Suppressed s = suppressed();
    assertThat(s.details()).containsEntry("count", "2");
    // at NOW+5d the first leaves, but the second is still within 10 days; at NOW+18d both are out
    assertThat(s.nextAllowedAt()).contains(NOW.plus(Duration.ofDays(18)));
  }

  @Test
  void quotaExhaustedUntilTheNextPeriod() {
    plan.quota(Quota.of(500, Duration.ofDays(1)));
    quotaUsed = 500;
    InvitationDecision.Suppressed s = suppressed();
    assertThat(s.reason()).isEqualTo(ReasonCode.QUOTA_EXHAUSTED);
    assertThat(s.details())
        .containsEntry("max", "500")
        .containsEntry("count", "500")
        .containsEntry("periodStart", "2026-03-02T00:00:00Z");
    assertThat(s.nextAllowedAt()).contains(Instant.parse("2026-03-03T00:00:00Z"));
    quotaUsed = 499;
    assertThat(decide().invites()).isTrue();
  }

  @Test
  void quietHoursDeferToTheirEndWithoutDropping() {
    touchpoint.occurredAt(Instant.parse("2026-03-02T20:30:00Z")); // 21:30 CET
    InvitationDecision d = decide();
    assertThat(d)
        .isEqualTo(
            new InvitationDecision.Deferred(
                "inv-1", "post-delivery", "email", Instant.parse("2026-03-02T20:30:00Z"),
                Instant.parse("2026-03-03T07:00:00Z"), ReasonCode.QUIET_HOURS, Optional.empty()));
    assertThat(d.invites()).isTrue();
  }

  @Test
  void quietHoursAreCheckedAtTheSendTimeIncludingTheDelay() {
    plan.delay(Duration.ofHours(12)); // 10:00 + 12 h = 22:00 local
    InvitationDecision.Deferred d = (InvitationDecision.Deferred) decide();
    assertThat(d.plannedAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
    assertThat(d.until()).isEqualTo(Instant.parse("2026-03-03T07:00:00Z"));
  }

  @Test
  void respondentsWithoutZoneUseThePolicyDefault() {
    touchpoint =
        Touchpoint.builder()
            .tenant(TENANT)
            .respondent(WHO)
            .eventType("order.delivered")
            .eventId("o-1")
            .occurredAt(Instant.parse("2026-03-03T07:30:00Z"));
    // 07:30 UTC is quiet in UTC (the default zone) but would not be in Stockholm
    InvitationDecision.Deferred d = (InvitationDecision.Deferred) decide();
    assertThat(d.until()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
  }

  @Test
  void capsLookAtTheDeferredTime() {
    policy = ContactPolicy.builder().perRespondent(FrequencyCap.unlimited())
        .perSurvey(FrequencyCap.of(1, Duration.ofDays(1))).perChannel(FrequencyCap.unlimited()).build();
    touchpoint.occurredAt(Instant.parse("2026-03-02T20:30:00Z")); // deferred to 07:00Z next day
    history.add(sent("post-delivery", "email", Instant.parse("2026-03-01T21:00:00Z")));
    // 23.5 h before the planned time, but more than a day before the deferred time
    assertThat(decide().invites()).isTrue();
  }

  @Test
  void noQuietHoursMeansNoDeferral() {
    policy = ContactPolicy.builder().noQuietHours().build();
    touchpoint.occurredAt(Instant.parse("2026-03-02T22:30:00Z"));
    assertThat(decide()).isInstanceOf(InvitationDecision.Scheduled.class);
  }

  @Test
  void reminderFollowsAfterItsDelayOutsideQuietHours() {
    plan.reminderAfter(Duration.ofDays(3));
    assertThat(((InvitationDecision.Scheduled) decide()).reminderAt())
        .contains(NOW.plus(Duration.ofDays(3)));
    touchpoint.occurredAt(Instant.parse("2026-03-02T19:00:00Z")); // 20:00 local; +3 d is fine
    assertThat(((InvitationDecision.Scheduled) decide()).reminderAt())
        .contains(Instant.parse("2026-03-05T19:00:00Z"));
  }

  @Test
  void reminderInQuietHoursIsDeferredAndDroppedIfTheLinkExpiresFirst() {
    plan.reminderAfter(Duration.ofHours(12)); // 22:00 local -> 08:00 next day
    assertThat(((InvitationDecision.Scheduled) decide()).reminderAt())
        .contains(Instant.parse("2026-03-03T07:00:00Z"));
    plan.linkValidity(Duration.ofHours(20)); // the link expires at 06:00 local, before 08:00
    assertThat(((InvitationDecision.Scheduled) decide()).reminderAt()).isEmpty();
  }

  @Test
  void checksRunInTheDocumentedOrder() {
    suppression =
        Optional.of(new Suppression(TENANT, WHO, "email", SuppressionReason.HARD_BOUNCE, NOW));
    openCase = OpenCase.OPEN;
    sample = 0.99;
    plan.samplingRate(0.5);
    lastAnswer = Optional.of(NOW);
    assertThat(suppressed().reason()).isEqualTo(ReasonCode.SUPPRESSED);
    suppression = Optional.empty();
    assertThat(suppressed().reason()).isEqualTo(ReasonCode.OPEN_CASE);
    openCase = OpenCase.NONE;
    assertThat(suppressed().reason()).isEqualTo(ReasonCode.SAMPLED_OUT);
    sample = 0.1;
    assertThat(suppressed().reason()).isEqualTo(ReasonCode.COOLDOWN_AFTER_ANSWER);
  }

  @Test
  void historyWindowCoversTheLongestCapBothWays() {
    Instant[] w = ContactRules.historyWindow(policy, NOW);
    assertThat(w[0]).isEqualTo(NOW.minus(Duration.ofDays(30)));
    assertThat(w[1]).isEqualTo(NOW.plus(Duration.ofDays(30)).plusMillis(1));
  }
}
