package io.feedbackloop.routing.insight;

import static io.feedbackloop.routing.insight.InsightWorld.ACME;
import static io.feedbackloop.routing.insight.InsightWorld.ISSUE;
import static io.feedbackloop.routing.insight.InsightWorld.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.outbox.Outbox;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.routing.rules.Action.CasePriority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecurringIssueResponderTest {
  private final InsightWorld world = new InsightWorld();

  @Test
  void firstEventOpensOneTaggedCaseLinkingEveryResponseAndQueuesOneAlert() {
    RecurringIssueResponder responder =
        world.responder().firstContactWithin(Duration.ofHours(4)).resolveWithin(Duration.ofDays(2)).build();

    RespondedIssue done = responder.respond(event(1, 3));

    FollowUpCase c = world.onlyCase();
    assertThat(done.caseId()).isEqualTo(c.id());
    assertThat(done.caseCreated()).isTrue();
    assertThat(done.alertQueued()).isTrue();
    assertThat(done.issueId()).isEqualTo(ISSUE);
    assertThat(done.sequence()).isEqualTo(1);
    assertThat(done.skippedIds()).isZero();
    assertThat(c.team()).isEqualTo("logistics");
    assertThat(c.priority()).isEqualTo(CasePriority.HIGH);
    assertThat(c.ruleId()).isEqualTo("recurring-issue");
    assertThat(c.sourceResponseId()).matches("issue-delivery-[0-9a-f]{16}");
    assertThat(c.tags()).containsExactly("delivery", "recurring-issue");
    assertThat(c.firstContactDue()).contains(Instant.parse("2026-03-02T13:00:00Z"));
    assertThat(c.resolutionDue()).contains(Instant.parse("2026-03-04T09:00:00Z"));
    assertThat(c.responseIds()).containsExactly(c.sourceResponseId(), "r-1", "r-2", "r-3");
    assertThat(c.respondents()).extracting(RespondentId::value).containsExactly("p-1", "p-2", "p-3");
    assertThat(done.linkedResponseIds()).containsExactly("r-1", "r-2", "r-3");
    assertThat(done.linkedRespondents())
        .as("p-1 came with the opening request")
        .extracting(RespondentId::value)
        .containsExactly("p-2", "p-3");

    OutboxMessage alert = world.message("issue:" + ISSUE + ":alert");
    assertThat(alert.channel()).isEqualTo("slack");
    Message m = alert.message();
    assertThat(m.recipient()).isEqualTo(new Recipient.Team("logistics"));
    assertThat(m.subject()).isEqualTo("Recurring issue: delivery (region=north)");
    assertThat(m.text())
        .contains("topic delivery", "segment region=north", "3 mentions",
            "2026-03-02T08:00:00Z to 2026-03-02T09:00:00Z (PT1H)", "baseline of 3.25", "z-score 4.50",
            "Problem case " + c.id().value(), "Issue " + ISSUE);
    assertThat(m.metadata())
        .containsEntry("kind", "recurring-issue-alert")
        .containsEntry("issueId", ISSUE)
        .containsEntry("caseId", c.id().value())
        .containsEntry("topic", "delivery");
    assertThat(alert.nextAttemptAt()).isEqualTo(world.clock.instant());
    assertThat(world.outbox.counts().total()).isEqualTo(1);
  }

  @Test
  void aReplayedEventOpensNothingNewAndQueuesNoSecondAlert() {
    RecurringIssueResponder responder = world.responder().build();
    RespondedIssue first = responder.respond(event(1, 2));
    RespondedIssue again = responder.respond(event(1, 2));
    RespondedIssue byAnotherResponder = world.responder().build().respond(event(1, 2));

    assertThat(again.caseId()).isEqualTo(first.caseId());
    assertThat(again.caseCreated()).isFalse();
    assertThat(again.alertQueued()).isFalse();
    assertThat(again.linkedResponseIds()).isEmpty();
    assertThat(again.linkedRespondents()).isEmpty();
    assertThat(byAnotherResponder.caseId()).isEqualTo(first.caseId());
    assertThat(world.onlyCase().version()).as("two links by the first event, nothing after").isEqualTo(2);
    assertThat(world.outbox.counts().total()).isEqualTo(1);
  }

  @Test
  void laterEventsOfTheEpisodeLinkOnlyTheNewResponsesAndRespondents() {
    RecurringIssueResponder responder = world.responder().build();
    responder.respond(event(1, 2));
    world.clock.advance(Duration.ofMinutes(5));
    // the window slid: r-1 dropped out, r-3 and r-4 are new; p-2 answered twice (r-2, r-3)
    RespondedIssue later =
        responder.respond(
            event(ISSUE, "delivery", 2, List.of("r-2", "r-3", "r-4"), List.of("p-2", "p-4")));

    assertThat(later.caseCreated()).isFalse();
    assertThat(later.alertQueued()).isFalse();
    assertThat(later.linkedResponseIds()).containsExactly("r-3", "r-4");
    assertThat(later.linkedRespondents()).extracting(RespondentId::value).containsExactly("p-4");
    FollowUpCase c = world.onlyCase();
    assertThat(c.responseIds()).containsExactly(c.sourceResponseId(), "r-1", "r-2", "r-3", "r-4");
    assertThat(c.respondents()).extracting(RespondentId::value).containsExactly("p-1", "p-2", "p-4");
    assertThat(c.audit().stream().filter(e -> e.field().equals(AuditEntry.RESPONSE)).map(AuditEntry::to))
        .containsExactly("r-1", "r-2", "r-3", "r-4");
    assertThat(world.outbox.counts().total()).isEqualTo(1);
  }

  @Test
  void aLaterEventOpensTheCaseWhenTheFirstNeverArrived() {
    RespondedIssue later = world.responder().build().respond(event(3, 2));
    assertThat(later.caseCreated()).isTrue();
    assertThat(later.alertQueued()).isTrue();
    assertThat(world.onlyCase().responseIds()).hasSize(3);
  }

  @Test
  void topicsWithoutTheirOwnTeamGoToTheDefaultTeamAndDistinctEpisodesGetDistinctCases() {
    RecurringIssueResponder responder =
        world.responder().defaultTeam("cx").priority(CasePriority.URGENT).build();
    RespondedIssue price =
        responder.respond(event("price:all:1772438400", "price", 1, List.of("r-1"), List.of()));
    RespondedIssue nextEpisode =
        responder.respond(event("price:all:1772524800", "price", 1, List.of("r-9"), List.of()));

    assertThat(price.caseId()).isNotEqualTo(nextEpisode.caseId());
    FollowUpCase c = world.cases.find(ACME, price.caseId()).orElseThrow();
    assertThat(c.team()).isEqualTo("cx");
    assertThat(c.priority()).isEqualTo(CasePriority.URGENT);
    assertThat(c.respondents()).as("no respondent known").isEmpty();
    assertThat(world.message("issue:price:all:1772438400:alert").message().recipient())
        .isEqualTo(Recipient.team("cx"));
    assertThat(responder.teamFor("delivery")).isEqualTo("logistics");
    assertThat(responder.teamFor("price")).isEqualTo("cx");
  }

  @Test
  void idsThatAreNotValidAreSkippedAndCounted() {
    RespondedIssue done =
        world.responder().build().respond(
            event(ISSUE, "delivery", 1, List.of("r-1", "not an id", "r-1"), List.of("p-1", "a@b.example")));
    assertThat(done.skippedIds()).isEqualTo(2);
    assertThat(done.linkedResponseIds()).containsExactly("r-1");
    assertThat(world.onlyCase().respondents()).extracting(RespondentId::value).containsExactly("p-1");
  }

  @Test
  void anIssueIdWithSpacesAndNonAsciiGivesAValidPercentEncodedAlertKey() {
    String issue = "delivery:region=Malmö Syd:1772438400";
    world.responder().build().respond(event(issue, "delivery", 1, List.of("r-1"), List.of("p-1")));
    assertThat(world.message("issue:delivery:region=Malm%C3%B6%20Syd:1772438400:alert")).isNotNull();
  }

  @Test
  void aFailingOutboxRollsTheCaseBackAndTheNextEventRepairsIt() {
    AtomicInteger calls = new AtomicInteger();
    Outbox failing =
        new Outbox() {
          @Override
          public boolean enqueue(String channel, Message message, Instant notBefore) {
            if (calls.incrementAndGet() == 1) {
              throw new StoreException("outbox down", null, null);
            }
            return world.outbox.enqueue(channel, message, notBefore);
          }

          @Override
          public boolean cancel(TenantId tenant, String idempotencyKey) {
            return world.outbox.cancel(tenant, idempotencyKey);
          }
        };
    RecurringIssueResponder responder = world.responder().outbox(failing).build();

    assertThatThrownBy(() -> responder.onRecurringIssue(event(1, 2)))
        .as("the listener logs and rethrows; the detector catches it")
        .isInstanceOf(StoreException.class)
        .hasMessage("outbox down");
    assertThatThrownBy(world::onlyCase).hasMessageContaining("there are 0");

    responder.onRecurringIssue(event(2, 3));
    FollowUpCase c = world.onlyCase();
    assertThat(c.responseIds()).hasSize(4);
    assertThat(world.outbox.counts().total()).isEqualTo(1);
  }

  @Test
  void aCustomAlertTemplateGetsEveryValue() {
    MessageTemplate t =
        MessageTemplate.builder("alert-sv")
            .subject(Locale.forLanguageTag("sv"), "Återkommande problem: {{topic}}")
            .text(
                Locale.forLanguageTag("sv"),
                "{{issueId}}|{{caseId}}|{{topic}}|{{segment}}|{{count}}|{{baseline}}|{{zScore}}|{{windowStart}}|{{windowEnd}}|{{window}}")
            .fallbackLocale(Locale.forLanguageTag("sv"))
            .build();
    RespondedIssue done =
        world.responder().alertTemplate(t, Locale.forLanguageTag("sv")).build().respond(event(1, 2));
    Message m = world.message("issue:" + ISSUE + ":alert").message();
    assertThat(m.subject()).isEqualTo("Återkommande problem: delivery");
    assertThat(m.text())
        .isEqualTo(ISSUE + "|" + done.caseId().value()
            + "|delivery|region=north|2|3.25|4.50|2026-03-02T08:00:00Z|2026-03-02T09:00:00Z|PT1H");
    assertThat(m.locale()).isEqualTo(Locale.forLanguageTag("sv"));
  }

  @Test
  void theCaseOpensNewByTheConfiguredActor() {
    world.responder().actor("insight-bot").build().respond(event(1, 1));
    FollowUpCase c = world.onlyCase();
    assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    assertThat(c.audit()).first().extracting(AuditEntry::actor).isEqualTo("insight-bot");
  }

  @Test
  void builderNamesWhatIsMissingAndRejectsBadSettings() {
    assertThatThrownBy(() -> RecurringIssueResponder.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RecurringIssueResponder needs tenant(...), cases(...), outbox(...), but none was set");
    assertThatThrownBy(() -> RecurringIssueResponder.builder().tenant(ACME).outbox(world.outbox).build())
        .hasMessage("RecurringIssueResponder needs cases(...), but none was set");
    assertThatThrownBy(() -> world.responder().resolveWithin(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resolveWithin must be > 0, but was PT0S");
    assertThatThrownBy(() -> world.responder().firstContactWithin(Duration.ofHours(-1)))
        .hasMessage("firstContactWithin must be > 0, but was PT-1H");
    assertThatThrownBy(() -> world.responder().team("delivery", "not a team"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("team must be");
    assertThatThrownBy(() -> world.responder().alertChannel("#x y"))
        .hasMessageStartingWith("alertChannel must be");
  }

  @Test
  void toStringShowsTheSettingsOnly() {
    assertThat(world.responder().build().toString())
        .isEqualTo("RecurringIssueResponder[tenant=acme, rule=recurring-issue, defaultTeam=support,"
            + " teams={delivery=logistics}, channel=slack]");
  }
}
