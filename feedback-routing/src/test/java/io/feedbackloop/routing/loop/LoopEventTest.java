package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.NPS;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.TENANT;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.nps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingListener;
import io.feedbackloop.routing.sla.Milestone;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoopEventTest {
  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");

  @Test
  void aListenerThatThrowsBreaksNeitherTheSubmitNorTheOtherListeners() {
    RecordingListener before = new RecordingListener();
    RecordingListener after = new RecordingListener();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(NPS)
            .team(Team.of("support", "ana"))
            .listener(before)
            .listener(event -> {
              throw new IllegalStateException("listener bug");
            })
            .listener(after)
            .clock(clock)
            .build();

    SubmitResult r = loop.submit(nps("r1", "c1", 2, clock));

    assertThat(r.openedCases()).hasSize(1);
    assertThat(loop.responses().get(TENANT, "r1")).isPresent();
    assertThat(before.events).hasSize(2);
    assertThat(after.events).containsExactlyElementsOf(before.events);
    assertThat(after.events.get(0)).isInstanceOf(LoopEvent.ResponseRecorded.class);
    assertThat(after.events.get(1)).isInstanceOf(LoopEvent.CaseOpened.class);
  }

  @Test
  void eventsCarryTheirTenantAndTime() {
    RecordingListener events = new RecordingListener();
    FeedbackLoop loop =
        FeedbackLoop.builder().survey(NPS).team(Team.of("support", "ana")).listener(events)
            .clock(clock).build();

    loop.submit(nps("r1", "c1", 10, clock));

    assertThat(events.events)
        .singleElement()
        .isEqualTo(new LoopEvent.ResponseRecorded(TENANT, "r1", NPS.id(), clock.instant()));
  }

  @Test
  void eventValuesCheckTheirParts() {
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    CaseId id = CaseId.of("c-1");

    assertThat(new LoopEvent.SlaBreached(TENANT, id, "first-contact-breach", Milestone.FIRST_CONTACT, at).tenant())
        .isEqualTo(TENANT);
    assertThatThrownBy(() -> new LoopEvent.CaseOpened(TENANT, id, "r1", "rule", "support", nullOwner(), at))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("owner");
    assertThatThrownBy(() -> new LoopEvent.MessageDead(TENANT, "k", "email", nullString(), at))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reason");
  }

  @SuppressWarnings({"NullAway", "DataFlowIssue"})
  private static Optional<String> nullOwner() {
    return null;
  }

  @SuppressWarnings({"NullAway", "DataFlowIssue"})
  private static String nullString() {
    return null;
  }
}
