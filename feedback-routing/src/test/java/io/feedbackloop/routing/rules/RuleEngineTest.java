package io.feedbackloop.routing.rules;

import static io.feedbackloop.routing.rules.Conditions.*;
import static io.feedbackloop.routing.rules.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.routing.rules.RuleExplanation.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
  private static final Action TAG_A = new Action.Tag("a");
  private static final Action TAG_B = new Action.Tag("b");

  private static RuleEngine engine(Rule... rules) {
    return RuleEngine.builder(RuleSet.builder("set").rules(List.of(rules)).build())
        .surveys(Fixtures.catalog())
        .build();
  }

  @Test
  void rulesRunByPriorityThenGivenOrderAndActionsKeepTheirOrder() {
    RuleEngine e =
        engine(
            Rule.builder("low").priority(1).when(always()).then(TAG_A).build(),
            Rule.builder("high").priority(5).when(always()).then(TAG_B, TAG_A).build(),
            Rule.builder("low2").priority(1).when(always()).then(TAG_B).build());
    Decision d = e.evaluate(Fixtures.nps("r", 3));
    assertThat(d.matchedRules()).containsExactly("high", "low", "low2");
    assertThat(d.actions()).extracting(KeyedAction::ruleId).containsExactly("high", "high", "low", "low2");
    assertThat(d.actions()).extracting(KeyedAction::index).containsExactly(0, 1, 0, 0);
    assertThat(d.actionsOf(Action.Tag.class)).extracting(Action.Tag::tag).containsExactly("b", "a", "a", "b");
    assertThat(d.explanations()).as("no explanations without explain").isEmpty();
    assertThat(d.ruleSetId()).isEqualTo("set");
    assertThat(d.ruleSetVersion()).isEqualTo(1);
    assertThat(d.responseId()).isEqualTo("r");
    assertThat(d.tenant()).isEqualTo(Fixtures.TENANT);
  }

  @Test
  void stopProcessingSkipsLowerRules() {
    RuleEngine e =
        engine(
            Rule.builder("first").priority(9).when(detractor("nps")).then(TAG_A).stopProcessing(true).build(),
            Rule.builder("second").priority(1).when(always()).then(TAG_B).build());
    assertThat(e.evaluate(Fixtures.nps("r", 3)).matchedRules()).containsExactly("first");
    assertThat(e.evaluate(Fixtures.nps("r", 9)).matchedRules()).containsExactly("second");
    Decision explained = e.explain(Fixtures.nps("r", 3));
    assertThat(explained.explanations()).extracting(RuleExplanation::outcome)
        .containsExactly(Outcome.MATCHED, Outcome.NOT_REACHED);
    assertThat(explained.explanations().get(1).conditionTrace()).isEmpty();
  }

  @Test
  void disabledAndNotEffectiveRulesDoNotRun() {
    RuleEngine e =
        engine(
            Rule.builder("off").enabled(false).when(always()).then(TAG_A).build(),
            Rule.builder("future").effective(T0.plusSeconds(1), null).when(always()).then(TAG_A).build(),
            Rule.builder("past").effective(null, T0).when(always()).then(TAG_A).build(),
            Rule.builder("now").effective(T0, T0.plusSeconds(1)).when(always()).then(TAG_B).build());
    Decision d = e.explain(Fixtures.nps("r", 3));
    assertThat(d.matchedRules()).containsExactly("now");
    assertThat(d.explanations()).extracting(RuleExplanation::outcome)
        .containsExactly(Outcome.DISABLED, Outcome.NOT_EFFECTIVE, Outcome.NOT_EFFECTIVE, Outcome.MATCHED);
    assertThat(e.evaluate(Fixtures.nps("r", 3)).matchedRules()).containsExactly("now");
  }

  @Test
  void explainSaysWhichSubConditionFailedWithTheActualValue() {
    RuleEngine e =
        engine(
            Rule.builder("vip-detractor")
                .when(all(detractor("nps"), attributeIn("customer_tier", "gold"), not(channel(io.feedbackloop.core.response.Channel.SMS))))
                .then(TAG_A)
                .build());
    Response r = Fixtures.response("r").answer("nps", 9).attribute("customer_tier", "silver").build();
    Decision d = e.explain(r);
    RuleExplanation x = d.explanations().get(0);
    assertThat(x.outcome()).isEqualTo(Outcome.NOT_MATCHED);
    ConditionTrace t = x.conditionTrace().orElseThrow();
    assertThat(t.path()).isEqualTo("/when");
    assertThat(t.actual()).isEqualTo("1 of 3 parts matched");
    assertThat(t.failedLeaves())
        .extracting(ConditionTrace::path, ConditionTrace::condition, ConditionTrace::actual)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/when/all/0", "category(nps) in [negative]", "9 (positive)"),
            org.assertj.core.groups.Tuple.tuple("/when/all/1", "attribute(customer_tier) in [gold]", "'silver'"));
    assertThat(t.parts().get(2).parts().get(0).actual()).isEqualTo("api");
    assertThat(d.explainText())
        .contains("rule vip-detractor (priority 0): NOT_MATCHED")
        .contains("[no]  category(nps) in [negative] -- actual: 9 (positive) (/when/all/0)")
        .contains("[yes] not -- actual: part did not match (/when/all/2)");
  }

  @Test
  void explainNeverShowsFreeText() {
    RuleEngine e = engine(Rule.builder("t").when(textContainsAny("comment", "late", "broken")).then(TAG_A).build());
    Response r = Fixtures.response("r").answer("nps", 2).answer("comment", "It was LATE, my secret address").build();
    Decision d = e.explain(r);
    String actual = d.explanations().get(0).conditionTrace().orElseThrow().actual();
    assertThat(actual).isEqualTo("found [late] (text not shown)");
    assertThat(d.explainText()).doesNotContain("secret");
  }

  @Test
  void sameResponseTwiceGivesEqualDecisionsAndKeysIgnoreTheRuleSetVersion() {
    RuleSet v1 = Playbook.standard();
    RuleEngine e = RuleEngine.builder(v1).surveys(Fixtures.catalog()).build();
    Response r = Fixtures.nps("resp-1", 2);
    Decision first = e.evaluate(r);
    assertThat(e.evaluate(r)).isEqualTo(first);
    RuleEngine reloaded = e.reload(v1.toBuilder().version(7).build());
    Decision again = reloaded.evaluate(r);
    assertThat(again.ruleSetVersion()).isEqualTo(7);
    assertThat(again.actions()).isEqualTo(first.actions());
    assertThat(first.actions()).extracting(KeyedAction::key).doesNotHaveDuplicates()
        .allMatch(k -> k.matches("[0-9a-f]{32}"));
  }

  @Test
  void keysDependOnTenantResponseRuleAndIndex() {
    RuleEngine e = engine(Rule.builder("r1").when(always()).then(TAG_A, TAG_B).build(),
        Rule.builder("r2").when(always()).then(TAG_A).build());
    Decision a = e.evaluate(Fixtures.nps("x", 1));
    Decision b = e.evaluate(Fixtures.nps("y", 1));
    Decision c = e.evaluate(Response.builder(io.feedbackloop.core.TenantId.of("other"), "post-delivery")
        .id("x").submittedAt(T0).answer("nps", 1).build());
    List<String> keys = new java.util.ArrayList<>();
    for (Decision d : List.of(a, b, c)) {
      d.actions().forEach(k -> keys.add(k.key()));
    }
    assertThat(keys).hasSize(9).doesNotHaveDuplicates();
    assertThat(a.actions().get(0).key())
        .as("pinned: a change of the key derivation would duplicate actions")
        .isEqualTo(io.feedbackloop.routing.internal.rules.ActionKeys.key(Fixtures.TENANT, "x", "r1", 0));
  }

  @Test
  void bindingRefusesUnknownQuestionsAndTypesThatDoNotFit() {
    RuleSet set =
        RuleSet.builder("bad")
            .rule(Rule.builder("a").when(all(detractor("nope"), promoter("comment"))).then(TAG_A).build())
            .rule(Rule.builder("b").when(any(score("comment", Comparison.GREATER_THAN, 3),
                textContainsAny("nps", "x"))).then(TAG_A).build())
            .rule(Rule.builder("c").when(all(survey("support"), textContainsAny("comment", "x"))).then(TAG_A).build())
            .rule(Rule.builder("d").when(all(survey("ghost"), passive("thumbs"))).then(TAG_A).build())
            .rule(Rule.builder("e").when(not(Conditions.repeatDetractor("comment", 2, Duration.ofDays(1))))
                .then(TAG_A).build())
            .rule(Rule.builder("f").when(Conditions.scoreDropped("thumbs", 1)).then(TAG_A).build())
            .rule(Rule.builder("g").when(category("thumbs", io.feedbackloop.scoring.Category.NEUTRAL)).then(TAG_A).build())
            .build();
    assertThatThrownBy(() -> RuleEngine.builder(set).surveys(Fixtures.catalog()).build())
        .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("/rules/0/when/all/0/category/question", ProblemCode.BAD_CONDITION,
                    "no survey the rule applies to has the question 'nope' (surveys: [post-delivery v1, support v1])"),
                org.assertj.core.groups.Tuple.tuple("/rules/0/when/all/1/category/question", ProblemCode.BAD_CONDITION,
                    "a category cannot test 'comment', a text question"),
                org.assertj.core.groups.Tuple.tuple("/rules/1/when/any/0/score/question", ProblemCode.BAD_CONDITION,
                    "a score comparison cannot test 'comment', a text question"),
                org.assertj.core.groups.Tuple.tuple("/rules/1/when/any/1/text/question", ProblemCode.BAD_CONDITION,
                    "a text condition cannot test 'nps', a nps question"),
                org.assertj.core.groups.Tuple.tuple("/rules/2/when/all/1/text/question", ProblemCode.BAD_CONDITION,
                    "no survey the rule applies to has the question 'comment' (surveys: [support v1])"),
                org.assertj.core.groups.Tuple.tuple("/rules/3/when/all/0/survey/in/0", ProblemCode.BAD_CONDITION,
                    "no survey 'ghost' is known to the engine"),
                org.assertj.core.groups.Tuple.tuple("/rules/3/when/all/1/category/question", ProblemCode.BAD_CONDITION,
                    "no survey the rule applies to has the question 'thumbs' (surveys: [])"),
                org.assertj.core.groups.Tuple.tuple("/rules/4/when/not/repeatDetractor/question", ProblemCode.BAD_CONDITION,
                    "repeatDetractor cannot test 'comment', a text question"),
                org.assertj.core.groups.Tuple.tuple("/rules/5/when/scoreDropped/question", ProblemCode.BAD_CONDITION,
                    "scoreDropped cannot test 'thumbs', a thumbs question"),
                org.assertj.core.groups.Tuple.tuple("/rules/6/when/category/in", ProblemCode.BAD_CONDITION,
                    "'thumbs' is a thumbs question: it has no neutral category")))
        .hasMessageStartingWith("rule set bad v1 is invalid (10 problems)");
  }

  @Test
  void customActionsMustBeRegisteredAndValid() {
    Action ok = new Action.Custom("crm-task", Map.of("queue", "vip"));
    Action missing = new Action.Custom("crm-task", Map.of("other", "x"));
    Action unknown = new Action.Custom("fax", Map.of());
    RuleSet set = RuleSet.builder("s")
        .rule(Rule.builder("r").when(always()).then(ok, missing, unknown).build()).build();
    RuleEngine.Builder b = RuleEngine.builder(set)
        .customActionType(CustomActionType.withParameters("crm-task", "queue"))
        .customActionType(CustomActionType.named("webhook"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.problems())
            .extracting(Problem::path, Problem::message)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("/rules/0/then/1/custom/parameters", "custom action 'crm-task' needs the parameter 'queue'"),
                org.assertj.core.groups.Tuple.tuple("/rules/0/then/1/custom/parameters", "custom action 'crm-task' has no parameter 'other' (known: [queue])"),
                org.assertj.core.groups.Tuple.tuple("/rules/0/then/2/custom/type", "the custom action type 'fax' is not registered (registered: [crm-task, webhook])")));
    RuleSet good = RuleSet.builder("s").rule(Rule.builder("r").when(always()).then(ok).build()).build();
    Decision d = RuleEngine.builder(good).customActionType(CustomActionType.withParameters("crm-task", "queue"))
        .build().evaluate(Fixtures.nps("r", 1));
    assertThat(d.actionsOf(Action.Custom.class)).containsExactly((Action.Custom) ok);
    assertThatThrownBy(() -> RuleEngine.builder(good).customActionType(CustomActionType.named("x"))
        .customActionType(CustomActionType.named("x")))
        .hasMessage("custom action type x must be registered once, but was registered twice");
    CustomActionType throwing = new CustomActionType() {
      @Override public String type() { return "crm-task"; }
      @Override public List<String> validate(Map<String, String> p) { throw new IllegalStateException("boom"); }
    };
    assertThatThrownBy(() -> RuleEngine.builder(good).customActionType(throwing).build())
        .hasMessageContaining("the validator of 'crm-task' failed: java.lang.IllegalStateException");
  }

  @Test
  void historyIsReadOnceAndOnlyWhenAHistoryConditionIsReached() {
    int[] calls = {0};
    RespondentHistory counting = (t, who, before) -> {
      calls[0]++;
      return List.of();
    };
    RuleSet set = RuleSet.builder("s")
        .rule(Rule.builder("a").priority(2).when(all(detractor("nps"), firstResponse())).then(TAG_A).build())
        .rule(Rule.builder("b").priority(1).when(all(detractor("nps"), Conditions.scoreDropped("nps", 1))).then(TAG_A).build())
        .build();
    RuleEngine e = RuleEngine.builder(set).surveys(Fixtures.catalog()).history(counting).build();
    e.evaluate(Fixtures.response("p").respondent("c").answer("nps", 10).build());
    assertThat(calls[0]).as("promoter: no history condition reached").isZero();
    assertThat(e.evaluate(Fixtures.response("d").respondent("c").answer("nps", 1).build()).matchedRules())
        .containsExactly("a");
    assertThat(calls[0]).as("two history conditions, one read").isEqualTo(1);
  }

  @Test
  void surveyVersionFallsBackToTheNewest() {
    RuleEngine e = engine(Rule.builder("d").when(detractor("nps")).then(TAG_A).build());
    Response v9 = Fixtures.response("r").surveyVersion(9).answer("nps", 1).build();
    assertThat(e.evaluate(v9).matchedRules()).containsExactly("d");
  }

  @Test
  void storeBackedHistory() {
    io.feedbackloop.core.store.InMemoryResponseStore store = io.feedbackloop.core.store.InMemoryResponseStore.create();
    Response earlier = Fixtures.response("e").respondent("c").submittedAt(T0.minusSeconds(10)).answer("nps", 9).build();
    Response now = Fixtures.response("n").respondent("c").answer("nps", 5).build();
    store.append(earlier);
    store.append(now);
    RuleSet set = RuleSet.builder("s").rule(Rule.builder("drop").when(Conditions.scoreDropped("nps", 4)).then(TAG_A).build()).build();
    RuleEngine e = RuleEngine.builder(set).surveys(Fixtures.catalog()).history(RespondentHistory.of(store)).build();
    assertThat(e.evaluate(now).matchedRules()).containsExactly("drop");
    assertThat(RespondentHistory.of(store).before(Fixtures.TENANT, io.feedbackloop.core.response.RespondentId.of("c"), T0))
        .containsExactly(earlier);
  }
}
