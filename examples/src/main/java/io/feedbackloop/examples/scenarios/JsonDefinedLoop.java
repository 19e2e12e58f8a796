package io.feedbackloop.examples.scenarios;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.json.FeedbackJson;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.loop.FeedbackLoop;
import io.feedbackloop.routing.loop.SubmitResult;
import io.feedbackloop.routing.rules.RuleJson;
import io.feedbackloop.routing.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A loop defined in JSON: the survey ({@code returns-survey.json}, core's survey definition
 * format) and the rule set ({@code returns-rules.json}, routing's {@link RuleJson}) are loaded from
 * the classpath, so that a CX team can change them without a release. A detractor whose comment
 * says the item arrived damaged gets an urgent warehouse case (4 h) and an alert, other detractors
 * a support case (24 h), both an apology in their language; promoters are thanked.
 */
public final class JsonDefinedLoop {
  static final TenantId TENANT = TenantId.of("outdoor-shop");
  static final String SURVEY_RESOURCE = "returns-survey.json";
  static final String RULES_RESOURCE = "returns-rules.json";

  private JsonDefinedLoop() {}

  /**
   * What the JSON-defined loop did.
   *
   * @param survey the survey read from JSON
   * @param rules the rule set read from JSON
   * @param results what each of the three answers caused, in order
   * @param staffAlerts the alerts on the staff channel
   * @param emails the messages to customers
   */
  public record Outcome(
      Survey survey,
      RuleSet rules,
      List<SubmitResult> results,
      List<Message> staffAlerts,
      List<Message> emails) {}

  /** Runs the loop and prints what each answer caused. */
  public static void main(String[] args) {
    Outcome outcome = run();
    System.out.println("survey " + outcome.survey().id() + " v" + outcome.survey().version()
        + ", rule set " + outcome.rules().id() + " v" + outcome.rules().version());
    for (SubmitResult r : outcome.results()) {
      System.out.println(r.response().id() + ": rules "
          + r.optionalDecision().orElseThrow().matchedRules() + ", cases "
          + r.openedCases().stream().map(c -> c.team() + "/" + c.priority()).toList());
    }
    for (Message m : outcome.staffAlerts()) {
      System.out.println("staff    <- " + m.subject());
    }
    for (Message m : outcome.emails()) {
      System.out.println("customer <- " + m.subject() + " (" + m.locale().toLanguageTag() + ")");
    }
  }

  /** Loads the survey and rules from the classpath, builds the loop and submits three answers. */
  public static Outcome run() {
    Survey survey = FeedbackJson.ofDefaults().readSurvey(resource(SURVEY_RESOURCE));
    RuleSet rules = RuleJson.read(resource(RULES_RESOURCE));
    SettableClock clock = SettableClock.at("2026-04-14T08:00:00Z");
    InboxChannel staff = new InboxChannel();
    InboxChannel email = new InboxChannel();
    FeedbackLoop loop =
        FeedbackLoop.builder()
            .survey(survey)
            .rules(rules) // checked against the survey here: a question the rules name must exist
            .team(Team.of("support", "sam"))
            .team(Team.of("warehouse", "wim"))
            .template(
                MessageTemplate.builder("damaged-item")
                    .subject(Locale.ENGLISH, "Damaged item, call back within 4 h: case {{caseId}}")
                    .text(Locale.ENGLISH, "Response {{responseId}} reports a damaged item. Case {{caseId}}.")
                    .build())
            .channel("staff", staff)
            .channel("email", email)
            .clock(clock)
            .build();

    List<SubmitResult> results =
        List.of(
            loop.submit(answer("return-1", "customer-1", 2, "damaged", "The lamp arrived broken", Locale.ENGLISH, clock)),
            loop.submit(answer("return-2", "customer-2", 5, "size", "Viel zu klein", Locale.GERMAN, clock)),
            loop.submit(answer("return-3", "customer-3", 10, "size", "", Locale.ENGLISH, clock)));
    loop.runDueWork();
    return new Outcome(survey, rules, results, staff.messages(), email.messages());
  }

  private static Response answer(
      String id, String who, int nps, String reason, String comment, Locale locale, SettableClock clock) {
    Response.Builder b =
        Response.builder(TENANT, "returns")
            .id(id)
            .respondent(who)
            .answer("nps", nps)
            .choices("reason", reason)
            .locale(locale)
            .clock(clock);
    if (!comment.isEmpty()) {
      b.answer("comment", comment);
    }
    return b.build();
  }

  private static byte[] resource(String name) {
    try (InputStream in = JsonDefinedLoop.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the example's resource " + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the example's resource " + name + " failed", e);
    }
  }
}
