package io.feedbackloop.examples.scenarios;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.loop.DueWorkReport;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.SubmitResult;
import java.util.Locale;

/**
 * The quick start of the README: a loop with a built-in NPS survey, the standard playbook, one
 * team and one channel; a detractor answers with a comment; the due work delivers the team alert.
 * The lines between the {@code tag::quickstart[]} markers are the README's snippet, word for word
 * ({@code QuickStartTest} checks it).
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * What the quick start did.
   *
   * @param loop the loop it built
   * @param result what the submit did
   * @param due what the due work did
   */
  public record Outcome(FeedbackLoop loop, SubmitResult result, DueWorkReport due) {}

  /** Runs the quick start, printing the team alert to stdout. */
  public static void main(String[] args) {
    InboxChannel slack = new InboxChannel();
    Outcome outcome = run(slack);
    SubmitResult result = outcome.result();
    System.out.println("categories: " + result.categories());
    System.out.println("case opened: " + result.openedCases().get(0).id().value()
        + ", owner " + result.openedCases().get(0).owner().orElse("nobody")
        + ", first contact due " + result.openedCases().get(0).firstContactDue().orElseThrow());
    System.out.println("messages delivered: " + outcome.due().delivered());
    for (Message m : slack.messages()) {
      System.out.println("to " + m.recipient() + ": " + m.subject() + " / " + m.text());
    }
  }

  /**
   * Runs the quick start with {@code slack} as the team's channel.
   *
   * @return the submit's result and the due-work report
   */
  public static Outcome run(DeliveryChannel slack) {
    // tag::quickstart[]
    FeedbackLoop loop = FeedbackLoop.builder()
        .survey(Surveys.nps("post-delivery", Locale.forLanguageTag("sv")))  // built-in template, Swedish texts
        .team(Team.of("support", "ana", "ben"))         // detractor cases go round robin
        .channel("slack", slack).staffChannel("slack")  // any DeliveryChannel: SlackChannel, yours
        .build();  // Playbook.standard(), in-memory stores and the system clock by default

    SubmitResult result = loop.submit(Response.builder(TenantId.of("webshop"), "post-delivery")
        .respondent("customer-42").answer("nps", 3).answer("comment", "Paketet kom för sent").build());
    // result: a detractor; a case assigned to ana, first contact due in 24 h; a team alert queued

    DueWorkReport due = loop.runDueWork();  // from the host's scheduler: the alert goes to Slack
    // end::quickstart[]
    return new Outcome(loop, result, due);
  }
}
