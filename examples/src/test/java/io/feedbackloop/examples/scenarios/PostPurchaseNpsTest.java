package io.feedbackloop.examples.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.invite.InvitationDecision;
import io.feedbackloop.routing.loop.SubmitResult;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostPurchaseNpsTest {
  private final PostPurchaseNps.Story story = PostPurchaseNps.run();

  @Test
  void theDeliveredOrderInvitesTheCustomerTwoHoursLaterWithAPersonalLink() {
    assertThat(story.invitation())
        .isInstanceOfSatisfying(
            InvitationDecision.Scheduled.class,
            s -> assertThat(s.sendAt()).isEqualTo(Instant.parse("2026-03-02T11:00:00Z")));
    assertThat(story.dueRuns().get(0).delivered()).isEqualTo(1);
    Message invitation = story.emails().get(0);
    assertThat(invitation.subject()).isEqualTo("How was your order?");
    assertThat(invitation.recipient()).isEqualTo(Recipient.respondent("customer-42"));
    assertThat(invitation.text()).startsWith("Tell us in one click: https://feedback.shop.example/");
  }

  @Test
  void theDetractorGetsACaseWithOwnerAnd24HourSlaATeamAlertAndAnApology() {
    SubmitResult answer = story.answer();
    assertThat(answer.optionalDecision().orElseThrow().matchedRules())
        .containsExactly("detractor-case", "apologize");
    FollowUpCase opened = answer.openedCases().get(0);
    assertThat(opened.owner()).contains("ana");
    assertThat(opened.team()).isEqualTo("support");
    assertThat(opened.firstContactDue()).contains(Instant.parse("2026-03-03T12:00:00Z"));
    assertThat(story.dueRuns().get(1).delivered()).isEqualTo(2);
    assertThat(story.staffAlerts()).singleElement()
        .satisfies(m -> {
          assertThat(m.recipient()).isEqualTo(Recipient.team("support"));
          assertThat(m.text()).contains("response-1001", opened.id().value());
        });
    assertThat(story.emails().get(1).subject()).isEqualTo("We are sorry");
  }

  @Test
  void theOwnerResolvesAndTheCustomerHearsWhatWasDoneQuotingTheirComment() {
    FollowUpCase resolved = story.resolved();
    assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(resolved.firstContactAt()).contains(Instant.parse("2026-03-02T16:00:00Z"));
    assertThat(resolved.rootCauses()).containsExactly("carrier-delay");
    assertThat(story.dueRuns().get(2).delivered()).isEqualTo(1);
    assertThat(story.emails()).hasSize(3);
    Message outcome = story.emails().get(2);
    assertThat(outcome.recipient()).isEqualTo(Recipient.respondent("customer-42"));
    assertThat(outcome.text())
        .contains("The parcel arrived two days late")
        .contains("We refunded the shipping cost and moved your area to another carrier.");
  }

  @Test
  void afterwardsNoReminderAndNoEscalationGoOut() {
    assertThat(story.dueRuns().get(3).delivered()).isZero();
    assertThat(story.dueRuns().get(3).stepsFired()).isZero();
    assertThat(story.dueRuns()).allSatisfy(r -> assertThat(r.deadLettered()).isZero());
    assertThat(story.emails()).hasSize(3);
    assertThat(story.staffAlerts()).hasSize(1);
  }
}
