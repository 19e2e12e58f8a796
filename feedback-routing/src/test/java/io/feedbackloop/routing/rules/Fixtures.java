package io.feedbackloop.routing.rules;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.CesQuestion;
import io.feedbackloop.core.survey.CsatQuestion;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.SmileyQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.core.survey.TextQuestion;
import io.feedbackloop.core.survey.ThumbsQuestion;
import java.time.Instant;
import java.util.Locale;

/** Shared surveys and responses for the rule tests. */
final class Fixtures {
  static final TenantId TENANT = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private Fixtures() {}

  static LocalizedText text(String s) {
    return LocalizedText.of(Locale.ENGLISH, s);
  }

  /** post-delivery: nps, ces, csat, smiley (5), thumbs, comment. */
  static Survey delivery() {
    return Survey.builder("post-delivery")
        .touchpoint("delivery")
        .question(NpsQuestion.of("nps", text("Recommend?")))
        .question(CesQuestion.of("ces", text("Easy?")).withRequired(false))
        .question(CsatQuestion.of("csat", text("Satisfied?")).withRequired(false))
        .question(SmileyQuestion.of("smiley", text("Mood?"), 5).withRequired(false))
        .question(ThumbsQuestion.of("thumbs", text("Good?")).withRequired(false))
        .question(TextQuestion.of("comment", text("Why?")).withRequired(false))
        .build();
  }

  /** support: nps and a text question named "reason". */
  static Survey support() {
    return Survey.builder("support")
        .question(NpsQuestion.of("nps", text("Recommend?")))
        .question(TextQuestion.of("reason", text("Why?")).withRequired(false))
        .build();
  }

  static SurveyCatalog catalog() {
    return SurveyCatalog.of(delivery(), support());
  }

  static Response.Builder response(String id) {
    return Response.builder(TENANT, "post-delivery").id(id).submittedAt(T0);
  }

  static Response nps(String id, int score) {
    return response(id).answer("nps", score).build();
  }
}
