package io.feedbackloop.routing.internal.rules;

import static io.feedbackloop.routing.rules.Conditions.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Condition;
import io.feedbackloop.routing.rules.ConditionTrace;
import io.feedbackloop.routing.rules.Decision;
import io.feedbackloop.routing.rules.RespondentHistory;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleSet;
import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.SentimentScore;
import io.feedbackloop.scoring.text.TextInsight;
import io.feedbackloop.scoring.text.TextLanguage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The plan reads the text lazily: at most once per evaluation, only when a text-insight condition
 * is reached, over the text answers joined by newlines with the response locale as the hint.
 */
class LazyTextAnalysisTest {
  private static final TenantId ACME = TenantId.of("acme");

  /** Answers "delivery, negative" and records every call. */
  private static final class Recording implements TextAnalysis {
    final List<String> texts = new ArrayList<>();
    final List<@Nullable Locale> locales = new ArrayList<>();

    @Override
    public TextInsight analyze(String text, @Nullable Locale locale) {
      texts.add(text);
      locales.add(locale);
      return new TextInsight(
          Optional.of(TextLanguage.SWEDISH),
          new TreeSet<>(List.of("delivery")),
          List.of(),
          new SentimentScore(Sentiment.NEGATIVE, -0.5));
    }
  }

  private final Recording analysis = new Recording();

  private Plan plan(Rule... rules) {
    RuleSet set = RuleSet.builder("t").rules(List.of(rules)).build();
    return Plan.compile(set, r -> null, RespondentHistory.none(), analysis, true);
  }

  private static Rule rule(String id, int priority, Condition c) {
    return Rule.builder(id).priority(priority).when(c).then(new Action.Tag(id)).build();
  }

  private static Response.Builder response() {
    return Response.builder(ACME, "s1").id("r1").submittedAt(Instant.parse("2026-03-02T09:00:00Z"));
  }

  private static final Response WITH_TEXT =
      response()
          .answer("nps", 2)
          .answer("comment", "Paketet kom sent")
          .answer("other", "   ")
          .answer("reason", "Budet ringde inte")
          .locale(Locale.forLanguageTag("sv-SE"))
          .build();

  @Test
  void rulesWithoutTextInsightConditionsNeverCallTheAnalysis() {
    Plan p = plan(rule("a", 1, anyTextContainsAny("sent")), rule("b", 2, always()));
    p.evaluate(WITH_TEXT, false);
    p.evaluate(WITH_TEXT, true);
    assertThat(analysis.texts).isEmpty();
  }

  @Test
  void theAnalysisRunsOncePerEvaluationHoweverManyConditionsReadIt() {
    Plan p =
        plan(
            rule("a", 3, topic("delivery")),
            rule("b", 2, sentiment(Sentiment.NEGATIVE)),
            rule("c", 1, not(topic("price"))));
    Decision d = p.evaluate(WITH_TEXT, false);
    assertThat(d.matchedRules()).containsExactly("a", "b", "c");
    assertThat(analysis.texts).hasSize(1);
    p.evaluate(WITH_TEXT, true);
    assertThat(analysis.texts).as("one more evaluation, one more analysis").hasSize(2);
  }

  @Test
  void theAnalysisRunsOnlyWhenATextConditionIsReached() {
    Plan p =
        plan(
            rule("gold", 9, all(attributeEquals("tier", "gold"), sentiment(Sentiment.NEGATIVE))),
            rule("stop", 5, survey("s1")).toBuilder().stopProcessing(true).build(),
            rule("late", 1, topic("delivery")));
    Decision d = p.evaluate(WITH_TEXT, false);
    assertThat(d.matchedRules()).containsExactly("stop");
    assertThat(analysis.texts).as("short-circuited and never reached").isEmpty();
    Response gold = response().answer("comment", "x").attribute("tier", "gold").build();
    assertThat(p.evaluate(gold, false).matchedRules()).containsExactly("gold", "stop");
    assertThat(analysis.texts).hasSize(1);
  }

  @Test
  void theTextIsEveryNonBlankTextAnswerJoinedByNewlinesWithTheResponseLocale() {
    plan(rule("a", 1, topic("delivery"))).evaluate(WITH_TEXT, false);
    assertThat(analysis.texts).containsExactly("Paketet kom sent\nBudet ringde inte");
    assertThat(analysis.locales).containsExactly(Locale.forLanguageTag("sv-SE"));

    plan(rule("a", 1, topic("delivery")))
        .evaluate(response().answer("comment", "Late again").build(), false);
    assertThat(analysis.locales).as("no locale, no hint").containsExactly(Locale.forLanguageTag("sv-SE"), null);
  }

  @Test
  void noTextMeansEmptyInsightWithoutCallingTheAnalysis() {
    Plan p = plan(rule("neutral", 2, sentiment(Sentiment.NEUTRAL)), rule("late", 1, topic("delivery")));
    Response noText = response().answer("nps", 9).build();
    Response blank = response().answer("nps", 9).answer("comment", " \n ").build();
    assertThat(p.evaluate(noText, false).matchedRules()).containsExactly("neutral");
    assertThat(p.evaluate(blank, false).matchedRules()).containsExactly("neutral");
    ConditionTrace t = p.evaluate(noText, true).explanations().get(1).conditionTrace().orElseThrow();
    assertThat(t.condition()).isEqualTo("topic in [delivery]");
    assertThat(t.actual()).isEqualTo("topics [] detected (analyzed, language und)");
    assertThat(analysis.texts).isEmpty();
  }

  @Test
  void anInsightGivenByTheHostIsUsedAndTheAnalysisIsNotCalled() {
    Plan p = plan(rule("price", 1, topic("price")));
    TextInsight given =
        new TextInsight(Optional.empty(), new TreeSet<>(List.of("price")), List.of(), SentimentScore.NEUTRAL);
    assertThat(p.evaluate(WITH_TEXT, given, false).matchedRules()).containsExactly("price");
    ConditionTrace t =
        p.evaluate(WITH_TEXT, given, true).explanations().get(0).conditionTrace().orElseThrow();
    assertThat(t.actual()).isEqualTo("topics [price] detected (given, language und)");
    assertThat(analysis.texts).isEmpty();
  }

  @Test
  void theExplanationSaysWhichTopicsTheAnalysisDetected() {
    ConditionTrace t =
        plan(rule("a", 1, topic("price", "delivery")))
            .evaluate(WITH_TEXT, true).explanations().get(0).conditionTrace().orElseThrow();
    assertThat(t.condition()).isEqualTo("topic in [delivery, price]");
    assertThat(t.actual()).isEqualTo("topics [delivery] detected (analyzed, language sv)");
    assertThat(t.matched()).isTrue();
  }

  @Test
  void needsInsightLooksThroughEveryComposite() {
    assertThat(Matchers.needsInsight(always())).isFalse();
    assertThat(Matchers.needsInsight(all(always(), any(detractor("nps"), not(topic("x")))))).isTrue();
    assertThat(Matchers.needsInsight(any(always(), sentiment(Sentiment.POSITIVE)))).isTrue();
    assertThat(Matchers.needsInsight(not(anyTextContainsAny("late")))).isFalse();
  }
}
