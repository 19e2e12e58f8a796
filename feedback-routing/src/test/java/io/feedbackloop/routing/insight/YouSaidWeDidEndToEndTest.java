package io.feedbackloop.routing.insight;

import static io.feedbackloop.routing.insight.InsightWorld.ISSUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.OutcomeMessage;
import io.feedbackloop.routing.cases.OutcomeMessages;
import io.feedbackloop.routing.outbox.OutboxState;
import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import io.feedbackloop.scoring.insight.RecurringIssueListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A spike of delivery complaints from five respondents in five languages: the events of one episode
 * (as the detector emits them: the same issue id, a growing list) reach the responder through the
 * listener interface, the team resolves the one problem case, and every respondent is told what was
 * done in their language.
 */
class YouSaidWeDidEndToEndTest {
  private static final List<String> LANGUAGES = List.of("sv", "de", "pl", "nl", "en");

  @Test
  void oneEpisodeOneCaseOneAlertAndAnOutcomeToEveryRespondentInTheirLanguage() {
    InsightWorld world = new InsightWorld();
    RecurringIssueListener listener = world.responder().build();

    List<String> responses = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      responses.add("resp-" + i);
      people.add("cust-" + LANGUAGES.get(i));
      if (i >= 2) { // the detector fires from the third mention on, once per further mention
        listener.onRecurringIssue(
            new RecurringIssueDetected(
                ISSUE, i - 1, "delivery", Map.of("region", "north"), InsightWorld.WINDOW_START,
                InsightWorld.WINDOW_END, i + 1, 0.8, 3.1 + i, responses, people));
        world.clock.advance(Duration.ofMinutes(7));
      }
    }

    FollowUpCase c = world.onlyCase();
    assertThat(c.responseIds()).containsExactly(
        c.sourceResponseId(), "resp-0", "resp-1", "resp-2", "resp-3", "resp-4");
    assertThat(c.respondents()).extracting(RespondentId::value)
        .containsExactly("cust-sv", "cust-de", "cust-pl", "cust-nl", "cust-en");
    assertThat(world.outbox.counts().of(OutboxState.PENDING)).as("one alert").isEqualTo(1);

    FollowUpCase resolved = world.resolve(c, "We changed carrier for the northern region.");
    OutcomeMessages outcomes = OutcomeMessages.builder().outbox(world.outbox).clock(world.clock).build();
    Map<RespondentId, OutcomeMessage> sent =
        outcomes.sendToAll(
            resolved,
            who -> Optional.of(Locale.forLanguageTag(who.value().substring("cust-".length()))),
            Locale.ENGLISH,
            Map.of());

    assertThat(sent).hasSize(5);
    assertThat(sent.values()).allMatch(OutcomeMessage::queued);
    assertThat(sent.values()).extracting(m -> m.locale().getLanguage())
        .containsExactlyElementsOf(LANGUAGES);
    for (Map.Entry<RespondentId, OutcomeMessage> e : sent.entrySet()) {
      assertThat(world.message(e.getValue().idempotencyKey()).message().text())
          .contains("We changed carrier for the northern region.");
      assertThat(e.getValue().idempotencyKey()).endsWith(":outcome:v1:" + e.getKey().value());
    }
    assertThat(world.outbox.counts().of(OutboxState.PENDING)).isEqualTo(6);
  }
}
