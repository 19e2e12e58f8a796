package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.NPS;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.loop.FeedbackLoopFixtures.RecordingListener;
import io.feedbackloop.scoring.insight.RecurringIssueDetector;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LoopRecurringIssueTest {
  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final RecordingListener listener = new RecordingListener();

  private FeedbackLoop loop() {
    return FeedbackLoop.builder()
        .survey(NPS)
        .team(Team.of("support", "ana"))
        .recurringIssues(RecurringIssueDetector.builder().warmUp(Duration.ZERO).build())
        .listener(listener)
        .clock(clock)
        .build();
  }

  private Response answer(int i, int score, String comment) {
    return Response.builder(TENANT, NPS.id())
        .id("r-" + i)
        .respondent("c-" + i)
        .answer("nps", score)
        .answer("comment", comment)
        .locale(Locale.ENGLISH)
        .clock(clock)
        .build();
  }

  @Test
  void aRunOfComplaintsAboutOneTopicIsFound() {
    FeedbackLoop loop = loop();
    for (int i = 1; i <= 5; i++) {
      loop.submit(answer(i, 2, "The delivery was late again and the parcel arrived damaged."));
      clock.advance(Duration.ofMinutes(1));
    }

    List<LoopEvent.RecurringIssueFound> found = listener.of(LoopEvent.RecurringIssueFound.class);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).issue().topic()).isEqualTo("delivery");
    assertThat(found.get(0).issue().count()).isEqualTo(5);
    assertThat(found.get(0).issue().responseIds()).containsExactly("r-1", "r-2", "r-3", "r-4", "r-5");
  }

  @Test
  void aRunOfPraiseForTheSameTopicIsNotAnIssue() {
    FeedbackLoop loop = loop();
    for (int i = 1; i <= 5; i++) {
      loop.submit(answer(i, 10, "Super fast delivery, the parcel came a day early. Great!"));
      clock.advance(Duration.ofMinutes(1));
    }

    assertThat(listener.of(LoopEvent.RecurringIssueFound.class)).isEmpty();
    assertThat(listener.of(LoopEvent.ResponseRecorded.class)).hasSize(5);
  }
}
