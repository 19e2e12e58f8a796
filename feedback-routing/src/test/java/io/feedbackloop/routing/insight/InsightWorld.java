package io.feedbackloop.routing.insight;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseService;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.InMemoryCaseStore;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory cases and outbox in one unit of work, a clock, and hand-made events. */
final class InsightWorld {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant WINDOW_START = Instant.parse("2026-03-02T08:00:00Z");
  static final Instant WINDOW_END = Instant.parse("2026-03-02T09:00:00Z");
  static final String ISSUE = "delivery:region=north:1772438400";

  final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  final UnitOfWork unitOfWork = UnitOfWork.inMemory();
  final InMemoryCaseStore caseStore = InMemoryCaseStore.create(unitOfWork);
  final InMemoryOutboxStore outbox = InMemoryOutboxStore.create(unitOfWork);
  private final AtomicInteger ids = new AtomicInteger();
  final CaseService cases =
      CaseService.builder()
          .store(caseStore)
          .clock(clock)
          .ids(() -> CaseId.of("c-" + ids.incrementAndGet()))
          .build();

  RecurringIssueResponder.Builder responder() {
    return RecurringIssueResponder.builder()
        .tenant(ACME)
        .cases(cases)
        .outbox(outbox)
        .team("delivery", "logistics")
        .alertChannel("slack")
        .clock(clock);
  }

  /** Event {@code sequence} of {@link #ISSUE} with responses r-1..r-n and respondents p-1..p-n. */
  static RecurringIssueDetected event(int sequence, int n) {
    List<String> responses = new java.util.ArrayList<>();
    List<String> people = new java.util.ArrayList<>();
    for (int i = 1; i <= n; i++) {
      responses.add("r-" + i);
      people.add("p-" + i);
    }
    return event(ISSUE, "delivery", sequence, responses, people);
  }

  static RecurringIssueDetected event(
      String issueId, String topic, int sequence, List<String> responses, List<String> people) {
    return new RecurringIssueDetected(
        issueId, sequence, topic, Map.of("region", "north"), WINDOW_START, WINDOW_END,
        responses.size(), 3.25, 4.5, responses, people);
  }

  FollowUpCase onlyCase() {
    List<FollowUpCase> all =
        caseStore.query(io.feedbackloop.routing.cases.CaseQuery.builder(ACME).build(), 100, null).items();
    if (all.size() != 1) {
      throw new AssertionError("expected one case, but there are " + all.size() + ": " + all);
    }
    return all.get(0);
  }

  OutboxMessage message(String key) {
    return outbox.find(ACME, key).orElseThrow(() -> new AssertionError("no message " + key));
  }

  /** Moves {@code c} to RESOLVED with a customer message, as a team would. */
  FollowUpCase resolve(FollowUpCase c, String customerMessage) {
    FollowUpCase a = cases.assign(ACME, c.id(), "ana", "ana", c.version());
    clock.advance(Duration.ofHours(1));
    FollowUpCase p = cases.startProgress(ACME, c.id(), "ana", a.version());
    clock.advance(Duration.ofHours(1));
    return cases.resolve(
        ACME, c.id(), List.of("carrier-delay"), "Changed carrier in the north", customerMessage, "ana",
        p.version());
  }
}
