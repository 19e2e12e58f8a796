package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.NPS;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.TENANT;
import static io.feedbackloop.routing.loop.FeedbackLoopFixtures.nps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.link.InvalidLinkException;
import io.feedbackloop.routing.link.IssuedLink;
import io.feedbackloop.routing.link.SurveyLinks;
import io.feedbackloop.routing.assign.Team;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmitThroughLinkTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private final MutableClock clock = MutableClock.at(START.toString());

  private FeedbackLoop loop() {
    return FeedbackLoop.builder()
        .survey(NPS)
        .team(Team.of("support", "ana"))
        .linkBaseUrl(URI.create("https://shop.example/feedback"))
        .clock(clock)
        .build();
  }

  private static IssuedLink issue(SurveyLinks links, String who) {
    return links.issue(TENANT, NPS.id(), RespondentId.of(who), "inv-" + who, START.plus(Duration.ofDays(7)));
  }

  @Test
  void redeemsTheLinkWithTheAnswerAndAReplayDoesNotTouchItAgain() {
    FeedbackLoop loop = loop();
    SurveyLinks links = loop.links().orElseThrow();
    IssuedLink link = issue(links, "c-1");

    SubmitResult first = loop.submitThroughLink(link.token(), nps("r-1", "c-1", 2, clock));
    SubmitResult again = loop.submitThroughLink(link.token(), nps("r-1", "c-1", 2, clock));

    assertThat(first.replay()).isFalse();
    assertThat(first.openedCases()).hasSize(1);
    assertThat(again.replay()).isTrue();
    assertThat(loop.cases().store().findByRespondent(TENANT, RespondentId.of("c-1"))).hasSize(1);
    assertThatThrownBy(() -> links.open(link.token())).isInstanceOf(InvalidLinkException.class);
  }

  @Test
  void aSecondAnswerThroughAUsedLinkIsRefusedAndNotStored() {
    FeedbackLoop loop = loop();
    IssuedLink link = issue(loop.links().orElseThrow(), "c-1");
    loop.submitThroughLink(link.token(), nps("r-1", "c-1", 9, clock));

    assertThatThrownBy(() -> loop.submitThroughLink(link.token(), nps("r-2", "c-1", 3, clock)))
        .isInstanceOf(InvalidLinkException.class);
    assertThat(loop.responses().get(TENANT, "r-2")).isEmpty();
  }

  @Test
  void anAnswerForAnotherRespondentIsRefusedAndLeavesTheLinkUsable() {
    FeedbackLoop loop = loop();
    SurveyLinks links = loop.links().orElseThrow();
    IssuedLink link = issue(links, "c-1");

    assertThatThrownBy(() -> loop.submitThroughLink(link.token(), nps("r-1", "c-2", 3, clock)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("response r-1 is not for the link's tenant, survey 'post-delivery'")
        .hasMessageContaining("invitation inv-c-1");
    assertThat(loop.responses().get(TENANT, "r-1")).isEmpty();
    assertThat(links.open(link.token()).subject().respondent()).isEqualTo(RespondentId.of("c-1"));
  }

  @Test
  void withoutALinkBaseUrlThereAreNoLinks() {
    FeedbackLoop loop = FeedbackLoop.builder().survey(NPS).team(Team.of("support", "ana")).clock(clock).build();

    assertThat(loop.links()).isEmpty();
    assertThatThrownBy(() -> loop.submitThroughLink("t", nps("r-1", "c-1", 3, clock)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("submitThroughLink needs survey links, but no linkBaseUrl(...) was set");
  }

  @Test
  void nodeIdAndLeaseLengthAreChecked() {
    assertThatThrownBy(() -> FeedbackLoop.builder().nodeId(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workerId");
    assertThatThrownBy(() -> FeedbackLoop.builder().leaseLength(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaseLength must be > 0");
  }
}
