package io.feedbackloop.routing.rules;

import static io.feedbackloop.routing.rules.Conditions.*;
import static io.feedbackloop.routing.rules.Fixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.SentimentScore;
import io.feedbackloop.scoring.text.TextInsight;
import io.feedbackloop.scoring.text.TextLanguage;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The topic and sentiment conditions that need no real analysis: the DSL, JSON, insight passed in
 * by the host, and the explanations. The analysis itself (laziness, once per evaluation, the
 * build-time taxonomy check) is in {@link TextAnalysisInEngineTest}.
 */
class TextInsightConditionsTest {

  static TextInsight insight(Sentiment sentiment, double score, String... topics) {
    return new TextInsight(
        Optional.of(TextLanguage.SWEDISH),
        new TreeSet<>(List.of(topics)),
        List.of(),
        new SentimentScore(sentiment, score));
  }

  private static RuleEngine engine(Condition c) {
    RuleSet set =
        RuleSet.builder("t").rule(Rule.builder("r1").when(c).then(new Action.Tag("hit")).build()).build();
    return RuleEngine.builder(set).surveys(Fixtures.catalog()).build();
  }

  @Test
  void dslBuildsSortedDistinctSets() {
    Condition c = topic("price", "delivery", "price");
    assertThat(c).isEqualTo(new Condition.TopicIn(Set.of("delivery", "price")));
    assertThat(((Condition.TopicIn) c).topics()).containsExactly("delivery", "price");
    Condition s = sentiment(Sentiment.POSITIVE, Sentiment.NEGATIVE, Sentiment.POSITIVE);
    assertThat(s).isEqualTo(new Condition.SentimentIn(EnumSet.of(Sentiment.NEGATIVE, Sentiment.POSITIVE)));
    assertThat(((Condition.SentimentIn) s).sentiments())
        .containsExactly(Sentiment.NEGATIVE, Sentiment.POSITIVE);
  }

  @Test
  void dslRejectsEmptyAndMalformedArguments() {
    assertThatThrownBy(() -> topic())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topics must be non-empty, but was []");
    assertThatThrownBy(() -> topic("delivery", "Late Parcel"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "topic must be 1-64 lower-case letters, digits or '_' starting with a letter, but was 'Late Parcel'");
    assertThatThrownBy(() -> topic("1st"))
        .hasMessage("topic must be 1-64 lower-case letters, digits or '_' starting with a letter, but was '1st'");
    assertThatThrownBy(() -> topic("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    assertThat(topic("a".repeat(64))).isNotNull();
    assertThatThrownBy(() -> sentiment())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentiments must be non-empty, but was []");
  }

  @Test
  @SuppressWarnings("NullAway")
  void dslRejectsNulls() {
    assertThatThrownBy(() -> topic("delivery", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("topic");
    assertThatThrownBy(() -> sentiment(Sentiment.NEGATIVE, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("sentiment");
    assertThatThrownBy(() -> new Condition.TopicIn(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("topics");
  }

  @Test
  void jsonReadsAndWritesBothKinds() {
    RuleSet set =
        RuleJson.read(
            """
            {"schemaVersion": 1, "id": "t", "rules": [
              {"id": "r1", "when": {"all": [{"topic": {"in": ["price", "delivery"]}},
                                           {"sentiment": {"in": ["negative"]}}]},
               "then": [{"tag": {"name": "hit"}}]}]}""");
    assertThat(set.rule("r1").orElseThrow().condition())
        .isEqualTo(all(topic("delivery", "price"), sentiment(Sentiment.NEGATIVE)));
    String json = RuleJson.write(set);
    assertThat(json)
        .contains("\"topic\" : {\n")
        .contains("\"in\" : [ \"delivery\", \"price\" ]")
        .contains("\"in\" : [ \"negative\" ]");
    assertThat(RuleJson.read(json)).isEqualTo(set);
  }

  @Test
  void jsonReportsBadTopicsAndSentiments() {
    assertThat(problems("{\"topic\":{\"in\":[\"delivery\",\"Late Parcel\"]}}"))
        .containsExactly(
            tuple(
                "/rules/0/when/topic/in/1",
                ProblemCode.JSON_INVALID_VALUE,
                "topic must be 1-64 lower-case letters, digits or '_' starting with a letter, but was 'Late Parcel'"));
    assertThat(problems("{\"topic\":{\"in\":[]}}"))
        .containsExactly(tuple("/rules/0/when/topic/in", ProblemCode.JSON_INVALID_VALUE, "in needs at least one value"));
    assertThat(problems("{\"topic\":{\"any\":[\"delivery\"]}}"))
        .extracting(t -> t.toList().get(2))
        .containsExactly(
            "unknown property 'any' in a topic condition (known: in)", "a topic condition needs the property 'in'");
    assertThat(problems("{\"sentiment\":{\"in\":[\"negative\",\"angry\"]}}"))
        .containsExactly(
            tuple(
                "/rules/0/when/sentiment/in/1",
                ProblemCode.JSON_INVALID_VALUE,
                "unknown sentiment 'angry' (known: negative, neutral, positive)"));
    assertThat(problems("{\"sentiment\":\"negative\"}"))
        .containsExactly(
            tuple("/rules/0/when/sentiment", ProblemCode.JSON_WRONG_TYPE, "expected sentiment condition object, but was a string"));
  }

  @Test
  void sentimentConditionReadsTheInsightTheHostPassesIn() {
    RuleEngine e = engine(all(detractor("nps"), sentiment(Sentiment.NEGATIVE)));
    Response r = response("r").answer("nps", 2).answer("comment", "whatever").build();
    assertThat(e.evaluate(r, insight(Sentiment.NEGATIVE, -0.7)).matchedRules()).containsExactly("r1");
    assertThat(e.evaluate(r, insight(Sentiment.POSITIVE, 0.4)).isEmpty()).isTrue();
    assertThat(e.evaluate(r, TextInsight.EMPTY).isEmpty()).as("empty insight is neutral").isTrue();
    assertThat(e.explain(r, insight(Sentiment.NEGATIVE, -0.7)).matchedRules()).containsExactly("r1");
  }

  @Test
  void explanationSaysWhatWasDetectedAndWhereItCameFrom() {
    RuleEngine e = engine(sentiment(Sentiment.NEGATIVE, Sentiment.NEUTRAL));
    Response r = response("r").answer("nps", 2).answer("comment", "x").build();
    ConditionTrace t =
        e.explain(r, insight(Sentiment.NEGATIVE, -0.7)).explanations().get(0).conditionTrace().orElseThrow();
    assertThat(t.condition()).isEqualTo("sentiment in [negative, neutral]");
    assertThat(t.actual()).isEqualTo("negative (score -0.70, given, language sv)");
    assertThat(t.matched()).isTrue();
    ConditionTrace miss =
        e.explain(r, insight(Sentiment.POSITIVE, 0.25)).explanations().get(0).conditionTrace().orElseThrow();
    assertThat(miss.matched()).isFalse();
    assertThat(miss.actual()).isEqualTo("positive (score 0.25, given, language sv)");
  }

  @Test
  @SuppressWarnings("NullAway")
  void insightMustNotBeNull() {
    RuleEngine e = engine(sentiment(Sentiment.NEGATIVE));
    Response r = Fixtures.nps("r", 3);
    assertThatThrownBy(() -> e.evaluate(r, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("insight");
    assertThatThrownBy(() -> e.explain(r, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("insight");
  }

  @Test
  void engineWithoutInsightConditionsCreatesNoAnalyzer() {
    RuleEngine e = engine(all(detractor("nps"), anyTextContainsAny("late")));
    assertThat(e.textAnalyzer()).isEmpty();
    assertThat(e.reload(RuleSet.builder("t2").rule(Rule.builder("x").when(always()).then(new Action.Tag("t")).build()).build())
            .textAnalyzer())
        .isEmpty();
    assertThat(engine(not(sentiment(Sentiment.POSITIVE))).textAnalyzer()).as("found under not").isPresent();
    assertThat(engine(any(promoter("nps"), all(sentiment(Sentiment.POSITIVE)))).textAnalyzer())
        .as("found under any/all").isPresent();
  }

  private static List<Tuple> problems(String condition) {
    String json =
        "{\"schemaVersion\":1,\"id\":\"t\",\"rules\":[{\"id\":\"r\",\"when\":" + condition
            + ",\"then\":[{\"tag\":{\"name\":\"x\"}}]}]}";
    try {
      RuleJson.read(json);
    } catch (ValidationException e) {
      return e.problems().stream().map(p -> tuple(p.path(), p.code(), p.message())).toList();
    }
    throw new AssertionError("expected a ValidationException for " + json);
  }
}
