package io.feedbackloop.examples.cli;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.json.FeedbackJson;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.AppendResult;
import io.feedbackloop.core.store.ErasureReport;
import io.feedbackloop.core.store.IdempotencyConflictException;
import io.feedbackloop.core.store.InMemoryResponseStore;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.store.ResponseStore;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.core.survey.Surveys;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ResponseValidator;
import io.feedbackloop.core.validation.ValidationException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code demo}: builds a survey from the templates, validates and stores sample responses (some of
 * them bad, one a retry), prints every problem found, and the stored responses as JSON.
 */
public final class DemoCommand implements Command {
  private static final TenantId TENANT = TenantId.of("webshop");
  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "build a survey, validate and store sample responses, print problems and JSON";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (!args.isEmpty()) {
      err.println("error: demo takes no arguments, but got " + args);
      return USAGE;
    }
    FeedbackJson json = FeedbackJson.ofDefaults();
    Survey survey = Surveys.nps("post-delivery", Locale.forLanguageTag("sv"));
    ResponseValidator validator = ResponseValidator.of(SurveyCatalog.of(survey));
    ResponseStore store = InMemoryResponseStore.create();

    out.println("== Survey '" + survey.id() + "' v" + survey.version() + ", default locale "
        + survey.defaultLocale().toLanguageTag() + " (texts in en, sv, nl, pl, de)");
    survey.questions().forEach(q -> out.println("   " + q.id() + " [" + q.type().wireName() + "] "
        + survey.text(q, survey.defaultLocale())));
    out.println("   definition as JSON: " + json.writeSurvey(survey).length() + " characters");

    out.println();
    out.println("== Submitting responses");
    for (Response response : sampleResponses()) {
      submit(response, validator, store, out);
    }
    out.println("   JSON from a front end with a score given as text:");
    String badJson = "{\"tenant\":\"webshop\",\"survey\":{\"id\":\"post-delivery\",\"version\":1},"
        + "\"channel\":\"web\",\"submittedAt\":\"2026-11-02T12:00:00Z\","
        + "\"answers\":{\"nps\":{\"type\":\"score\",\"value\":\"ten\"}}}";
    try {
      json.readResponse(badJson);
      out.println("   unexpectedly accepted");
    } catch (ValidationException e) {
      printProblems("rejected while parsing", e.problems(), out);
    }

    ResponseQuery all = ResponseQuery.builder(TENANT).survey(survey.id()).build();
    out.println();
    out.println("== Stored: " + store.count(all) + " responses, "
        + store.count(all.toBuilder().attribute("region", "north").build()) + " from region north");
    try (Stream<Response> stored = store.stream(all)) {
      stored.forEach(r -> out.println(json.writeResponse(r)));
    }

    out.println();
    ErasureReport erased = store.erase(TENANT, RespondentId.of("customer-17"));
    out.println("== Erasure of customer-17: " + erased.responses() + " response(s) erased; "
        + store.count(all) + " left");
    return OK;
  }

  private static void submit(
      Response response, ResponseValidator validator, ResponseStore store, PrintStream out) {
    List<Problem> problems = validator.validate(response);
    if (!problems.isEmpty()) {
      printProblems(response.id() + " rejected", problems, out);
      return;
    }
    try {
      AppendResult result = store.append(response);
      out.println(result.created()
          ? "   " + response.id() + " stored"
          : "   " + response.id() + " is a retry of " + result.response().id()
              + " (same idempotency key and content): stored once");
    } catch (IdempotencyConflictException e) {
      out.println("   " + response.id() + " refused: " + e.getMessage());
    }
  }

  private static void printProblems(String what, List<Problem> problems, PrintStream out) {
    out.println("   " + what + ", " + problems.size()
        + (problems.size() == 1 ? " problem:" : " problems:"));
    problems.forEach(p -> out.println("      " + p));
  }

  private static List<Response> sampleResponses() {
    return List.of(
        response("r-1", "customer-17", 0)
            .locale(Locale.forLanguageTag("sv"))
            .answer("nps", 3)
            .answer("comment", "Paketet kom för sent")
            .answer("improve", "Snabbare leverans")
            .attribute("region", "north")
            .build(),
        response("r-2", "customer-23", 1)
            .locale(Locale.forLanguageTag("nl"))
            .answer("nps", 10)
            .answer("praise", "Snelle bezorging")
            .attribute("region", "south")
            .build(),
        response("r-2-retry", "customer-23", 2)
            .locale(Locale.forLanguageTag("nl"))
            .answer("nps", 10)
            .answer("praise", "Snelle bezorging")
            .attribute("region", "south")
            .idempotencyKey("r-2")
            .build(),
        response("r-3", "customer-31", 3)
            .locale(Locale.forLanguageTag("de"))
            .answer("nps", 8)
            .answer("comment", "Gute Qualität")
            .attribute("region", "north")
            .build(),
        response("r-4", "customer-40", 4)
            .answer("nps", 11)
            .answer("nps", 7)
            .answer("rating", 5)
            .answer("comment", "x".repeat(2001))
            .build(),
        response("r-5", "customer-41", 5)
            .answer("nps", 9)
            .answer("improve", "nothing")
            .build(),
        response("r-3-conflict", "customer-31", 6)
            .answer("nps", 2)
            .attribute("region", "north")
            .idempotencyKey("r-3")
            .build());
  }

  private static Response.Builder response(String id, String respondent, int minutes) {
    return Response.builder(TENANT, "post-delivery")
        .id(id)
        .respondent(respondent)
        .touchpoint("delivery")
        .channel(Channel.EMAIL)
        .submittedAt(T0.plusSeconds(60L * minutes));
  }
}
