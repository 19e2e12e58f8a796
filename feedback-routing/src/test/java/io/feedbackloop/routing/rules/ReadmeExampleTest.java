package io.feedbackloop.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.Surveys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rule example of the README, as written there. */
class ReadmeExampleTest {

  @Test
  void lateDeliveryDetractorOpensALogisticsCase() {
    Survey survey = Surveys.nps("post-delivery", Locale.forLanguageTag("sv"));
    RuleSet rules = RuleSet.builder("cx").version(3).rules(List.of(
        Rule.builder("late-delivery-detractor")
            .priority(95)
            .when(Conditions.all(
                Conditions.detractor("nps"),
                Conditions.anyTextContainsAny("late", "försenad", "Lieferung", "opóźniona")))
            .then(new Action.OpenCase("logistics", Action.CasePriority.HIGH, Duration.ofHours(24)))
            .build())).build();
    RuleEngine engine = RuleEngine.builder(rules).surveys(survey).build();

    Response late = response("r-1", 3, "Paketet var FORSENAD två dagar");
    Decision decision = engine.evaluate(late);
    assertThat(decision.actionsOf(Action.OpenCase.class))
        .containsExactly(new Action.OpenCase("logistics", Action.CasePriority.HIGH, Duration.ofHours(24)));
    assertThat(engine.evaluate(late)).isEqualTo(decision);

    assertThat(engine.evaluate(response("r-2", 3, "Fel storlek")).isEmpty()).isTrue();
    assertThat(engine.evaluate(response("r-3", 9, "Inte försenad alls")).isEmpty()).isTrue();
    assertThat(engine.explain(response("r-2", 3, "Fel storlek")).explainText())
        .contains("late-delivery-detractor");
  }

  private static Response response(String id, int nps, String comment) {
    return Response.builder(TenantId.of("webshop"), "post-delivery")
        .id(id)
        .submittedAt(Instant.parse("2026-11-02T09:00:00Z"))
        .answer("nps", nps)
        .answer("comment", comment)
        .build();
  }
}
