package io.feedbackloop.routing.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Comparison;
import io.feedbackloop.routing.rules.Condition;
import io.feedbackloop.routing.rules.Conditions;
import io.feedbackloop.routing.rules.Decision;
import io.feedbackloop.routing.rules.RespondentHistory;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleSet;
import io.feedbackloop.scoring.Category;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The alpha index never changes a decision; it only skips rules that cannot match. */
class PlanIndexTest {
  private static final Survey SURVEY =
      Survey.builder("s1")
          .question(NpsQuestion.of("nps", LocalizedText.of(Locale.ENGLISH, "q")))
          .question(TextQuestion.of("comment", LocalizedText.of(Locale.ENGLISH, "q")).withRequired(false))
          .build();
  private static final BoundSurvey BOUND = BoundSurvey.of(SURVEY);
  private static final String[] REGIONS = {"north", "south", "east", "west"};
  private static final String[] TOUCHPOINTS = {"delivery", "purchase", "support"};

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static Condition leaf(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> Conditions.channel(pick(r, Channel.values()));
      case 1 -> Conditions.attributeIn("region", REGIONS[r.nextInt(4)], REGIONS[r.nextInt(4)]);
      case 2 -> Conditions.touchpoint(TOUCHPOINTS[r.nextInt(3)]);
      case 3 -> Conditions.category("nps", pick(r, Category.values()));
      case 4 -> Conditions.survey(r.nextBoolean() ? "s1" : "s2");
      case 5 -> Conditions.score("nps", pick(r, Comparison.values()), r.nextInt(11));
      case 6 -> Conditions.textContainsAny("comment", r.nextBoolean() ? "late" : "broken");
      default -> Conditions.attribute("order_value", Comparison.AT_LEAST, r.nextInt(1000));
    };
  }

  private static Condition condition(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> leaf(r);
      case 1 -> Conditions.all(leaf(r), leaf(r), leaf(r));
      case 2 -> Conditions.any(leaf(r), leaf(r));
      default -> Conditions.all(Conditions.not(leaf(r)), leaf(r));
    };
  }

  private static Response response(Random r, int i) {
    Response.Builder b =
        Response.builder(TenantId.of("t"), r.nextInt(5) == 0 ? "s2" : "s1")
            .id("r" + i)
            .submittedAt(Instant.EPOCH)
            .channel(pick(r, Channel.values()))
            .answer("nps", r.nextInt(11))
            .attribute("order_value", String.valueOf(r.nextInt(1200)));
    if (r.nextBoolean()) {
      b.touchpoint(TOUCHPOINTS[r.nextInt(3)]);
    }
    if (r.nextInt(4) > 0) {
      b.attribute("region", REGIONS[r.nextInt(4)]);
    }
    if (r.nextBoolean()) {
      b.answer("comment", r.nextBoolean() ? "It came LATE" : "fine");
    }
    return b.build();
  }

  @Test
  void indexedAndNaiveEvaluationAgreeOnSeededRandomRuleSets() {
    long seed = Long.getLong("feedback.seed", System.nanoTime());
    System.out.println("PlanIndexTest seed: " + seed + " (replay with -Dfeedback.seed=" + seed + ")");
    Random r = new Random(seed);
    for (int round = 0; round < 20; round++) {
      RuleSet.Builder set = RuleSet.builder("random");
      int rules = 1 + r.nextInt(150);
      for (int i = 0; i < rules; i++) {
        set.rule(
            Rule.builder("r" + i)
                .priority(r.nextInt(5))
                .enabled(r.nextInt(10) > 0)
                .stopProcessing(r.nextInt(20) == 0)
                .when(condition(r))
                .then(new Action.Tag("t" + i))
                .build());
      }
      RuleSet built = set.build();
      Plan indexed = Plan.compile(built, x -> BOUND, RespondentHistory.none(), true);
      Plan naive = Plan.compile(built, x -> BOUND, RespondentHistory.none(), false);
      for (int i = 0; i < 200; i++) {
        Response resp = response(r, i);
        Decision a = indexed.evaluate(resp, false);
        assertThat(a).as("seed %s, round %s, response %s", seed, round, i).isEqualTo(naive.evaluate(resp, false));
        assertThat(indexed.evaluate(resp, true).matchedRules()).isEqualTo(a.matchedRules());
      }
    }
  }

  @Test
  void rulesThatCannotMatchAreNotCandidates() {
    Rule email = Rule.builder("email").when(Conditions.channel(Channel.EMAIL)).then(new Action.Tag("a")).build();
    Rule north = Rule.builder("north")
        .when(Conditions.all(Conditions.score("nps", Comparison.AT_LEAST, 0), Conditions.attributeIn("region", "north")))
        .then(new Action.Tag("a")).build();
    Rule free = Rule.builder("free").when(Conditions.score("nps", Comparison.AT_LEAST, 0)).then(new Action.Tag("a")).build();
    Rule promoter = Rule.builder("promoter").when(Conditions.promoter("nps")).then(new Action.Tag("a")).build();
    AlphaIndex index = AlphaIndex.build(new Rule[] {email, north, free, promoter});
    assertThat(index.dimensionCount()).isEqualTo(3);
    Response sms = Response.builder(TenantId.of("t"), "s1").id("x").channel(Channel.SMS)
        .attribute("region", "north").answer("nps", 3).build();
    Facts f = new Facts(sms, x -> BOUND, RespondentHistory.none());
    assertThat(index.candidates(f)).containsExactly(0b0110L);
    Response email9 = Response.builder(TenantId.of("t"), "s1").id("y").channel(Channel.EMAIL).answer("nps", 9).build();
    assertThat(index.candidates(new Facts(email9, x -> BOUND, RespondentHistory.none()))).containsExactly(0b1101L);
  }
}
