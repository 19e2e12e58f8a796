package io.feedbackloop.examples.scenarios;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.invite.InvitationDecision;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.Touchpoint;
import io.feedbackloop.routing.loop.DueWorkReport;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.SubmitResult;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Action.MessageKind;
import io.feedbackloop.routing.rules.Conditions;
import io.feedbackloop.routing.rules.Playbook;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleSet;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Post-purchase NPS with a detractor follow-up, the whole loop on a clock the example moves: the
 * shop reports a delivered order, the customer is invited two hours later, answers 2 with a
 * comment, gets an apology while the support team gets an alert and a case with an owner and a
 * 24-hour first-contact SLA; the owner calls the customer, resolves the case, and the customer is
 * told what was done, quoting their own comment.
 */
public final class PostPurchaseNps {
  static final TenantId SHOP = TenantId.of("webshop");

  private PostPurchaseNps() {}

  /**
   * What happened, step by step.
   *
   * @param invitation the decision on the delivered order
   * @param answer what the detractor's answer caused
   * @param resolved the case after the owner resolved it
   * @param emails everything the customer received, in order
   * @param staffAlerts everything the team channel received, in order
   * @param dueRuns the report of each {@code runDueWork()}, in order
   */
  public record Story(
      InvitationDecision invitation,
      SubmitResult answer,
      FollowUpCase resolved,
      List<Message> emails,
      List<Message> staffAlerts,
      List<DueWorkReport> dueRuns) {}

  /** Runs the story and prints what each party received. */
  public static void main(String[] args) {
    Story story = run();
    System.out.println("invitation: " + story.invitation());
    FollowUpCase c = story.resolved();
    System.out.println("case " + c.id().value() + " owned by " + c.owner().orElse("nobody")
        + ", " + c.status() + ", root causes " + c.rootCauses());
    for (Message m : story.emails()) {
      System.out.println("customer <- " + m.subject() + ": " + m.text().replace('\n', ' '));
    }
    for (Message m : story.staffAlerts()) {
      System.out.println("team     <- " + m.subject());
    }
  }

  /** Runs the story on a clock starting Monday 2 March 2026, 09:00 UTC. */
  public static Story run() {
    SettableClock clock = SettableClock.at("2026-03-02T09:00:00Z");
    InboxChannel email = new InboxChannel();
    InboxChannel slack = new InboxChannel();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(Surveys.nps("post-purchase", Locale.ENGLISH))
            .rules(playbookWithApology())
            .team(Team.of("support", "ana", "ben"))
            .invitationPlan(
                InvitationPlan.builder("post-purchase")
                    .eventTypes("order.delivered")
                    .delay(Duration.ofHours(2))
                    .defaultChannel("email")
                    .reminderAfter(Duration.ofDays(3))
                    .build(),
                MessageTemplate.builder("invitation")
                    .subject(Locale.ENGLISH, "How was your order?")
                    .text(Locale.ENGLISH, "Tell us in one click: {{link}}")
                    .build())
            .linkBaseUrl(URI.create("https://feedback.shop.example"))
            .channel("email", email)
            .channel("slack", slack)
            .staffChannel("slack")
            .clock(clock)
            .build();
    List<DueWorkReport> runs = new ArrayList<>();

    // 1. The shop's order system reports the delivery; the invitation goes out two hours later.
    InvitationDecision invitation =
        loop.invite(
            Touchpoint.builder()
                .tenant(SHOP)
                .respondent("customer-42")
                .eventType("order.delivered")
                .eventId("order-1001")
                .occurredAt(clock.instant())
                .zone(ZoneId.of("Europe/Stockholm"))
                .build());
    clock.advance(Duration.ofHours(2));
    runs.add(loop.runDueWork());

    // 2. An hour later the customer answers: a detractor, with a reason.
    clock.advance(Duration.ofHours(1));
    SubmitResult answer =
        loop.submit(
            Response.builder(SHOP, "post-purchase")
                .id("response-1001")
                .respondent("customer-42")
                .answer("nps", 2)
                .answer("comment", "The parcel arrived two days late")
                .locale(Locale.ENGLISH)
                .clock(clock)
                .build());
    runs.add(loop.runDueWork()); // the team alert and the apology

    // 3. Ana calls the customer four hours later (first contact, well within 24 h) and resolves it.
    FollowUpCase opened = answer.openedCases().get(0);
    clock.advance(Duration.ofHours(4));
    FollowUpCase contacted =
        loop.cases().startProgress(SHOP, opened.id(), "ana", opened.version());
    clock.advance(Duration.ofHours(2));
    FollowUpCase resolved =
        loop.resolveCase(
            SHOP,
            opened.id(),
            List.of("carrier-delay"),
            "The carrier held the parcel at its hub for two days",
            "We refunded the shipping cost and moved your area to another carrier.",
            "ana",
            contacted.version());
    runs.add(loop.runDueWork()); // the outcome message

    // 4. Three days later: the invitation's reminder was cancelled by the answer, no SLA step is due.
    clock.advance(Duration.ofDays(3));
    runs.add(loop.runDueWork());

    return new Story(invitation, answer, resolved, email.messages(), slack.messages(), List.copyOf(runs));
  }

  /** The standard playbook (NPS only) plus an apology to every detractor. */
  static RuleSet playbookWithApology() {
    return Playbook.builder()
        .cesQuestion(null)
        .build()
        .toBuilder()
        .rule(
            Rule.builder("apologize")
                .priority(85)
                .when(Conditions.detractor("nps"))
                .then(Action.MessageCustomer.of(MessageKind.APOLOGY))
                .build())
        .build();
  }
}
