package io.feedbackloop.routing.rules;

import static io.feedbackloop.routing.rules.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.validation.ValidationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimulationTest {

  @Test
  void reportsCasesPerTeamPerDayMessagesPerChannelAndSilentRules() {
    List<Response> history = List.of(
        Fixtures.response("d1").respondent("c1").answer("nps", 2).channel(Channel.EMAIL).build(),
        Fixtures.response("d2").respondent("c1").submittedAt(T0.plus(Duration.ofDays(1))).answer("nps", 3).build(),
        Fixtures.response("p1").respondent("c2").submittedAt(T0.plus(Duration.ofDays(1))).answer("nps", 9)
            .channel(Channel.SMS).build(),
        Fixtures.response("n1").submittedAt(T0.plus(Duration.ofDays(1))).answer("nps", 7).channel(Channel.SMS).build());
    RuleSet set = Playbook.standard().toBuilder()
        .rule(Rule.builder("never").when(Conditions.attributeExists("nothing")).then(new Action.Tag("x")).build())
        .rule(Rule.builder("off").enabled(false).when(Conditions.always()).then(new Action.Tag("x")).build())
        .build();
    SimulationReport report = Simulation.builder(set).surveys(Fixtures.catalog()).build().run(history);
    assertThat(report.responses()).isEqualTo(4);
    assertThat(report.matchesPerRule()).containsExactly(
        Map.entry("escalate-detractor", 1L), Map.entry("detractor-case", 2L), Map.entry("passive-follow-up", 1L),
        Map.entry("promoter-thanks", 1L), Map.entry("hard-effort", 0L), Map.entry("never", 0L), Map.entry("off", 0L));
    assertThat(report.rulesNeverFired()).as("disabled rules are not reported").containsExactly("hard-effort", "never");
    assertThat(report.casesPerTeamPerDay()).containsOnlyKeys("support");
    assertThat(report.casesPerTeamPerDay().get("support")).containsExactly(
        Map.entry(LocalDate.of(2026, 3, 1), 1L), Map.entry(LocalDate.of(2026, 3, 2), 1L));
    assertThat(report.casesPerTeam()).containsExactly(Map.entry("support", 2L));
    assertThat(report.customerMessagesPerChannel()).containsExactly(Map.entry(Channel.SMS, 3L));
    assertThat(report.teamNotificationsPerChannel()).containsExactly(Map.entry("#customer-feedback", 2L));
    assertThat(report.actionsPerKind()).containsExactly(
        Map.entry("escalate", 1L), Map.entry("messageCustomer", 3L), Map.entry("notifyTeam", 2L), Map.entry("openCase", 2L));
  }

  @Test
  void daysFollowTheZoneAndBaseHistoryCounts() {
    Response lateEvening = Fixtures.response("a").respondent("c").submittedAt(java.time.Instant.parse("2026-03-01T23:30:00Z"))
        .answer("nps", 1).build();
    Response older = Fixtures.response("o").respondent("c").submittedAt(T0.minus(Duration.ofDays(5))).answer("nps", 0).build();
    SimulationReport report = Simulation.builder(Playbook.standard()).surveys(Fixtures.catalog())
        .zone(ZoneId.of("Europe/Stockholm")).history(InMemoryRespondentHistory.of(older)).build()
        .run(List.of(lateEvening).stream());
    assertThat(report.casesPerTeamPerDay().get("support")).containsOnlyKeys(LocalDate.of(2026, 3, 2));
    assertThat(report.matchesPerRule().get("escalate-detractor")).as("repeat with base history").isEqualTo(1L);
  }

  @Test
  void aRuleSetThatDoesNotBindFailsAtBuild() {
    RuleSet custom = RuleSet.builder("s").rule(Rule.builder("r").when(Conditions.always())
        .then(new Action.Custom("crm", Map.of())).build()).build();
    assertThatThrownBy(() -> Simulation.builder(custom).build()).isInstanceOf(ValidationException.class);
    assertThat(Simulation.builder(custom).customActionType(CustomActionType.named("crm")).build()
        .run(List.of(Fixtures.nps("x", 1))).actionsPerKind()).containsExactly(Map.entry("custom", 1L));
  }

  @Test
  void simulationAgreesWithOneByOneEvaluationOnSeededData() {
    long seed = Long.getLong("feedback.seed", System.nanoTime());
    System.out.println("SimulationTest seed: " + seed + " (replay with -Dfeedback.seed=" + seed + ")");
    Random random = new Random(seed);
    List<Response> stream = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      stream.add(Fixtures.response("r" + i).respondent("c" + random.nextInt(40))
          .submittedAt(T0.plus(Duration.ofHours(i))).answer("nps", random.nextInt(11))
          .answer("ces", 1 + random.nextInt(7)).build());
    }
    SimulationReport report = Simulation.builder(Playbook.standard()).surveys(Fixtures.catalog()).build().run(stream);
    InMemoryRespondentHistory history = new InMemoryRespondentHistory();
    RuleEngine engine = RuleEngine.builder(Playbook.standard()).surveys(Fixtures.catalog()).history(history).build();
    long escalations = 0;
    long tags = 0;
    for (Response r : stream) {
      Decision d = engine.evaluate(r);
      history.add(r);
      escalations += d.actionsOf(Action.Escalate.class).size();
      tags += d.actionsOf(Action.Tag.class).size();
    }
    assertThat(report.actionsPerKind().getOrDefault("escalate", 0L)).as("seed %s", seed).isEqualTo(escalations);
    assertThat(report.actionsPerKind().getOrDefault("tag", 0L)).as("seed %s", seed).isEqualTo(tags);
  }
}
