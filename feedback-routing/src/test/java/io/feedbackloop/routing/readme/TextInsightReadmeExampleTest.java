package io.feedbackloop.routing.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.CaseQuery;
import io.feedbackloop.routing.cases.CaseService;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.InMemoryCaseStore;
import io.feedbackloop.routing.cases.OutcomeMessage;
import io.feedbackloop.routing.cases.OutcomeMessages;
import io.feedbackloop.routing.insight.RecurringIssueResponder;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.OutboxState;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Conditions;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleEngine;
import io.feedbackloop.routing.rules.RuleSet;
import io.feedbackloop.scoring.insight.RecurringIssueDetector;
import io.feedbackloop.scoring.insight.TopicMention;
import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.TextAnalyzer;
import io.feedbackloop.scoring.text.TextInsight;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs the examples of the README's "Text insight" section with the real parts. */
class TextInsightReadmeExampleTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final List<String> LANGUAGES = List.of("sv", "de", "pl", "nl", "en", "sv");
  private static final List<String> COMMENTS =
      List.of(
          "Paketet kom en vecka för sent",
          "Die Lieferung kam viel zu spät",
          "Przesyłka dotarła z dużym opóźnieniem",
          "Het pakket werd veel te laat bezorgd",
          "The delivery was late again",
          "Leveransen var försenad igen");

  private final TextAnalyzer analyzer = TextAnalyzer.ofDefaults();

  @Test
  void theAnalyzerExample() {
    TextInsight insight = analyzer.analyze("Leveransen kom inte i tid", Locale.forLanguageTag("sv"));
    assertThat(insight.topics()).containsExactly("delivery");
    assertThat(insight.sentiment().sentiment()).isEqualTo(Sentiment.NEGATIVE);
    assertThat(insight.languageCode()).isEqualTo("sv");

    TextInsight praise = analyzer.analyze("Die Lieferung war nicht kaputt, alles super");
    assertThat(praise.languageCode()).as("detected").isEqualTo("de");
    assertThat(praise.sentiment().sentiment()).isEqualTo(Sentiment.POSITIVE);
  }

  @Test
  void theRuleExample() {
    Rule rule =
        Rule.builder("delivery-complaint")
            .when(Conditions.all(Conditions.topic("delivery"), Conditions.sentiment(Sentiment.NEGATIVE)))
            .then(new Action.NotifyTeam("logistics", "slack", "delivery-complaint"))
            .build();
    RuleEngine engine = RuleEngine.builder(RuleSet.builder("text").rules(List.of(rule)).build()).build();

    assertThat(engine.evaluate(response("r-1", "Paketet kom en vecka för sent", "sv")).matchedRules())
        .containsExactly("delivery-complaint");
    assertThat(engine.evaluate(response("r-2", "Snabb leverans, tack!", "sv")).matchedRules())
        .as("delivery, but praise")
        .isEmpty();
    assertThat(engine.evaluate(response("r-3", "Too expensive for what it is", "en")).matchedRules())
        .as("a complaint, but not about delivery")
        .isEmpty();
  }

  @Test
  void aSpikeOpensOneProblemCaseAndEveryoneHearsWhatWasDoneInTheirLanguage() {
    MutableClock clock = MutableClock.at("2026-03-03T09:00:00Z");
    UnitOfWork uow = UnitOfWork.inMemory();
    InMemoryCaseStore store = InMemoryCaseStore.create(uow);
    InMemoryOutboxStore outbox = InMemoryOutboxStore.create(uow);
    CaseService cases = CaseService.builder().store(store).clock(clock).build();

    RecurringIssueResponder responder = RecurringIssueResponder.builder()
        .tenant(TENANT).cases(cases).outbox(outbox)
        .team("delivery", "logistics").alertChannel("staff").clock(clock).build();
    RecurringIssueDetector detector = RecurringIssueDetector.builder()
        .segmentBy("region").includeOverall(false).listener(responder).build();

    // a quiet day: one delivery comment an hour in the north, after a day of warm-up
    Instant start = Instant.parse("2026-03-01T09:00:00Z");
    for (int h = 0; h < 48; h++) {
      Instant at = start.plus(Duration.ofHours(h));
      detector.record(new TopicMention("quiet-" + h, "regular-" + h, at, Map.of("region", "north"),
          Set.of("delivery")));
    }
    assertThat(store.query(CaseQuery.builder(TENANT).build(), 10, null).items()).isEmpty();

    // then six late-delivery complaints within twenty minutes
    for (int i = 0; i < COMMENTS.size(); i++) {
      Response response = response("late-" + i, COMMENTS.get(i), LANGUAGES.get(i));
      TextInsight insight = analyzer.analyze(COMMENTS.get(i), response.locale().orElse(null));
      assertThat(insight.topics()).as(COMMENTS.get(i)).containsExactly("delivery");
      detector.record(new TopicMention(response.id(), "customer-" + i,
          clock.instant().plus(Duration.ofMinutes(3L * i)), Map.of("region", "north"),
          insight.topics()));
    }

    List<FollowUpCase> opened = store.query(CaseQuery.builder(TENANT).build(), 10, null).items();
    assertThat(opened).hasSize(1);
    FollowUpCase problem = opened.get(0);
    assertThat(problem.team()).contains("logistics");
    assertThat(problem.respondents()).extracting(RespondentId::value).contains("customer-5");
    int linked = problem.respondents().size();
    assertThat(linked).isGreaterThanOrEqualTo(6);
    assertThat(outbox.counts().of(OutboxState.PENDING)).as("one alert to the team").isEqualTo(1);

    FollowUpCase a = cases.assign(TENANT, problem.id(), "ana", "ana", problem.version());
    FollowUpCase p = cases.startProgress(TENANT, problem.id(), "ana", a.version());
    FollowUpCase resolved = cases.resolve(TENANT, problem.id(), List.of("carrier-delay"),
        "Changed carrier in the north", "We changed carrier for the northern region.", "ana",
        p.version());
    OutcomeMessages outcomes = OutcomeMessages.builder().outbox(outbox).clock(clock).build();
    Map<RespondentId, OutcomeMessage> sent = outcomes.sendToAll(resolved,
        who -> languageOf(who.value()), Locale.ENGLISH, Map.of());

    assertThat(sent).hasSize(linked);
    assertThat(sent.get(RespondentId.of("customer-1")).locale()).isEqualTo(Locale.GERMAN);
    assertThat(sent.get(RespondentId.of("customer-2")).locale().getLanguage()).isEqualTo("pl");
    assertThat(outbox.counts().of(OutboxState.PENDING)).isEqualTo(1 + linked);
  }

  private static Optional<Locale> languageOf(String respondent) {
    if (!respondent.startsWith("customer-")) {
      return Optional.empty();
    }
    int i = Integer.parseInt(respondent.substring("customer-".length()));
    return Optional.of(Locale.forLanguageTag(LANGUAGES.get(i)));
  }

  private static Response response(String id, String comment, String language) {
    return Response.builder(TENANT, "post-delivery")
        .id(id)
        .answer("comment", comment)
        .locale(Locale.forLanguageTag(language))
        .submittedAt(Instant.parse("2026-03-03T09:00:00Z"))
        .build();
  }
}
