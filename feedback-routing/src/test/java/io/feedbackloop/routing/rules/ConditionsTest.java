package io.feedbackloop.routing.rules;

import static io.feedbackloop.routing.rules.Conditions.*;
import static io.feedbackloop.routing.rules.Fixtures.T0;
import static io.feedbackloop.routing.rules.Fixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.scoring.Category;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every condition kind, matched and not matched, through a one-rule engine. */
class ConditionsTest {

  private static boolean matches(Condition c, Response r) {
    return matches(c, r, RespondentHistory.none());
  }

  private static boolean matches(Condition c, Response r, RespondentHistory history) {
    RuleSet set =
        RuleSet.builder("t")
            .rule(Rule.builder("r").when(c).then(new Action.Tag("hit")).build())
            .build();
    RuleEngine engine =
        RuleEngine.builder(set).surveys(Fixtures.catalog()).history(history).build();
    boolean fast = !engine.evaluate(r).isEmpty();
    Decision explained = engine.explain(r);
    assertThat(explained.isEmpty())
        .as("explain agrees with evaluate for %s", c)
        .isEqualTo(!fast);
    ConditionTrace trace = explained.explanations().get(0).conditionTrace().orElseThrow();
    assertThat(trace.matched()).as("trace of %s", c).isEqualTo(fast);
    return fast;
  }

  @Test
  void npsCategories() {
    for (int s = 0; s <= 10; s++) {
      Response r = Fixtures.nps("r" + s, s);
      assertThat(matches(detractor("nps"), r)).as("detractor %s", s).isEqualTo(s <= 6);
      assertThat(matches(passive("nps"), r)).as("passive %s", s).isEqualTo(s == 7 || s == 8);
      assertThat(matches(promoter("nps"), r)).as("promoter %s", s).isEqualTo(s >= 9);
    }
    assertThat(matches(category("nps", Category.NEGATIVE, Category.NEUTRAL), Fixtures.nps("a", 8)))
        .isTrue();
  }

  @Test
  void categoriesOfOtherScalesAndThumbs() {
    Response r =
        response("r").answer("nps", 9).answer("csat", 3).answer("ces", 2).answer("smiley", 5)
            .answer("thumbs", false).build();
    assertThat(matches(passive("csat"), r)).as("csat 3 is neutral").isTrue();
    assertThat(matches(detractor("ces"), r)).as("ces 2 is hard").isTrue();
    assertThat(matches(promoter("smiley"), r)).as("smiley 5 is positive").isTrue();
    assertThat(matches(detractor("thumbs"), r)).as("thumbs down").isTrue();
    assertThat(matches(promoter("thumbs"), r)).isFalse();
    Response up = response("u").answer("nps", 9).answer("thumbs", true).build();
    assertThat(matches(promoter("thumbs"), up)).as("thumbs up").isTrue();
  }

  @Test
  void categoryWithoutAnswerOrOffScaleOrUnknownSurveyNeverMatches() {
    Response none = response("n").answer("nps", 9).build();
    assertThat(matches(detractor("csat"), none)).isFalse();
    assertThat(matches(not(detractor("csat")), none)).isTrue();
    Response off = response("o").answer("nps", 11).build();
    assertThat(matches(category("nps", Category.values()), off)).isFalse();
    Response unknown =
        Response.builder(Fixtures.TENANT, "elsewhere").id("x").answer("nps", 2).build();
    assertThat(matches(detractor("nps"), unknown)).as("no scale without survey").isFalse();
    assertThat(matches(score("nps", Comparison.LESS_THAN, 3), unknown))
        .as("raw scores work without survey")
        .isTrue();
  }

  @Test
  void scoreComparisons() {
    Response r = Fixtures.nps("r", 5);
    assertThat(matches(score("nps", Comparison.EQUALS, 5), r)).isTrue();
    assertThat(matches(score("nps", Comparison.EQUALS, 6), r)).isFalse();
    assertThat(matches(score("nps", Comparison.NOT_EQUALS, 5), r)).isFalse();
    assertThat(matches(score("nps", Comparison.NOT_EQUALS, 4), r)).isTrue();
    assertThat(matches(score("nps", Comparison.LESS_THAN, 5), r)).isFalse();
    assertThat(matches(score("nps", Comparison.LESS_THAN, 6), r)).isTrue();
    assertThat(matches(score("nps", Comparison.AT_MOST, 5), r)).isTrue();
    assertThat(matches(score("nps", Comparison.AT_MOST, 4), r)).isFalse();
    assertThat(matches(score("nps", Comparison.GREATER_THAN, 5), r)).isFalse();
    assertThat(matches(score("nps", Comparison.GREATER_THAN, 4), r)).isTrue();
    assertThat(matches(score("nps", Comparison.AT_LEAST, 5), r)).isTrue();
    assertThat(matches(score("nps", Comparison.AT_LEAST, 6), r)).isFalse();
    assertThat(matches(scoreBetween("nps", 5, 6), r)).isTrue();
    assertThat(matches(score("ces", Comparison.AT_MOST, 7), r)).as("no answer").isFalse();
  }

  @Test
  void surveyTouchpointChannelLocale() {
    Response r =
        response("r").answer("nps", 9).touchpoint("delivery").channel(Channel.SMS)
            .locale(Locale.forLanguageTag("sv-SE")).build();
    assertThat(matches(survey("post-delivery"), r)).isTrue();
    assertThat(matches(survey("support"), r)).isFalse();
    assertThat(matches(touchpoint("purchase", "delivery"), r)).isTrue();
    assertThat(matches(touchpoint("purchase"), r)).isFalse();
    assertThat(matches(touchpoint("delivery"), Fixtures.nps("n", 1))).as("no touchpoint").isFalse();
    assertThat(matches(channel(Channel.EMAIL, Channel.SMS), r)).isTrue();
    assertThat(matches(channel(Channel.EMAIL), r)).isFalse();
    assertThat(matches(locale("sv"), r)).as("language matches any region").isTrue();
    assertThat(matches(locale("sv-SE"), r)).isTrue();
    assertThat(matches(locale("sv-FI"), r)).isFalse();
    assertThat(matches(locale("de"), r)).isFalse();
    assertThat(matches(locale("sv"), Fixtures.nps("n", 1))).as("no locale").isFalse();
  }

  @Test
  void attributes() {
    Response r =
        response("r").answer("nps", 9).attribute("customer_tier", "gold")
            .attribute("order_value", "1500.50").attribute("region", "north-1").build();
    assertThat(matches(attributeEquals("customer_tier", "gold"), r)).isTrue();
    assertThat(matches(attributeEquals("customer_tier", "Gold"), r)).as("case counts").isFalse();
    assertThat(matches(attributeIn("customer_tier", "silver", "gold"), r)).isTrue();
    assertThat(matches(attributeIn("missing", "x"), r)).isFalse();
    assertThat(matches(attributeAtLeast("order_value", 1500.5), r)).isTrue();
    assertThat(matches(attributeAtLeast("order_value", 1500.51), r)).isFalse();
    assertThat(matches(attribute("order_value", Comparison.LESS_THAN, 2000), r)).isTrue();
    assertThat(matches(attribute("region", Comparison.GREATER_THAN, 0), r))
        .as("not a number never matches")
        .isFalse();
    assertThat(matches(attribute("nothing", Comparison.NOT_EQUALS, 0), r)).isFalse();
    assertThat(matches(attributeExists("region"), r)).isTrue();
    assertThat(matches(attributeExists("nothing"), r)).isFalse();
    Response negative = response("n").answer("nps", 1).attribute("order_value", "-20").build();
    assertThat(matches(attribute("order_value", Comparison.EQUALS, -20), negative)).isTrue();
    Response plus = response("p").answer("nps", 1).attribute("order_value", "+7").build();
    assertThat(matches(attribute("order_value", Comparison.EQUALS, 7), plus)).isTrue();
  }

  @Test
  void textIsCaseAndDiacriticsInsensitiveOnWordBoundaries() {
    Response sv = response("sv").answer("nps", 2).answer("comment", "Paketet var FÖRSENAD igen!").build();
    Response de = response("de").answer("nps", 2).answer("comment", "Die Lieferung kam spät.").build();
    Response pl = response("pl").answer("nps", 2).answer("comment", "Chcę ZWROT pieniędzy, Łódź").build();
    assertThat(matches(textContainsAny("comment", "forsenad"), sv)).isTrue();
    assertThat(matches(textContainsAny("comment", "försenad"), sv)).isTrue();
    assertThat(matches(textContainsAny("comment", "lieferung"), de)).isTrue();
    assertThat(matches(textContainsAny("comment", "kam spat"), de)).as("phrase").isTrue();
    assertThat(matches(textContainsAny("comment", "spat kam"), de)).isFalse();
    assertThat(matches(textContainsAny("comment", "zwrot"), pl)).isTrue();
    assertThat(matches(textContainsAny("comment", "lodz"), pl)).as("ł folds to l").isTrue();
    assertThat(matches(textContainsAny("comment", "pieniedzy"), pl)).isTrue();
    assertThat(matches(textContainsAny("comment", "liefer"), de)).as("whole words only").isFalse();
    assertThat(matches(textContainsAll("comment", "lieferung", "spät"), de)).isTrue();
    assertThat(matches(textContainsAll("comment", "lieferung", "schnell"), de)).isFalse();
    assertThat(matches(textContainsAny("comment", "schnell", "lieferung"), de)).isTrue();
    assertThat(matches(textContainsAny("comment", "x"), Fixtures.nps("n", 1))).isFalse();
    assertThat(matches(anyTextContainsAny("igen"), sv)).isTrue();
    assertThat(matches(anyTextContainsAny("nope"), sv)).isFalse();
    assertThat(matches(anyTextContainsAny("igen"), Fixtures.nps("n", 1))).isFalse();
  }

  @Test
  void firstResponseOfARespondent() {
    Response earlier = response("e").respondent("c1").submittedAt(T0.minusSeconds(60)).answer("nps", 9).build();
    Response now = response("now").respondent("c1").answer("nps", 9).build();
    assertThat(matches(firstResponse(), now)).isTrue();
    assertThat(matches(firstResponse(), now, InMemoryRespondentHistory.of(earlier))).isFalse();
    assertThat(matches(firstResponse(), now, InMemoryRespondentHistory.of(now)))
        .as("the response itself is not its own history")
        .isTrue();
    assertThat(matches(firstResponse(), Fixtures.nps("anon", 9))).as("anonymous").isFalse();
  }

  @Test
  void repeatDetractorWithinPeriod() {
    Condition c = Conditions.repeatDetractor("nps", 2, Duration.ofDays(90));
    Response old = response("old").respondent("c1").submittedAt(T0.minus(Duration.ofDays(100))).answer("nps", 1).build();
    Response recent = response("recent").respondent("c1").submittedAt(T0.minus(Duration.ofDays(30))).answer("nps", 3).build();
    Response promo = response("promo").respondent("c1").submittedAt(T0.minus(Duration.ofDays(10))).answer("nps", 10).build();
    Response now = response("now").respondent("c1").answer("nps", 4).build();
    Response nowPromoter = response("np").respondent("c1").answer("nps", 9).build();
    assertThat(matches(c, now, InMemoryRespondentHistory.of(old, promo))).as("outside period").isFalse();
    assertThat(matches(c, now, InMemoryRespondentHistory.of(old, recent, promo))).isTrue();
    assertThat(matches(c, nowPromoter, InMemoryRespondentHistory.of(recent)))
        .as("the current answer must be negative")
        .isFalse();
    Condition three = Conditions.repeatDetractor("nps", 3, Duration.ofDays(200));
    assertThat(matches(three, now, InMemoryRespondentHistory.of(old, recent))).isTrue();
    assertThat(matches(three, now, InMemoryRespondentHistory.of(recent))).isFalse();
    Response otherTenant =
        Response.builder(io.feedbackloop.core.TenantId.of("other"), "post-delivery").id("ot")
            .respondent("c1").submittedAt(T0.minusSeconds(5)).answer("nps", 0).build();
    assertThat(matches(c, now, InMemoryRespondentHistory.of(otherTenant))).as("tenant scoped").isFalse();
  }

  @Test
  void scoreDroppedSincePrevious() {
    Condition c = Conditions.scoreDropped("nps", 3);
    Response first = response("a").respondent("c1").submittedAt(T0.minusSeconds(200)).answer("nps", 10).build();
    Response previous = response("b").respondent("c1").submittedAt(T0.minusSeconds(100)).answer("nps", 8).build();
    Response noScore = response("c").respondent("c1").submittedAt(T0.minusSeconds(50)).answer("comment", "hi").build();
    assertThat(matches(c, response("n").respondent("c1").answer("nps", 5).build(),
        InMemoryRespondentHistory.of(first, previous, noScore))).as("8 -> 5").isTrue();
    assertThat(matches(c, response("n").respondent("c1").answer("nps", 6).build(),
        InMemoryRespondentHistory.of(first, previous))).as("8 -> 6").isFalse();
    assertThat(matches(c, response("n").respondent("c1").answer("nps", 1).build(),
        RespondentHistory.none())).as("no previous").isFalse();
    assertThat(matches(c, response("n").respondent("c1").answer("comment", "x").build(),
        InMemoryRespondentHistory.of(first))).as("no current score").isFalse();
  }

  @Test
  void composition() {
    Response r = Fixtures.nps("r", 3);
    assertThat(matches(all(detractor("nps"), not(promoter("nps"))), r)).isTrue();
    assertThat(matches(all(detractor("nps"), promoter("nps")), r)).isFalse();
    assertThat(matches(any(promoter("nps"), passive("nps")), r)).isFalse();
    assertThat(matches(any(promoter("nps"), detractor("nps")), r)).isTrue();
    assertThat(matches(always(), r)).isTrue();
  }

  @Test
  void invalidConditionsAreRefusedWithPreciseMessages() {
    assertThatThrownBy(() -> all())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("conditions of all must be non-empty, but was []");
    assertThatThrownBy(() -> category("nps"))
        .hasMessage("categories must be non-empty, but was []");
    assertThatThrownBy(() -> textContainsAny("comment", "!!"))
        .hasMessage("phrase must be a word or phrase with a letter or digit, but was '!!'");
    assertThatThrownBy(() -> Conditions.repeatDetractor("nps", 1, Duration.ofDays(1)))
        .hasMessage("times must be >= 2, but was 1");
    assertThatThrownBy(() -> Conditions.repeatDetractor("nps", 2, Duration.ZERO))
        .hasMessage("within must be > 0, but was PT0S");
    assertThatThrownBy(() -> Conditions.scoreDropped("nps", 0)).hasMessage("by must be > 0, but was 0");
    assertThatThrownBy(() -> attribute("x", Comparison.LESS_THAN, Double.NaN))
        .hasMessage("value must be finite, but was NaN");
    assertThatThrownBy(() -> new Condition.LocaleIn(List.of(Locale.ROOT)))
        .hasMessage("locale must be a locale with a language, but was ''");
    assertThatThrownBy(() -> score("bad id", Comparison.EQUALS, 1))
        .hasMessageStartingWith("question must be 1-64 characters");
    assertThat(new Condition.SurveyIn(List.of("a", "a", "b")).surveyIds()).containsExactly("a", "b");
  }
}
