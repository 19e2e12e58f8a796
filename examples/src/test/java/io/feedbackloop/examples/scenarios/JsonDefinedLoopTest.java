package io.feedbackloop.examples.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.loop.SubmitResult;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.rules.Rule;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonDefinedLoopTest {
  private final JsonDefinedLoop.Outcome outcome = JsonDefinedLoop.run();

  @Test
  void theSurveyAndRulesComeFromTheJsonFiles() {
    assertThat(outcome.survey().id()).isEqualTo("returns");
    assertThat(outcome.survey().version()).isEqualTo(1);
    assertThat(outcome.survey().questions()).extracting(q -> q.id())
        .containsExactly("nps", "reason", "comment");
    assertThat(outcome.rules().id()).isEqualTo("returns");
    assertThat(outcome.rules().version()).isEqualTo(2);
    assertThat(outcome.rules().rules()).extracting(Rule::id)
        .containsExactly("damaged-detractor", "detractor-case", "promoter-thanks");
  }

  @Test
  void aDamagedItemGoesToTheWarehouseUrgentlyAndStopsThereAfterAnApology() {
    SubmitResult r = outcome.results().get(0);
    assertThat(r.optionalDecision().orElseThrow().matchedRules()).containsExactly("damaged-detractor");
    FollowUpCase c = r.openedCases().get(0);
    assertThat(r.openedCases()).hasSize(1);
    assertThat(c.team()).isEqualTo("warehouse");
    assertThat(c.owner()).contains("wim");
    assertThat(c.priority()).isEqualTo(CasePriority.URGENT);
    assertThat(c.firstContactDue()).contains(c.createdAt().plus(Duration.ofHours(4)));
    assertThat(c.tags()).containsExactly("damaged");
    assertThat(outcome.staffAlerts()).singleElement()
        .satisfies(m -> {
          assertThat(m.recipient()).isEqualTo(Recipient.team("warehouse"));
          assertThat(m.subject()).isEqualTo("Damaged item, call back within 4 h: case " + c.id().value());
        });
  }

  @Test
  void otherDetractorsGetASupportCaseAndPromotersAThankYou() {
    SubmitResult detractor = outcome.results().get(1);
    assertThat(detractor.optionalDecision().orElseThrow().matchedRules()).containsExactly("detractor-case");
    assertThat(detractor.openedCases()).singleElement()
        .satisfies(c -> {
          assertThat(c.team()).isEqualTo("support");
          assertThat(c.priority()).isEqualTo(CasePriority.HIGH);
          assertThat(c.firstContactDue()).contains(c.createdAt().plus(Duration.ofHours(24)));
        });
    SubmitResult promoter = outcome.results().get(2);
    assertThat(promoter.optionalDecision().orElseThrow().matchedRules()).containsExactly("promoter-thanks");
    assertThat(promoter.openedCases()).isEmpty();
  }

  @Test
  void customersAreAnsweredInTheirLanguage() {
    List<Message> emails = outcome.emails();
    assertThat(emails).extracting(Message::recipient)
        .containsExactly(
            Recipient.respondent("customer-1"), Recipient.respondent("customer-2"),
            Recipient.respondent("customer-3"));
    assertThat(emails).extracting(Message::subject)
        .containsExactly("We are sorry", "Es tut uns leid", "Thank you for your feedback");
    assertThat(emails.get(1).locale()).isEqualTo(Locale.GERMAN);
  }
}
