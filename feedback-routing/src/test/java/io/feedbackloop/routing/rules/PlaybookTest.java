package io.feedbackloop.routing.rules;

import static io.feedbackloop.routing.rules.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.rules.Action.MessageKind;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybookTest {
  private static final RuleEngine STANDARD =
      RuleEngine.builder(Playbook.standard()).surveys(Fixtures.catalog()).build();

  @Test
  void standardRulesInOrder() {
    RuleSet set = Playbook.standard();
    assertThat(set.id()).isEqualTo("standard-playbook");
    assertThat(set.evaluationOrder()).extracting(Rule::id).containsExactly(
        "escalate-detractor", "detractor-case", "passive-follow-up", "promoter-thanks", "hard-effort");
    assertThat(set.rules()).allMatch(r -> !r.stopProcessing() && r.enabled() && !r.name().isBlank());
  }

  @Test
  void detractorGetsACaseWithin24HoursAndATeamAlert() {
    Decision d = STANDARD.evaluate(Fixtures.nps("r", 4));
    assertThat(d.matchedRules()).containsExactly("detractor-case");
    assertThat(d.actions()).extracting(KeyedAction::action).containsExactly(
        new Action.OpenCase("support", CasePriority.HIGH, Duration.ofHours(24)),
        new Action.NotifyTeam("support", "#customer-feedback", "detractor-alert"));
  }

  @Test
  void passiveIsAskedWhatWouldHaveMadeItGreatAndGetsACaseOnlyIfConfigured() {
    assertThat(STANDARD.evaluate(Fixtures.nps("r", 7)).actions()).extracting(KeyedAction::action)
        .containsExactly(Action.MessageCustomer.of(MessageKind.WHAT_WOULD_MAKE_IT_GREAT));
    RuleSet withCase = Playbook.builder().passiveCase(Duration.ofDays(3)).build();
    Decision d = RuleEngine.builder(withCase).surveys(Fixtures.catalog()).build().evaluate(Fixtures.nps("r", 8));
    assertThat(d.actionsOf(Action.OpenCase.class))
        .containsExactly(new Action.OpenCase("support", CasePriority.LOW, Duration.ofDays(3)));
  }

  @Test
  void promoterIsThankedAndAskedForAReviewAndAReferral() {
    assertThat(STANDARD.evaluate(Fixtures.nps("r", 9)).actionsOf(Action.MessageCustomer.class))
        .extracting(Action.MessageCustomer::message)
        .containsExactly(MessageKind.THANK_YOU, MessageKind.REFERRAL_OFFER);
    URI link = URI.create("https://reviews.example.com/acme");
    RuleSet set = Playbook.builder().reviewLink(link).build();
    Decision d = RuleEngine.builder(set).surveys(Fixtures.catalog()).build().evaluate(Fixtures.nps("r", 10));
    assertThat(d.actionsOf(Action.MessageCustomer.class)).containsExactly(
        Action.MessageCustomer.of(MessageKind.THANK_YOU),
        new Action.MessageCustomer(MessageKind.REVIEW_REQUEST, link),
        Action.MessageCustomer.of(MessageKind.REFERRAL_OFFER));
  }

  @Test
  void hardEffortIsTaggedForProcessImprovement() {
    for (int ces = 1; ces <= 7; ces++) {
      Response r = Fixtures.response("r").answer("nps", 9).answer("ces", ces).build();
      assertThat(STANDARD.evaluate(r).actionsOf(Action.Tag.class))
          .as("ces %s", ces)
          .isEqualTo(ces <= 3 ? List.of(new Action.Tag("process-improvement")) : List.of());
    }
  }

  @Test
  void repeatOrHighValueDetractorsAreEscalated() {
    Response vip = Fixtures.response("v").answer("nps", 2).attribute("customer_tier", "gold").build();
    Response big = Fixtures.response("b").answer("nps", 2).attribute("order_value", "1000").build();
    Response small = Fixtures.response("s").answer("nps", 2).attribute("order_value", "999.99").build();
    Response vipPromoter = Fixtures.response("p").answer("nps", 10).attribute("customer_tier", "gold").build();
    assertThat(STANDARD.evaluate(vip).matchedRules()).containsExactly("escalate-detractor", "detractor-case");
    assertThat(STANDARD.evaluate(vip).actions().get(0).action())
        .isEqualTo(new Action.Escalate("managers", "repeat detractor or high-value customer"));
    assertThat(STANDARD.evaluate(big).matchedRules()).contains("escalate-detractor");
    assertThat(STANDARD.evaluate(small).matchedRules()).containsExactly("detractor-case");
    assertThat(STANDARD.evaluate(vipPromoter).matchedRules()).containsExactly("promoter-thanks");
    Response before = Fixtures.response("x").respondent("c").submittedAt(T0.minus(Duration.ofDays(20))).answer("nps", 5).build();
    Response again = Fixtures.response("y").respondent("c").answer("nps", 6).build();
    RuleEngine withHistory = RuleEngine.builder(Playbook.standard()).surveys(Fixtures.catalog())
        .history(InMemoryRespondentHistory.of(before)).build();
    assertThat(withHistory.evaluate(again).matchedRules()).containsExactly("escalate-detractor", "detractor-case");
  }

  @Test
  void configurable() {
    RuleSet set = Playbook.builder().id("mine").npsQuestion("nps").cesQuestion(null).team("care")
        .teamChannel("#care").managers("heads").firstContact(Duration.ofHours(4))
        .highValueTiers("diamond").highOrderValue(50).repeatDetractor(3, Duration.ofDays(30)).build();
    assertThat(set.rules()).extracting(Rule::id).doesNotContain("hard-effort");
    RuleEngine e = RuleEngine.builder(set).surveys(Fixtures.support()).build();
    Response r = Response.builder(Fixtures.TENANT, "support").id("r").answer("nps", 0)
        .attribute("customer_tier", "diamond").build();
    assertThat(e.evaluate(r).actions()).extracting(KeyedAction::action).containsExactly(
        new Action.Escalate("heads", "repeat detractor or high-value customer"),
        new Action.OpenCase("care", CasePriority.HIGH, Duration.ofHours(4)),
        new Action.NotifyTeam("care", "#care", "detractor-alert"));
    Response order = Response.builder(Fixtures.TENANT, "support").id("o").answer("nps", 0)
        .attribute("order_value", "50").build();
    assertThat(e.evaluate(order).matchedRules()).contains("escalate-detractor");
    assertThatThrownBy(() -> RuleEngine.builder(Playbook.standard()).surveys(Fixtures.support()).build())
        .hasMessageContaining("/rules/4/when/score/question: bad_condition: no survey the rule applies to has the question 'ces'");
    assertThatThrownBy(() -> Playbook.builder().firstContact(Duration.ZERO).build())
        .hasMessage("sla must be > 0, but was PT0S");
  }
}
