package io.feedbackloop.routing.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void quotaPeriodsAreEpochAlignedUtcBuckets() {
    Quota perDay = Quota.of(500, Duration.ofDays(1));
    Instant t = Instant.parse("2026-03-02T23:59:59Z");
    assertThat(perDay.periodStart(t)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(perDay.nextPeriodStart(t)).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    assertThat(perDay.periodStart(Instant.parse("2026-03-03T00:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    assertThat(Quota.of(1, Duration.ofHours(1)).periodStart(Instant.parse("1969-12-31T23:30:00Z")))
        .isEqualTo(Instant.parse("1969-12-31T23:00:00Z"));
  }

  @Test
  void quotaChecksItsParts() {
    assertThatThrownBy(() -> Quota.of(0, Duration.ofDays(1)))
        .hasMessage("max must be > 0, but was 0");
    assertThatThrownBy(() -> Quota.of(1, Duration.ofMillis(1500)))
        .hasMessage("period must be whole seconds >= PT1S, but was PT1.5S");
    assertThatThrownBy(() -> Quota.of(1, Duration.ZERO))
        .hasMessage("period must be whole seconds >= PT1S, but was PT0S");
  }

  @Test
  void frequencyCapChecksItsParts() {
    assertThatThrownBy(() -> FrequencyCap.of(-3, Duration.ofDays(1)))
        .hasMessage("max must be > 0, but was -3");
    assertThatThrownBy(() -> FrequencyCap.of(1, Duration.ZERO))
        .hasMessage("period must be > 0, but was PT0S");
    assertThatThrownBy(() -> FrequencyCap.of(1, Duration.ofDays(-1)))
        .hasMessage("period must be > 0, but was PT-24H");
    assertThat(FrequencyCap.unlimited().isUnlimited()).isTrue();
    assertThat(FrequencyCap.of(3, Duration.ofDays(1)).isUnlimited()).isFalse();
  }

  @Test
  void contactPolicyDefaultsAreTheDocumentedOnes() {
    ContactPolicy p = ContactPolicy.ofDefaults();
    assertThat(p.perRespondent()).isEqualTo(FrequencyCap.of(2, Duration.ofDays(30)));
    assertThat(p.perSurvey()).isEqualTo(FrequencyCap.of(1, Duration.ofDays(30)));
    assertThat(p.perChannel()).isEqualTo(FrequencyCap.of(1, Duration.ofDays(7)));
    assertThat(p.cooldownAfterAnswer()).isEqualTo(Duration.ofDays(14));
    assertThat(p.quietHours()).contains(QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0)));
    assertThat(p.defaultZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(p.longestCapPeriod()).isEqualTo(Duration.ofDays(30));
    assertThat(ContactPolicy.builder().noQuietHours().build().quietHours()).isEmpty();
  }

  @Test
  void longestCapPeriodIgnoresUnlimitedCaps() {
    ContactPolicy p =
        ContactPolicy.builder()
            .perRespondent(FrequencyCap.unlimited())
            .perSurvey(FrequencyCap.of(1, Duration.ofDays(3)))
            .perChannel(FrequencyCap.of(1, Duration.ofDays(5)))
            .build();
    assertThat(p.longestCapPeriod()).isEqualTo(Duration.ofDays(5));
    ContactPolicy none =
        ContactPolicy.builder()
            .perRespondent(FrequencyCap.unlimited())
            .perSurvey(FrequencyCap.unlimited())
            .perChannel(FrequencyCap.unlimited())
            .build();
    assertThat(none.longestCapPeriod()).isEqualTo(Duration.ZERO);
  }

  @Test
  void contactPolicyRejectsNegativeCooldown() {
    assertThatThrownBy(() -> ContactPolicy.builder().cooldownAfterAnswer(Duration.ofHours(-1)))
        .hasMessage("cooldownAfterAnswer must be >= 0, but was PT-1H");
  }

  @Test
  void planDefaultsAndChannelChoice() {
    InvitationPlan plan =
        InvitationPlan.builder("post-delivery").eventTypes("order.delivered").allowChannels("sms").build();
    assertThat(plan.surveyName()).isEqualTo("post-delivery");
    assertThat(plan.eventTypes()).containsExactly("order.delivered");
    assertThat(plan).hasToString("InvitationPlan[survey=post-delivery, eventTypes=[order.delivered]]");
    assertThat(plan.delay()).isEqualTo(Duration.ZERO);
    assertThat(plan.defaultChannel()).isEqualTo("email");
    assertThat(plan.allowedChannels()).containsExactlyInAnyOrder("email", "sms");
    assertThat(plan.samplingRate()).isEqualTo(1.0);
    assertThat(plan.samplingSeed()).isEmpty();
    assertThat(plan.quota()).isEmpty();
    assertThat(plan.linkValidity()).isEqualTo(Duration.ofDays(7));
    assertThat(plan.reminderAfter()).isEmpty();
    assertThat(plan.channelFor(Optional.of("sms"))).isEqualTo("sms");
    assertThat(plan.channelFor(Optional.of("whatsapp"))).isEqualTo("email");
    assertThat(plan.channelFor(Optional.empty())).isEqualTo("email");
  }

  @Test
  void planValidation() {
    assertThatThrownBy(() -> InvitationPlan.builder("s").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("plan for survey s needs at least one event type");
    assertThatThrownBy(
            () ->
                InvitationPlan.builder("s")
                    .eventTypes("e")
                    .linkValidity(Duration.ofDays(3))
                    .reminderAfter(Duration.ofDays(3))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("reminderAfter must be < linkValidity PT72H, but was PT72H");
    assertThatThrownBy(() -> InvitationPlan.builder("s").samplingRate(1.5))
        .hasMessage("samplingRate must be within [0, 1], but was 1.5");
    assertThatThrownBy(() -> InvitationPlan.builder("s").samplingRate(-0.1))
        .hasMessage("samplingRate must be within [0, 1], but was -0.1");
    assertThatThrownBy(() -> InvitationPlan.builder("s").delay(Duration.ofHours(-1)))
        .hasMessage("delay must be >= 0, but was PT-1H");
    assertThatThrownBy(() -> InvitationPlan.builder("bad id"))
        .hasMessageStartingWith("surveyId must be 1-64 characters");
  }

  @Test
  void touchpointRequiresItsPartsAndHidesAttributesInToString() {
    Touchpoint tp =
        Touchpoint.builder()
            .tenant(TenantId.of("acme"))
            .respondent("c-1")
            .eventType("order.delivered")
            .eventId("o-1")
            .occurredAt(Instant.parse("2026-03-02T09:00:00Z"))
            .attribute("city", "Malmö")
            .build();
    assertThat(tp.toString())
        .isEqualTo(
            "Touchpoint[tenant=acme, respondent=c-1, eventType=order.delivered, eventId=o-1,"
                + " occurredAt=2026-03-02T09:00:00Z]");
    assertThat(tp.attributes()).containsEntry("city", "Malmö");
    assertThatThrownBy(() -> Touchpoint.builder().tenant(TenantId.of("acme")).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("respondent must not be null");
    assertThatThrownBy(() -> Touchpoint.builder().eventId("has space"))
        .hasMessage("eventId must be printable ASCII without spaces, but was 'has space'");
  }
}
