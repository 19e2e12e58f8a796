package io.feedbackloop.examples.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.loop.SubmitResult;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.scoring.Category;
import io.feedbackloop.scoring.ScaleResult;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HelpdeskCsatTest {
  private final HelpdeskCsat.Week week = HelpdeskCsat.run();

  @Test
  void everySolvedTicketInvitesItsCustomer() {
    assertThat(week.invitationsSent()).isEqualTo(5);
    assertThat(week.emails().subList(0, 5))
        .allSatisfy(m -> assertThat(m.subject()).isEqualTo("How did we do with your ticket?"))
        .extracting(Message::recipient)
        .containsExactlyInAnyOrder(
            Recipient.respondent("customer-1"), Recipient.respondent("customer-2"),
            Recipient.respondent("customer-3"), Recipient.respondent("customer-4"),
            Recipient.respondent("customer-5"));
  }

  @Test
  void onlyDissatisfiedCustomersGetACaseForTheHelpdeskWithAnEightHourSla() {
    List<SubmitResult> r = week.results();
    assertThat(r).extracting(x -> x.category("csat").orElseThrow())
        .containsExactly(Category.POSITIVE, Category.POSITIVE, Category.NEUTRAL, Category.NEGATIVE,
            Category.NEGATIVE);
    assertThat(r.subList(0, 3)).allSatisfy(x -> assertThat(x.openedCases()).isEmpty());
    List<FollowUpCase> cases = List.of(r.get(3).openedCases().get(0), r.get(4).openedCases().get(0));
    assertThat(r.get(3).openedCases()).hasSize(1);
    assertThat(r.get(4).openedCases()).hasSize(1);
    assertThat(cases).allSatisfy(c -> {
      assertThat(c.team()).isEqualTo("helpdesk");
      assertThat(c.priority()).isEqualTo(CasePriority.HIGH);
      assertThat(c.firstContactDue()).contains(c.createdAt().plus(Duration.ofHours(8)));
      assertThat(c.tags()).containsExactly("process-improvement");
    });
    assertThat(cases).extracting(c -> c.owner().orElseThrow()).containsExactly("hugo", "hanna");
  }

  @Test
  void hardEffortIsTaggedAndSatisfiedCustomersAreThanked() {
    assertThat(week.results()).extracting(SubmitResult::tags)
        .containsExactly(
            Set.of(), Set.of(), Set.of(),
            Set.of("process-improvement"), Set.of("process-improvement"));
    assertThat(week.afterAnswers().delivered()).isEqualTo(4);
    assertThat(week.emails().subList(5, week.emails().size()))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.subject()).isEqualTo("Thank you for your feedback"))
        .extracting(Message::recipient)
        .containsExactly(Recipient.respondent("customer-1"), Recipient.respondent("customer-2"));
  }

  @Test
  void theTeamsChannelGetsOneAlertPerCase() {
    assertThat(week.teamAlerts()).hasSize(2)
        .allSatisfy(m -> {
          assertThat(m.recipient()).isEqualTo(Recipient.team("helpdesk"));
          assertThat(m.text()).contains("low-csat-case");
        });
    assertThat(week.teamAlerts().get(0).text())
        .contains("ticket-504", week.results().get(3).openedCases().get(0).id().value());
  }

  @Test
  void scoresCountEveryAnswer() {
    ScaleResult csat = week.csat();
    assertThat(csat.n()).isEqualTo(5);
    assertThat(List.of(csat.positive(), csat.neutral(), csat.negative())).containsExactly(2L, 1L, 2L);
    assertThat(csat.positiveShare().orElseThrow().percent()).isCloseTo(40.0, within(1e-9));
    assertThat(csat.mean().orElseThrow().value()).isCloseTo(3.0, within(1e-9));
    ScaleResult ces = week.ces();
    assertThat(ces.n()).isEqualTo(5);
    assertThat(List.of(ces.positive(), ces.neutral(), ces.negative())).containsExactly(2L, 1L, 2L);
    assertThat(ces.mean().orElseThrow().value()).isCloseTo(4.4, within(1e-9));
  }
}
