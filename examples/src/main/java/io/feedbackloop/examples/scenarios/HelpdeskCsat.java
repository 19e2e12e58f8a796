package io.feedbackloop.examples.scenarios;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.QuestionTemplates;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.Touchpoint;
import io.feedbackloop.routing.loop.DueWorkReport;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.SubmitResult;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.rules.Action.MessageKind;
import io.feedbackloop.routing.rules.Conditions;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleSet;
import io.feedbackloop.scoring.Category;
import io.feedbackloop.scoring.ScaleResult;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSAT and CES after a helpdesk ticket is solved: every {@code ticket.solved} event invites the
 * customer to a two-question survey; a dissatisfied answer (CSAT 1-2) opens a case for the
 * helpdesk team with an 8-hour first-contact SLA and alerts the team's Teams channel, a hard
 * effort (CES 1-3) is tagged for process improvement, and satisfied customers are thanked. The
 * rules are built with the rule builders; the scores come from the loop.
 */
public final class HelpdeskCsat {
  static final TenantId TENANT = TenantId.of("helpdesk-co");

  /** The answers of the five customers: CSAT (1-5), CES (1-7), comment. */
  private static final List<String[]> ANSWERS =
      List.of(
          new String[] {"5", "7", "Solved in one reply"},
          new String[] {"4", "6", ""},
          new String[] {"3", "4", ""},
          new String[] {"2", "2", "I had to explain the problem three times"},
          new String[] {"1", "3", "Still broken after the fix"});

  private HelpdeskCsat() {}

  /**
   * What the week at the helpdesk produced.
   *
   * @param invitationsSent invitations delivered by the first due-work run
   * @param results what each answer caused, in order
   * @param afterAnswers the due-work run after the answers
   * @param csat the CSAT of the survey over the answers
   * @param ces the CES of the survey over the answers
   * @param teamAlerts the messages in the helpdesk's Teams channel
   * @param emails every message the customers received (invitations and thank-yous)
   */
  public record Week(
      int invitationsSent,
      List<SubmitResult> results,
      DueWorkReport afterAnswers,
      ScaleResult csat,
      ScaleResult ces,
      List<Message> teamAlerts,
      List<Message> emails) {}

  /** The survey: CSAT, CES and an optional comment, from the built-in question templates. */
  static Survey survey() {
    return Survey.builder("ticket-solved")
        .name("After your ticket")
        .defaultLocale(Locale.ENGLISH)
        .question(QuestionTemplates.csat("csat"))
        .question(QuestionTemplates.ces("ces"))
        .question(QuestionTemplates.comment("comment"))
        .build();
  }

  /** The helpdesk's rules, built in code. */
  static RuleSet rules() {
    return RuleSet.builder("helpdesk")
        .rule(
            Rule.builder("low-csat-case")
                .priority(90)
                .when(Conditions.category("csat", Category.NEGATIVE))
                .then(
                    new Action.OpenCase("helpdesk", CasePriority.HIGH, Duration.ofHours(8)),
                    new Action.NotifyTeam("helpdesk", "#helpdesk", "low-csat"))
                .build())
        .rule(
            Rule.builder("hard-effort")
                .priority(60)
                .when(Conditions.category("ces", Category.NEGATIVE))
                .then(new Action.Tag("process-improvement"))
                .build())
        .rule(
            Rule.builder("satisfied-thanks")
                .priority(50)
                .when(Conditions.category("csat", Category.POSITIVE))
                .then(Action.MessageCustomer.of(MessageKind.THANK_YOU))
                .build())
        .build();
  }

  /** Runs the week and prints the scores, the cases and the alerts. */
  public static void main(String[] args) {
    Week week = run();
    System.out.printf("CSAT %.0f %% satisfied (n=%d), CES mean %.1f (n=%d)%n",
        week.csat().positiveShare().orElseThrow().percent(), week.csat().n(),
        week.ces().mean().orElseThrow().value(), week.ces().n());
    for (SubmitResult r : week.results()) {
      System.out.println(r.response().id() + ": " + r.categories() + " cases "
          + r.openedCases().size() + " tags " + r.tags());
    }
    for (Message m : week.teamAlerts()) {
      System.out.println("Teams <- " + m.text());
    }
  }

  /** Runs five solved tickets through invitation, answer, rules and scores. */
  public static Week run() {
    SettableClock clock = SettableClock.at("2026-03-03T10:00:00Z");
    Instant start = clock.instant();
    InboxChannel email = new InboxChannel();
    InboxChannel teams = new InboxChannel();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(survey())
            .rules(rules())
            .team(Team.of("helpdesk", "hugo", "hanna"))
            .invitationPlan(
                InvitationPlan.builder("ticket-solved")
                    .eventTypes("ticket.solved")
                    .delay(Duration.ofMinutes(30))
                    .defaultChannel("email")
                    .build(),
                MessageTemplate.builder("ticket-invitation")
                    .subject(Locale.ENGLISH, "How did we do with your ticket?")
                    .text(Locale.ENGLISH, "Two questions, one minute: {{link}}")
                    .build())
            .linkBaseUrl(URI.create("https://feedback.helpdesk.example"))
            .channel("email", email)
            .channel("teams", teams)
            .teamChannel("#helpdesk", "teams")
            .clock(clock)
            .build();

    for (int i = 1; i <= ANSWERS.size(); i++) {
      loop.invite(
          Touchpoint.builder()
              .tenant(TENANT)
              .respondent("customer-" + i)
              .eventType("ticket.solved")
              .eventId("ticket-" + (500 + i))
              .occurredAt(clock.instant())
              .build());
    }
    clock.advance(Duration.ofMinutes(30));
    int invitationsSent = loop.runDueWork().delivered();

    List<SubmitResult> results = new ArrayList<>();
    for (int i = 1; i <= ANSWERS.size(); i++) {
      clock.advance(Duration.ofMinutes(10));
      String[] a = ANSWERS.get(i - 1);
      Response.Builder response =
          Response.builder(TENANT, "ticket-solved")
              .id("ticket-" + (500 + i))
              .respondent("customer-" + i)
              .touchpoint("ticket.solved")
              .answer("csat", Integer.parseInt(a[0]))
              .answer("ces", Integer.parseInt(a[1]))
              .clock(clock);
      if (!a[2].isEmpty()) {
        response.answer("comment", a[2]);
      }
      results.add(loop.submit(response.build()));
    }
    DueWorkReport afterAnswers = loop.runDueWork();

    Instant end = clock.instant().plusSeconds(1);
    return new Week(
        invitationsSent,
        List.copyOf(results),
        afterAnswers,
        loop.scores().csat(TENANT, "ticket-solved", start, end),
        loop.scores().ces(TENANT, "ticket-solved", start, end),
        teams.messages(),
        email.messages());
  }
}
