package io.feedbackloop.routing.rules;

import static io.feedbackloop.routing.rules.Conditions.*;
import static io.feedbackloop.routing.rules.Fixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.SentimentAnalyzer;
import io.feedbackloop.scoring.text.Taxonomy;
import io.feedbackloop.scoring.text.TextAnalyzer;
import io.feedbackloop.scoring.text.TextInsight;
import io.feedbackloop.scoring.text.TextLanguage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Topic and sentiment conditions read by the real text analyzer, through the public engine. */
class TextAnalysisInEngineTest {
  private final AtomicInteger sentimentCalls = new AtomicInteger();

  /** The built-in lexicon, counting its calls. */
  private final SentimentAnalyzer counting =
      (text, language) -> {
        sentimentCalls.incrementAndGet();
        return SentimentAnalyzer.lexicon().analyze(text, language);
      };

  private final TextAnalyzer analyzer = TextAnalyzer.builder().sentiment(counting).build();

  private RuleEngine engine(Rule... rules) {
    return RuleEngine.builder(RuleSet.builder("t").rules(List.of(rules)).build())
        .surveys(Fixtures.catalog())
        .textAnalyzer(analyzer)
        .build();
  }

  private static Rule rule(String id, Condition c) {
    return Rule.builder(id).when(c).then(new Action.Tag(id)).build();
  }

  private static Response comment(String id, int nps, String text, String languageTag) {
    return response(id).answer("nps", nps).answer("comment", text)
        .locale(Locale.forLanguageTag(languageTag)).build();
  }

  @Test
  void aRuleSetWithoutTextInsightConditionsNeverCallsTheAnalyzer() {
    RuleEngine e =
        engine(
            rule("late", textContainsAny("comment", "försenad")),
            rule("detractor", detractor("nps")),
            rule("all", always()));
    for (int i = 0; i < 20; i++) {
      e.evaluate(comment("r" + i, i % 11, "Paketet var försenad och kartongen trasig", "sv"));
      e.explain(comment("x" + i, 3, "Die Lieferung kam zu spät", "de"));
    }
    assertThat(sentimentCalls).hasValue(0);
    assertThat(e.textAnalyzer()).as("the configured analyzer is not even kept").isEmpty();
  }

  @Test
  void topicsAndSentimentAreReadOncePerEvaluationInEveryLanguage() {
    RuleEngine e =
        engine(
            rule("delivery", topic("delivery")),
            rule("angry", sentiment(Sentiment.NEGATIVE)),
            rule("angry-about-price", all(topic("price"), sentiment(Sentiment.NEGATIVE))));
    assertThat(e.textAnalyzer()).containsSame(analyzer);

    assertThat(e.evaluate(comment("sv", 2, "Leveransen var försenad, riktigt dåligt", "sv")).matchedRules())
        .containsExactly("delivery", "angry");
    assertThat(sentimentCalls).hasValue(1);
    assertThat(e.evaluate(comment("de", 2, "Die Lieferung kam viel zu spät, sehr enttäuschend", "de-AT")).matchedRules())
        .containsExactly("delivery", "angry");
    assertThat(e.evaluate(comment("pl", 3, "Za drogo, cena jest okropna", "pl")).matchedRules())
        .contains("angry-about-price");
    assertThat(sentimentCalls).hasValue(3);
    assertThat(e.evaluate(comment("en", 10, "Great service, thank you!", "en")).isEmpty()).isTrue();
    assertThat(sentimentCalls).hasValue(4);
  }

  @Test
  void theExplanationNamesTheDetectedTopicsAndSentiment() {
    RuleEngine e = engine(rule("r1", all(topic("delivery"), sentiment(Sentiment.NEGATIVE))));
    Decision d = e.explain(comment("sv", 2, "Leveransen var försenad, riktigt dåligt", "sv"));
    ConditionTrace all = d.explanations().get(0).conditionTrace().orElseThrow();
    assertThat(all.parts().get(0).actual())
        .isEqualTo("topics [delivery] detected (analyzed, language sv)");
    assertThat(all.parts().get(1).actual()).startsWith("negative (score -").endsWith(", analyzed, language sv)");
    assertThat(d.explainText()).contains("[yes] topic in [delivery] -- actual: topics [delivery] detected");
    assertThat(sentimentCalls).hasValue(1);
  }

  @Test
  void anInsightTheHostComputedIsNotComputedTwice() {
    RuleEngine e = engine(rule("delivery", topic("delivery")));
    Response r = comment("sv", 2, "Leveransen var försenad", "sv");
    TextInsight insight = analyzer.analyze("Leveransen var försenad", Locale.forLanguageTag("sv"));
    assertThat(sentimentCalls).hasValue(1);
    assertThat(e.evaluate(r, insight).matchedRules()).containsExactly("delivery");
    assertThat(e.explain(r, insight).matchedRules()).containsExactly("delivery");
    assertThat(sentimentCalls).as("only the host's own analysis").hasValue(1);
  }

  @Test
  void aTopicTheTaxonomyLacksFailsTheBuildNamingRuleTopicAndKnownIds() {
    RuleSet set =
        RuleSet.builder("t")
            .rule(rule("ok", topic("delivery")))
            .rule(rule("weather-rule", all(detractor("nps"), topic("weather", "price"))))
            .build();
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class, () -> RuleEngine.builder(set).surveys(Fixtures.catalog()).build());
    String message =
        "rule 'weather-rule' names the topic 'weather', which the text analyzer's taxonomy does not"
            + " have (known: [communication, customer_service, delivery, payment, price,"
            + " product_quality, returns_refunds, website_app])";
    assertThat(e.problems())
        .containsExactly(new Problem("/rules/1/when/all/1/topic/in", ProblemCode.BAD_CONDITION, message));
    assertThat(e.getMessage()).isEqualTo("rule set t v1 is invalid (1 problem): " + e.problems().get(0));
  }

  @Test
  void aCustomTaxonomyDecidesWhichTopicsTheRulesMayName() {
    TextAnalyzer weather =
        TextAnalyzer.builder()
            .taxonomy(
                Taxonomy.builder()
                    .terms("weather", TextLanguage.ENGLISH, "rain", "storm")
                    .terms("weather", TextLanguage.SWEDISH, "regn", "storm")
                    .build())
            .build();
    RuleSet set = RuleSet.builder("t").rule(rule("w", topic("weather"))).build();
    RuleEngine e = RuleEngine.builder(set).textAnalyzer(weather).build();
    assertThat(e.evaluate(comment("r", 5, "Regnet förstörde paketet", "sv")).matchedRules())
        .containsExactly("w");
    RuleSet delivery = RuleSet.builder("t").rule(rule("d", topic("delivery"))).build();
    assertThatThrownBy(() -> e.reload(delivery))
        .as("reload keeps the configured analyzer")
        .hasMessageContaining("names the topic 'delivery', which the text analyzer's taxonomy does not have (known: [weather])");
  }

  @Test
  void simulationPassesItsAnalyzerOn() {
    RuleSet set =
        RuleSet.builder("t")
            .rule(rule("angry", sentiment(Sentiment.NEGATIVE)))
            .rule(rule("delivery", topic("delivery")))
            .build();
    SimulationReport report =
        Simulation.builder(set)
            .surveys(Fixtures.catalog())
            .textAnalyzer(analyzer)
            .build()
            .run(
                List.of(
                    comment("a", 2, "Leveransen var försenad, riktigt dåligt", "sv"),
                    comment("b", 10, "Allt var perfekt, tack!", "sv"),
                    Fixtures.nps("c", 9)));
    assertThat(report.matchesPerRule()).containsEntry("angry", 1L).containsEntry("delivery", 1L);
    assertThat(sentimentCalls).as("two texts, once each").hasValue(2);
  }

  @Test
  void aSentimentAnalyzerThatThrowsIsReplacedByTheLexicon() {
    TextAnalyzer failing =
        TextAnalyzer.builder()
            .sentiment((text, language) -> {
              throw new IllegalStateException("model offline");
            })
            .build();
    RuleEngine e =
        RuleEngine.builder(RuleSet.builder("t").rule(rule("angry", sentiment(Sentiment.NEGATIVE))).build())
            .textAnalyzer(failing)
            .build();
    assertThat(e.evaluate(comment("r", 2, "Leveransen var försenad, riktigt dåligt", "sv")).matchedRules())
        .containsExactly("angry");
  }
}
