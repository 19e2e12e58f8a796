package io.feedbackloop.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.invite.CountingLinkIssuer;
import io.feedbackloop.routing.invite.InMemoryInvitationStore;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.InvitationService;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.sla.BusinessCalendar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the closing-the-loop example of the README, and checks that the README shows exactly this code. */
class RecoveryReadmeExampleTest {
  private static final Path SOURCE =
      Path.of("src/test/java/io/feedbackloop/routing/cases/RecoveryReadmeExampleTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void theExampleRuns() {
    MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    TenantId tenant = TenantId.of("acme");
    UnitOfWork uow = UnitOfWork.inMemory();
    InMemoryOutboxStore outbox = InMemoryOutboxStore.create(uow);
    CaseService cases = CaseService.builder().store(InMemoryCaseStore.create(uow)).clock(clock).build();
    InvitationService invitations =
        InvitationService.builder()
            .store(InMemoryInvitationStore.of(uow))
            .outbox(outbox)
            .linkIssuer(new CountingLinkIssuer())
            .plan(
                InvitationPlan.builder("resurvey").eventTypes(RecoveryTracker.DEFAULT_EVENT_TYPE).build(),
                MessageTemplate.builder("resurvey").text(Locale.ENGLISH, "Better now? {{link}}").build())
            .clock(clock)
            .build();
    FollowUpCase c =
        cases.open(
                OpenCaseRequest.builder(tenant, "r-1", "detractor")
                    .team("support")
                    .priority(CasePriority.HIGH)
                    .respondent(RespondentId.of("customer-42"))
                    .resolutionDue(clock.instant().plus(Duration.ofDays(2)))
                    .build())
            .followUpCase();
    c = cases.assign(tenant, c.id(), "ana", "lead", c.version());
    c = cases.startProgress(tenant, c.id(), "ana", c.version());
    clock.advance(Duration.ofHours(3));
    CaseId id = c.id();
    long version = c.version();

    // begin example
    OutcomeMessages outcomes =
        OutcomeMessages.builder().outbox(outbox).channel("email").clock(clock).build();
    RecoveryTracker tracker =
        RecoveryTracker.builder()
            .caseService(cases)
            .invitations(invitations) // its plan for "case.resurvey" has no delay of its own
            .delay(Duration.ofDays(14))
            .clock(clock)
            .build();

    // 1. Resolve and tell the customer in one transaction: both commit, or neither.
    FollowUpCase resolved =
        uow.inTransaction(
            tx -> {
              FollowUpCase r =
                  cases.resolve(tenant, id, List.of("carrier-delay"), "Carrier lost the parcel",
                      "We sent a new parcel and refunded the shipping.", "ana", version);
              outcomes.send(r, Locale.forLanguageTag("sv"),
                  Map.of(OutcomeMessages.COMMENT, "Paketet kom aldrig"));
              return r;
            });

    // 2. Close it; the customer gave 2 (a detractor), so ask again in 14 days.
    FollowUpCase closed = cases.close(tenant, id, "ana", resolved.version());
    tracker.schedule(closed, 2, Locale.forLanguageTag("sv"));

    // 3. The re-survey answer comes back: 9 is no longer negative (a 0-6 would reopen the case).
    clock.advance(Duration.ofDays(15));
    Resurvey answer = tracker.recordAnswer(tenant, id, 9);

    // 4. Closed-loop metrics over the tenant's cases and re-surveys.
    CaseMetricsReport report =
        CaseMetrics.builder()
            .calendar(BusinessCalendar.ofDefaults()) // Mon-Fri 09:00-17:00 UTC
            .period(CaseMetricsPeriod.WEEK)
            .zone(ZoneId.of("Europe/Stockholm"))
            .clock(clock)
            .build()
            .compute(
                cases.store().query(CaseQuery.of(tenant), CaseStore.MAX_PAGE_SIZE, null).items(),
                tracker.store().list(tenant));
    // end example

    assertThat(outbox.find(tenant, "case:" + id + ":outcome:v1").orElseThrow().message().text())
        .contains("Paketet kom aldrig")
        .contains("We sent a new parcel and refunded the shipping.");
    assertThat(answer.answer().orElseThrow().recovered()).isTrue();
    assertThat(cases.find(tenant, id).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(report.overall().closure()).isEqualTo(new CaseMetricsShare(1, 1));
    assertThat(report.overall().resolution().wallMedian()).contains(Duration.ofHours(3));
    assertThat(report.overall().resolutionWithinSla()).isEqualTo(new CaseMetricsShare(1, 1));
    assertThat(report.overall().recovery().rate()).hasValue(1.0);
    assertThat(report.leaderboard()).extracting(CaseMetricsLeaderboardEntry::owner).containsExactly("ana");
    assertThat(report.asOf()).isEqualTo(Instant.parse("2026-03-17T12:00:00Z"));
  }

  @Test
  void loopMdShowsTheExampleVerbatim() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    String example =
        source.substring(
            source.indexOf("    // begin example\n") + "    // begin example\n".length(),
            source.indexOf("    // end example\n"));
    StringBuilder unindented = new StringBuilder();
    for (String line : example.split("\n", -1)) {
      unindented.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    String expected = unindented.toString().stripTrailing();
    assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains(expected);
  }
}
