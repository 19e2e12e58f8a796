package io.feedbackloop.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.rules.Action.MessageKind;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionsTest {

  @Test
  void everyKindHasAStableName() {
    assertThat(new Action.OpenCase("t", CasePriority.NORMAL, Duration.ofHours(1)).kind()).isEqualTo("openCase");
    assertThat(new Action.NotifyTeam("t", "#c", "tpl").kind()).isEqualTo("notifyTeam");
    assertThat(Action.MessageCustomer.of(MessageKind.APOLOGY).kind()).isEqualTo("messageCustomer");
    assertThat(new Action.Tag("x").kind()).isEqualTo("tag");
    assertThat(new Action.SuppressSurveys(Duration.ofDays(30)).kind()).isEqualTo("suppressSurveys");
    assertThat(new Action.Escalate("m", "why").kind()).isEqualTo("escalate");
    assertThat(new Action.Custom("x", Map.of()).kind()).isEqualTo("custom");
    for (MessageKind k : MessageKind.values()) {
      assertThat(MessageKind.fromWireName(k.wireName())).contains(k);
    }
    for (CasePriority p : CasePriority.values()) {
      assertThat(CasePriority.fromWireName(p.wireName())).contains(p);
    }
    assertThat(MessageKind.fromWireName("nope")).isEmpty();
    assertThat(CasePriority.fromWireName("HIGH")).isEmpty();
    assertThat(MessageKind.REVIEW_REQUEST.needsLink()).isTrue();
    assertThat(MessageKind.THANK_YOU.needsLink()).isFalse();
  }

  @Test
  void keyedActionsAreValuesWithALazyStableKey() {
    io.feedbackloop.core.TenantId t = Fixtures.TENANT;
    Action tag = new Action.Tag("x");
    KeyedAction a = new KeyedAction(t, "r1", "rule", 0, tag);
    assertThat(a).isEqualTo(new KeyedAction(t, "r1", "rule", 0, tag))
        .hasSameHashCodeAs(new KeyedAction(t, "r1", "rule", 0, tag))
        .isNotEqualTo(new KeyedAction(t, "r1", "rule", 1, tag))
        .isNotEqualTo(new KeyedAction(t, "r2", "rule", 0, tag))
        .isNotEqualTo(new KeyedAction(t, "r1", "rulf", 0, tag))
        .isNotEqualTo(new KeyedAction(io.feedbackloop.core.TenantId.of("x"), "r1", "rule", 0, tag))
        .isNotEqualTo(new KeyedAction(t, "r1", "rule", 0, new Action.Tag("y")));
    assertThat(a.key()).isEqualTo("a6ca6a63a694753ae83daa6c80b8f576").isSameAs(a.key());
    assertThat(a.ruleId()).isEqualTo("rule");
    assertThat(a.index()).isZero();
    assertThat(a.action()).isEqualTo(tag);
    assertThat(a).hasToString("KeyedAction[rule#0 tag]");
    assertThatThrownBy(() -> new KeyedAction(t, "r1", "rule", -1, tag)).hasMessage("index must be >= 0, but was -1");
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> new Action.OpenCase("t", CasePriority.HIGH, Duration.ofHours(-1)))
        .hasMessage("sla must be > 0, but was PT-1H");
    assertThatThrownBy(() -> new Action.SuppressSurveys(Duration.ZERO)).hasMessage("period must be > 0, but was PT0S");
    assertThatThrownBy(() -> Action.MessageCustomer.of(MessageKind.REVIEW_REQUEST))
        .hasMessage("link of a review_request must be set, but was null");
    assertThatThrownBy(() -> new Action.MessageCustomer(MessageKind.REFERRAL_OFFER, URI.create("ftp://x/y")))
        .hasMessage("link must be an absolute http or https URI, but was 'ftp://x/y'");
    assertThat(new Action.MessageCustomer(MessageKind.REFERRAL_OFFER, URI.create("https://x/y")).optionalLink())
        .contains(URI.create("https://x/y"));
    assertThat(Action.MessageCustomer.of(MessageKind.THANK_YOU).optionalLink()).isEmpty();
    assertThatThrownBy(() -> new Action.NotifyTeam("t", " ", "tpl")).hasMessage("channel must not be blank, but was ' '");
    assertThatThrownBy(() -> new Action.NotifyTeam("t", "#".repeat(201), "tpl"))
        .hasMessage("channel length must be <= 200, but was 201");
    assertThatThrownBy(() -> new Action.Escalate("m", "x".repeat(501))).hasMessage("reason length must be <= 500, but was 501");
    assertThatThrownBy(() -> new Action.Tag("has space")).hasMessageStartingWith("tag must be 1-64 characters");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("b", "2");
    params.put("a", "1");
    assertThat(new Action.Custom("x", params).parameters().keySet()).containsExactly("a", "b");
  }

  @Test
  void ruleAndRuleSetValidation() {
    assertThatThrownBy(() -> Rule.builder("r").then(new Action.Tag("t")).build())
        .hasMessage("rule r needs a condition (call when(...))");
    assertThatThrownBy(() -> Rule.builder("r").when(Conditions.always()).build())
        .hasMessage("rule r needs at least one action (call then(...))");
    java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> Rule.builder("r").effective(t, t))
        .hasMessage("effective until must be after from (2026-01-01T00:00:00Z), but was 2026-01-01T00:00:00Z");
    Rule rule = Rule.builder("r").name("R").description("d").priority(3).enabled(false)
        .effective(t, null).when(Conditions.always()).then(new Action.Tag("t")).stopProcessing(true).build();
    assertThat(rule.toBuilder().build()).isEqualTo(rule).hasSameHashCodeAs(rule);
    assertThat(rule.toString()).isEqualTo("Rule[r, priority=3, disabled]");
    assertThat(rule.effectiveFrom()).contains(t);
    assertThat(rule.effectiveUntil()).isEmpty();
    assertThat(rule.effectiveAt(t.minusNanos(1))).isFalse();
    assertThat(rule.effectiveAt(t)).isTrue();
    RuleSet set = RuleSet.builder("s").version(2).rule(rule).build();
    assertThat(set.rule("r")).contains(rule);
    assertThat(set.rule("x")).isEmpty();
    assertThat(set.toBuilder().build()).isEqualTo(set).hasSameHashCodeAs(set);
    assertThat(set.toString()).isEqualTo("RuleSet[s v2, 1 rules]");
  }

  @Test
  void duplicateIdsAndUnreachableRulesAreRefused() {
    Rule catchAll = Rule.builder("catch-all").priority(5).when(Conditions.always())
        .then(new Action.Tag("t")).stopProcessing(true).build();
    Rule later = Rule.builder("later").priority(1).when(Conditions.detractor("nps")).then(new Action.Tag("t")).build();
    Rule disabled = later.toBuilder().enabled(false).build();
    assertThatThrownBy(() -> RuleSet.builder("s").rule(later).rule(catchAll).rule(later).build())
        .hasMessage("rule set s v1 is invalid (3 problems): /rules/2/id: invalid_definition: rule id 'later'"
            + " is used by rule 0 already; /rules/0: invalid_definition: rule 'later' (priority 1) is"
            + " unreachable: the catch-all rule 'catch-all' (priority 5) matches every response before it"
            + " and stops processing; /rules/2: invalid_definition: rule 'later' (priority 1) is unreachable:"
            + " the catch-all rule 'catch-all' (priority 5) matches every response before it and stops processing");
    assertThat(RuleSet.builder("s").rule(catchAll).rule(disabled).build().rules()).hasSize(2);
    Rule limited = catchAll.toBuilder().effective(null, java.time.Instant.EPOCH.plusSeconds(1)).build();
    assertThat(RuleSet.builder("s").rule(limited).rule(later).build().rules())
        .as("a catch-all with an effective period does not make later rules unreachable").hasSize(2);
    Rule notStopping = catchAll.toBuilder().stopProcessing(false).build();
    assertThat(RuleSet.builder("s").rule(notStopping).rule(later).build().rules()).hasSize(2);
    Rule lastCatchAll = catchAll.toBuilder().priority(0).build();
    assertThat(RuleSet.builder("s").rule(lastCatchAll).rule(later).build().evaluationOrder())
        .extracting(Rule::id).containsExactly("later", "catch-all");
  }
}
