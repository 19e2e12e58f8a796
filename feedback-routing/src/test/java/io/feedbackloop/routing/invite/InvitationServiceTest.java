package io.feedbackloop.routing.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.suppression.Suppression;
import io.feedbackloop.routing.suppression.SuppressionReason;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InvitationServiceTest {
  static final TenantId ACME = TenantId.of("acme");
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final Locale SV = Locale.forLanguageTag("sv");
  static final MessageTemplate TEMPLATE =
      MessageTemplate.builder("invitation")
          .subject(Locale.ENGLISH, "About {{surveyName}}")
          .text(Locale.ENGLISH, "Answer: {{link}} / stop: {{unsubscribeLink}} ({{locale}})")
          .subject(SV, "Om {{surveyName}}")
          .text(SV, "Svara: {{link}}")
          .fallbackLocale(Locale.ENGLISH)
          .build();
  static final MessageTemplate REMINDER =
      MessageTemplate.builder("reminder").text(Locale.ENGLISH, "Reminder: {{link}}").build();

  final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z"); // 10:00 in Stockholm
  final InMemoryInvitationStore store = InMemoryInvitationStore.create();
  final RecordingOutbox outbox = new RecordingOutbox(store.unitOfWork());
  final CountingLinkIssuer links = new CountingLinkIssuer();
  final MapSuppressionList suppressions = new MapSuppressionList();

  InvitationPlan.Builder delivery() {
    return InvitationPlan.builder("post-delivery")
        .surveyName("Delivery survey")
        .eventTypes("order.delivered")
        .allowChannels("sms")
        .delay(Duration.ofHours(2));
  }

  InvitationService.Builder service(InvitationPlan plan) {
    return InvitationService.builder()
        .store(store)
        .outbox(outbox)
        .linkIssuer(links)
        .suppressionList(suppressions)
        .clock(clock)
        .random(new SplittableRandom(1))
        .plan(plan, TEMPLATE);
  }

  Touchpoint.Builder event(String respondent, String eventId) {
    return Touchpoint.builder()
        .tenant(ACME)
        .respondent(respondent)
        .eventType("order.delivered")
        .eventId(eventId)
        .occurredAt(clock.instant())
        .zone(STOCKHOLM);
  }

  @Test
  void schedulesRecordsLinksAndQueuesTheInvitation() {
    InvitationService svc = service(delivery().build()).build();
    InvitationDecision d = svc.onTouchpoint(event("c-1", "o-1").build());

    Instant sendAt = Instant.parse("2026-03-02T11:00:00Z");
    assertThat(d).isInstanceOf(InvitationDecision.Scheduled.class);
    InvitationDecision.Scheduled s = (InvitationDecision.Scheduled) d;
    assertThat(s.sendAt()).isEqualTo(sendAt);
    assertThat(s.channel()).isEqualTo("email");
    assertThat(s.invitationId()).matches("inv-[0-9a-f]{32}");

    Invitation stored = store.find(ACME, s.invitationId()).orElseThrow();
    assertThat(stored.sendAt()).isEqualTo(sendAt);
    assertThat(stored.eventId()).isEqualTo("o-1");
    assertThat(stored.createdAt()).isEqualTo(clock.instant());
    assertThat(links.issued()).isEqualTo(1);

    List<RecordingOutbox.Queued> queued = outbox.all();
    assertThat(queued).hasSize(1);
    RecordingOutbox.Queued q = queued.get(0);
    assertThat(q.channel()).isEqualTo("email");
    assertThat(q.notBefore()).isEqualTo(sendAt);
    Message m = q.message();
    String link = "https://fb.example/s/t-" + s.invitationId();
    assertThat(m.recipient()).isEqualTo(Recipient.respondent("c-1"));
    assertThat(m.idempotencyKey()).isEqualTo(s.invitationId());
    assertThat(m.subject()).isEqualTo("About Delivery survey");
    assertThat(m.text()).isEqualTo("Answer: " + link + " / stop: " + link + "/unsubscribe (en)");
    assertThat(m.headers())
        .containsEntry("List-Unsubscribe", "<" + link + "/unsubscribe>")
        .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    assertThat(m.metadata())
        .containsEntry("invitationId", s.invitationId())
        .containsEntry("surveyId", "post-delivery")
        .containsEntry("kind", "invitation");
  }

  @Test
  void rendersInTheRespondentsLocaleAndAddsTheMailtoWhenConfigured() {
    InvitationService svc =
        service(delivery().build()).unsubscribeMailto(URI.create("mailto:unsub@fb.example")).build();
    svc.onTouchpoint(event("c-1", "o-1").locale(Locale.forLanguageTag("sv-SE")).build());
    Message m = outbox.all().get(0).message();
    assertThat(m.locale()).isEqualTo(SV);
    assertThat(m.subject()).isEqualTo("Om Delivery survey");
    assertThat(m.headers().get("List-Unsubscribe"))
        .endsWith("/unsubscribe>, <mailto:unsub@fb.example>");
  }

  @Test
  void preferredChannelIsUsedWhenThePlanAllowsIt() {
    InvitationService svc = service(delivery().build()).build();
    InvitationDecision d = svc.onTouchpoint(event("c-1", "o-1").preferredChannel("sms").build());
    assertThat(((InvitationDecision.Scheduled) d).channel()).isEqualTo("sms");
    assertThat(outbox.all().get(0).channel()).isEqualTo("sms");
  }

  @Test
  void unknownEventTypeHasNoPlan() {
    InvitationService svc = service(delivery().build()).build();
    InvitationDecision d = svc.onTouchpoint(event("c-1", "o-1").eventType("ticket.solved").build());
    assertThat(d)
        .isEqualTo(
            new InvitationDecision.Suppressed(
                Optional.empty(), ReasonCode.NO_PLAN, java.util.Map.of("eventType", "ticket.solved"),
                Optional.empty()));
    assertThat(outbox.all()).isEmpty();
  }

  @Test
  void aDuplicateEventIsIdempotent() {
    InvitationService svc = service(delivery().build()).build();
    InvitationDecision first = svc.onTouchpoint(event("c-1", "o-1").build());
    clock.advance(Duration.ofMinutes(5));
    InvitationDecision second = svc.onTouchpoint(event("c-1", "o-1").build());

    assertThat(second).isInstanceOf(InvitationDecision.Suppressed.class);
    InvitationDecision.Suppressed s = (InvitationDecision.Suppressed) second;
    assertThat(s.reason()).isEqualTo(ReasonCode.DUPLICATE_EVENT);
    assertThat(s.details())
        .containsEntry("invitationId", ((InvitationDecision.Scheduled) first).invitationId())
        .containsEntry("sendAt", "2026-03-02T11:00:00Z");
    assertThat(outbox.all()).hasSize(1);
    assertThat(links.issued()).isEqualTo(1);
  }

  @Test
  void suppressedRespondentIsNotInvited() {
    suppressions.add(
        new Suppression(ACME, RespondentId.of("c-1"), "email", SuppressionReason.UNSUBSCRIBED, clock.instant()));
    InvitationService svc = service(delivery().build()).build();
    InvitationDecision d = svc.onTouchpoint(event("c-1", "o-1").build());
    assertThat(((InvitationDecision.Suppressed) d).reason()).isEqualTo(ReasonCode.SUPPRESSED);
    // the suppression is for e-mail only: a respondent preferring SMS is reached there
    assertThat(svc.onTouchpoint(event("c-1", "o-2").preferredChannel("sms").build()).invites()).isTrue();
  }

  @Test
  void openCaseBlocksAndAFailingCheckIsCaught() {
    InvitationService open = service(delivery().build()).openCaseCheck((t, r) -> true).build();
    assertThat(((InvitationDecision.Suppressed) open.onTouchpoint(event("c-1", "o-1").build())).reason())
        .isEqualTo(ReasonCode.OPEN_CASE);
    InvitationService broken =
        service(delivery().build())
            .openCaseCheck(
                (t, r) -> {
                  throw new IllegalStateException("case module down");
                })
            .build();
    assertThat(((InvitationDecision.Suppressed) broken.onTouchpoint(event("c-1", "o-1").build())).reason())
        .isEqualTo(ReasonCode.OPEN_CASE_CHECK_FAILED);
    assertThat(outbox.all()).isEmpty();
  }

  @Test
  void samplingWithASeededRandomHitsTheRate() {
    InvitationService svc =
        service(delivery().samplingRate(0.3).build()).random(new SplittableRandom(20260302)).build();
    int invited = 0;
    int sampledOut = 0;
    for (int i = 0; i < 1000; i++) {
      InvitationDecision d = svc.onTouchpoint(event("c-" + i, "o-" + i).build());
      if (d.invites()) {
        invited++;
      } else if (((InvitationDecision.Suppressed) d).reason() == ReasonCode.SAMPLED_OUT) {
        sampledOut++;
      }
    }
    // binomial sd at n=1000, p=0.3 is ~14.5: 5 sd either way
    assertThat(invited).isBetween(300 - 72, 300 + 72);
    assertThat(invited + sampledOut).isEqualTo(1000);
  }

  @Test
  void aSamplingSeedDecidesTheSameWayOnEveryReplay() {
    InvitationPlan plan = delivery().samplingRate(0.5).samplingSeed(99).build();
    InvitationService a = service(plan).random(new SplittableRandom(1)).build();
    Set<String> firstRun = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      if (a.onTouchpoint(event("c-" + i, "o-" + i).build()).invites()) {
        firstRun.add("c-" + i);
      }
    }
    InvitationService b =
        InvitationService.builder().store(InMemoryInvitationStore.create()).outbox(outbox)
            .linkIssuer(links).clock(clock).random(new SplittableRandom(2)).plan(plan, TEMPLATE).build();
    Set<String> secondRun = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      if (b.onTouchpoint(event("c-" + i, "o-" + i).build()).invites()) {
        secondRun.add("c-" + i);
      }
    }
    assertThat(secondRun).isEqualTo(firstRun).hasSizeBetween(25, 75);
  }

  @Test
  void anAnswerStartsTheCooldown() {
    InvitationService svc =
        service(InvitationPlan.builder("support").eventTypes("ticket.solved").build()).build();
    svc.recordAnswer(ACME, RespondentId.of("c-1"), "post-delivery");
    clock.advance(Duration.ofDays(13));
    InvitationDecision d =
        svc.onTouchpoint(event("c-1", "t-1").eventType("ticket.solved").build());
    InvitationDecision.Suppressed s = (InvitationDecision.Suppressed) d;
    assertThat(s.reason()).isEqualTo(ReasonCode.COOLDOWN_AFTER_ANSWER);
    assertThat(s.nextAllowedAt()).contains(Instant.parse("2026-03-16T09:00:00Z"));
    clock.advance(Duration.ofDays(1));
    assertThat(svc.onTouchpoint(event("c-1", "t-2").eventType("ticket.solved").build()).invites())
        .isTrue();
  }

  @Test
  void frequencyCapsCountEarlierInvitationsAcrossSurveys() {
    ContactPolicy policy =
        ContactPolicy.builder()
            .perRespondent(FrequencyCap.of(1, Duration.ofDays(30)))
            .cooldownAfterAnswer(Duration.ZERO)
            .build();
    InvitationService svc =
        service(delivery().build())
            .plan(InvitationPlan.builder("support").eventTypes("ticket.solved").build(), TEMPLATE)
            .policy(policy)
            .build();
    assertThat(svc.onTouchpoint(event("c-1", "o-1").build()).invites()).isTrue();
    clock.advance(Duration.ofDays(3));
    InvitationDecision.Suppressed s =
        (InvitationDecision.Suppressed)
            svc.onTouchpoint(event("c-1", "t-1").eventType("ticket.solved").build());
    assertThat(s.reason()).isEqualTo(ReasonCode.FREQUENCY_CAP_ALL);
    assertThat(s.surveyId()).contains("support");
    assertThat(s.nextAllowedAt()).contains(Instant.parse("2026-04-01T11:00:00Z"));
    // a second event for the same survey hits the same cap first
    assertThat(((InvitationDecision.Suppressed) svc.onTouchpoint(event("c-1", "o-2").build())).reason())
        .isEqualTo(ReasonCode.FREQUENCY_CAP_ALL);
  }

  @Test
  void perSurveyAndPerChannelCapsThroughTheService() {
    ContactPolicy policy =
        ContactPolicy.builder()
            .perRespondent(FrequencyCap.unlimited())
            .perSurvey(FrequencyCap.of(1, Duration.ofDays(30)))
            .perChannel(FrequencyCap.of(1, Duration.ofDays(7)))
            .build();
    InvitationService svc =
        service(delivery().build())
            .plan(InvitationPlan.builder("support").eventTypes("ticket.solved").build(), TEMPLATE)
            .policy(policy)
            .build();
    svc.onTouchpoint(event("c-1", "o-1").build());
    assertThat(((InvitationDecision.Suppressed) svc.onTouchpoint(event("c-1", "o-2").build())).reason())
        .isEqualTo(ReasonCode.FREQUENCY_CAP_SURVEY);
    assertThat(
            ((InvitationDecision.Suppressed)
                    svc.onTouchpoint(event("c-1", "t-1").eventType("ticket.solved").build()))
                .reason())
        .isEqualTo(ReasonCode.FREQUENCY_CAP_CHANNEL);
  }

  @Test
  void quietHoursDeferTheSendTimeOnTheOutbox() {
    InvitationService svc = service(delivery().delay(Duration.ofHours(11)).build()).build();
    InvitationDecision d = svc.onTouchpoint(event("c-1", "o-1").build()); // 21:00 local
    InvitationDecision.Deferred def = (InvitationDecision.Deferred) d;
    assertThat(def.reason()).isEqualTo(ReasonCode.QUIET_HOURS);
    assertThat(def.plannedAt()).isEqualTo(Instant.parse("2026-03-02T20:00:00Z"));
    assertThat(def.until()).isEqualTo(Instant.parse("2026-03-03T07:00:00Z"));
    assertThat(outbox.all().get(0).notBefore()).isEqualTo(def.until());
    assertThat(store.find(ACME, def.invitationId()).orElseThrow().sendAt()).isEqualTo(def.until());
  }

  @Test
  void quotaIsExhaustedAndResetsWithTheNextPeriod() {
    InvitationService svc =
        service(delivery().delay(Duration.ZERO).quota(Quota.of(2, Duration.ofDays(1))).build()).build();
    assertThat(svc.onTouchpoint(event("c-1", "o-1").build()).invites()).isTrue();
    assertThat(svc.onTouchpoint(event("c-2", "o-2").build()).invites()).isTrue();
    InvitationDecision.Suppressed s =
        (InvitationDecision.Suppressed) svc.onTouchpoint(event("c-3", "o-3").build());
    assertThat(s.reason()).isEqualTo(ReasonCode.QUOTA_EXHAUSTED);
    assertThat(s.nextAllowedAt()).contains(Instant.parse("2026-03-03T00:00:00Z"));
    assertThat(store.quotaUsed(ACME, "post-delivery", Instant.parse("2026-03-02T00:00:00Z")))
        .isEqualTo(2);

    clock.set(Instant.parse("2026-03-03T09:00:00Z"));
    assertThat(svc.onTouchpoint(event("c-3", "o-3").build()).invites()).isTrue();
    assertThat(store.quotaUsed(ACME, "post-delivery", Instant.parse("2026-03-03T00:00:00Z")))
        .isEqualTo(1);
  }

  @Test
  void whenTheOutboxFailsNothingIsKept() {
    InvitationService svc =
        service(delivery().quota(Quota.of(5, Duration.ofDays(1))).reminderAfter(Duration.ofDays(3)).build())
            .build();
    outbox.failEnqueue();
    assertThatThrownBy(() -> svc.onTouchpoint(event("c-1", "o-1").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("outbox down");
    assertThat(store.history(ACME, RespondentId.of("c-1"), Instant.EPOCH, Instant.MAX)).isEmpty();
    assertThat(store.quotaUsed(ACME, "post-delivery", Instant.parse("2026-03-02T00:00:00Z"))).isZero();
    assertThat(outbox.all()).isEmpty();
  }

  @Test
  void whenTheLinkIssuerFailsNothingIsKept() {
    InvitationService svc =
        service(delivery().quota(Quota.of(5, Duration.ofDays(1))).build())
            .linkIssuer(
                (tenant, survey, respondent, id, expiresAt) -> {
                  throw new IllegalStateException("links down");
                })
            .build();
    assertThatThrownBy(() -> svc.onTouchpoint(event("c-1", "o-1").build())).hasMessage("links down");
    assertThat(store.history(ACME, RespondentId.of("c-1"), Instant.EPOCH, Instant.MAX)).isEmpty();
    assertThat(store.quotaUsed(ACME, "post-delivery", Instant.parse("2026-03-02T00:00:00Z"))).isZero();
  }

  @Test
  void reminderIsQueuedWithItsOwnKeyAndCancelledOnAnswer() {
    InvitationService svc =
        service(delivery().reminderAfter(Duration.ofDays(3)).build())
            .reminderTemplate("post-delivery", REMINDER)
            .build();
    InvitationDecision.Scheduled s =
        (InvitationDecision.Scheduled) svc.onTouchpoint(event("c-1", "o-1").build());
    assertThat(s.reminderAt()).contains(Instant.parse("2026-03-05T11:00:00Z"));
    List<RecordingOutbox.Queued> queued = outbox.all();
    assertThat(queued).hasSize(2);
    RecordingOutbox.Queued reminder = queued.get(1);
    assertThat(reminder.message().idempotencyKey()).isEqualTo(s.invitationId() + ".reminder");
    assertThat(reminder.notBefore()).isEqualTo(Instant.parse("2026-03-05T11:00:00Z"));
    assertThat(reminder.message().text()).startsWith("Reminder: https://fb.example/s/t-");
    assertThat(reminder.message().metadata()).containsEntry("kind", "reminder");

    clock.advance(Duration.ofDays(1));
    assertThat(svc.recordAnswer(ACME, s.invitationId())).isTrue();
    assertThat(outbox.live()).extracting(q -> q.message().idempotencyKey()).containsExactly(s.invitationId());
    Invitation answered = store.find(ACME, s.invitationId()).orElseThrow();
    assertThat(answered.answeredAt()).contains(clock.instant());
    assertThat(answered.reminderAt()).isEmpty();
    // answering again cancels nothing more
    assertThat(svc.recordAnswer(ACME, RespondentId.of("c-1"), "post-delivery")).isZero();
    assertThat(svc.recordAnswer(ACME, "inv-unknown")).isFalse();
  }

  @Test
  void reminderIsCancelledOnSuppression() {
    InvitationService svc = service(delivery().reminderAfter(Duration.ofDays(3)).build()).build();
    InvitationDecision.Scheduled s =
        (InvitationDecision.Scheduled) svc.onTouchpoint(event("c-1", "o-1").build());
    assertThat(svc.cancelReminders(ACME, RespondentId.of("c-1"))).isEqualTo(1);
    assertThat(outbox.live()).extracting(q -> q.message().idempotencyKey()).containsExactly(s.invitationId());
    assertThat(svc.cancelReminders(ACME, RespondentId.of("c-1"))).isZero();
  }

  @Test
  void builderRejectsAmbiguousPlansAndMissingParts() {
    assertThatThrownBy(
            () ->
                service(delivery().build())
                    .plan(InvitationPlan.builder("other").eventTypes("order.delivered").build(), TEMPLATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "eventType must trigger one plan only, but 'order.delivered' triggers surveys"
                + " 'post-delivery' and 'other'");
    assertThatThrownBy(() -> service(delivery().build()).plan(delivery().build(), TEMPLATE))
        .hasMessage("plan survey must be unique, but 'post-delivery' was added twice");
    assertThatThrownBy(() -> InvitationService.builder().store(store).outbox(outbox).linkIssuer(links).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("InvitationService needs at least one plan(...)");
    assertThatThrownBy(() -> service(delivery().build()).reminderTemplate("nope", REMINDER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("reminderTemplate names survey 'nope', which has no plan");
    assertThatThrownBy(() -> service(delivery().build()).unsubscribeMailto(URI.create("https://x.example")))
        .hasMessage("unsubscribeMailto must be a mailto: URI, but was a https: URI");
    assertThatThrownBy(
            () -> InvitationService.builder().outbox(outbox).linkIssuer(links).plan(delivery().build(), TEMPLATE).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("store must not be null");
  }
}
