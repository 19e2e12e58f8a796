package io.feedbackloop.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.ChoiceAnswer;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Choice;
import io.feedbackloop.core.survey.DisplayCondition;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.MultipleChoiceQuestion;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.QuestionTemplates;
import io.feedbackloop.core.survey.RatingQuestion;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.SingleChoiceQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.core.survey.TextQuestion;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResponseValidatorTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Locale EN = Locale.ENGLISH;

  private static LocalizedText en(String s) {
    return LocalizedText.of(EN, s);
  }

  private static final List<Choice> REASONS =
      List.of(
          Choice.of("late", EN, "Late"),
          Choice.of("damaged", EN, "Damaged"),
          Choice.of("price", EN, "Price"));

  private static final Survey SURVEY =
      Survey.builder("post-delivery")
          .version(2)
          .question(NpsQuestion.of("nps", en("Recommend?")))
          .question(
              MultipleChoiceQuestion.of("reasons", en("Reasons"), REASONS)
                  .withSelections(1, 2)
                  .withShowIf(DisplayCondition.scoreBetween("nps", 0, 6)))
          .question(
              SingleChoiceQuestion.of("channel", en("Channel"), REASONS).withRequired(false))
          .question(QuestionTemplates.csat("csat").withRequired(false))
          .question(
              RatingQuestion.of("stars", en("Stars"))
                  .withScale(new Scale(0, 100, 10, ScaleDirection.ASCENDING, Metric.NONE, 80))
                  .withRequired(false))
          .question(QuestionTemplates.thumbs("helpful").withRequired(false))
          .question(TextQuestion.of("comment", en("Why?")).withMaxLength(10))
          .question(
              TextQuestion.of("praise", en("What was great?"))
                  .withRequired(true)
                  .withShowIf(DisplayCondition.scoreBetween("nps", 9, 10)))
          .build();

  private final ResponseValidator validator =
      ResponseValidator.of(SurveyCatalog.of(SURVEY, SURVEY.toBuilder().version(1).build()));

  private static Response.Builder response() {
    return Response.builder(TENANT, "post-delivery")
        .surveyVersion(2)
        .id("r-1")
        .submittedAt(Instant.parse("2026-11-22T10:00:00Z"));
  }

  @Test
  void aValidPromoterResponseHasNoProblems() {
    Response ok =
        response()
            .answer("nps", 10)
            .answer("praise", "Fast!")
            .answer("csat", 5)
            .answer("stars", 90)
            .answer("helpful", true)
            .choices("channel", "price")
            .answer("comment", "Great")
            .build();
    assertThat(validator.validate(ok)).isEmpty();
    validator.check(ok);
  }

  @Test
  void aValidDetractorNeedsTheReasonsButNotThePraise() {
    Response detractor = response().answer("nps", 6).choices("reasons", "late", "damaged").build();
    assertThat(validator.validate(detractor)).isEmpty();
    Response withoutReasons = response().answer("nps", 6).build();
    assertThat(validator.validate(withoutReasons))
        .extracting(Problem::path, p -> p.code().code())
        .containsExactly(tuple("/answers/reasons", "missing_answer"));
  }

  @Test
  void reportsAllProblemsAtOnceInQuestionOrder() {
    Response bad =
        response()
            .answer("nps", 11)
            .answer("nps", 3)
            .answer("unknown", 1)
            .answer("praise", "not shown to a detractor")
            .answer(ChoiceAnswer.of("reasons", "late", "late", "gone"))
            .answer("csat", "five")
            .answer("stars", 55)
            .choices("channel")
            .answer("comment", "far too long for ten")
            .build();
    List<Problem> problems = validator.validate(bad);
    assertThat(problems)
        .extracting(Problem::path, p -> p.code().code())
        .containsExactly(
            tuple("/answers/nps", "duplicate_answer"),
            tuple("/answers/unknown", "unknown_question"),
            tuple("/answers/nps", "off_scale"),
            // conditions see the first answer, 11: neither the detractor nor the promoter follow-up
            // was shown
            tuple("/answers/reasons", "not_shown"),
            tuple("/answers/channel", "too_few_selections"),
            tuple("/answers/csat", "wrong_answer_type"),
            tuple("/answers/stars", "not_on_step"),
            tuple("/answers/comment", "text_too_long"),
            tuple("/answers/praise", "not_shown"));
    assertThat(problems)
        .extracting(Problem::message)
        .contains(
            "question 'nps' is answered more than once",
            "survey 'post-delivery' v2 has no question 'unknown'",
            "the score 11 is off the scale 0..10",
            "question 'csat' is a csat question and takes a score, but the answer is a text answer",
            "the score 55 is not on the scale's step of 10 from 0",
            "the text has 20 characters, more than the 10 allowed");
  }

  @Test
  void reasonsAreReportedWhenShown() {
    Response bad =
        response()
            .answer("nps", 2)
            .answer(ChoiceAnswer.of("reasons", "late", "late", "gone"))
            .answer("praise", "x")
            .choices("channel", "late", "price")
            .build();
    assertThat(validator.validate(bad))
        .extracting(Problem::path, p -> p.code().code(), Problem::message)
        .containsExactly(
            tuple("/answers/reasons/value/1", "duplicate_choice", "the choice 'late' is given twice"),
            tuple(
                "/answers/reasons/value/2",
                "unknown_choice",
                "the choice 'gone' is not offered by question 'reasons'"),
            tuple("/answers/reasons", "too_many_selections", "3 choices given, at most 2 allowed"),
            tuple(
                "/answers/channel",
                "too_many_selections",
                "2 choices given, at most 1 allowed"),
            tuple(
                "/answers/praise",
                "not_shown",
                "question 'praise' was not shown (its display condition on 'nps' is not met), so"
                    + " it cannot be answered"));
  }

  @Test
  void blankTextDoesNotAnswerARequiredQuestionButLengthCountsCodePoints() {
    Response blankPraise = response().answer("nps", 9).answer("praise", "  ").build();
    assertThat(validator.validate(blankPraise))
        .extracting(p -> p.code().code())
        .containsExactly("missing_answer");
    // ten emoji are ten characters, though twenty UTF-16 units
    Response emoji =
        response().answer("nps", 9).answer("praise", "ok").answer("comment", "😀".repeat(10)).build();
    assertThat(validator.validate(emoji)).isEmpty();
    Response eleven =
        response().answer("nps", 9).answer("praise", "ok").answer("comment", "😀".repeat(11)).build();
    assertThat(validator.validate(eleven)).extracting(p -> p.code().code()).containsExactly("text_too_long");
  }

  @Test
  void wrongKindsOfAnswerAreNamed() {
    Response bad =
        response()
            .answer("nps", "ten")
            .answer("helpful", 1)
            .answer("channel", true)
            .answer("comment", 3)
            .build();
    assertThat(validator.validate(bad))
        .extracting(Problem::message)
        .containsExactly(
            "question 'nps' is a nps question and takes a score, but the answer is a text answer",
            "question 'channel' is a single_choice question and takes a choice, but the answer is a"
                + " thumbs answer",
            "question 'helpful' is a thumbs question and takes thumbs up or down, but the answer is"
                + " a score answer",
            "question 'comment' is a text question and takes a text, but the answer is a score"
                + " answer");
  }

  @Test
  void unknownSurveyAndVersion() {
    assertThat(validator.validate(response().surveyVersion(7).answer("nps", 1).build()))
        .singleElement()
        .hasToString("/survey/version: unknown_survey_version: survey 'post-delivery' has no version 7");
    assertThat(
            validator.validate(
                Response.builder(TENANT, "other").submittedAt(Instant.EPOCH).build()))
        .singleElement()
        .hasToString("/survey/id: unknown_survey: survey 'other' is not known");
  }

  @Test
  void checkThrowsWithEveryProblem() {
    Response bad = response().answer("nps", -1).build();
    assertThatThrownBy(() -> validator.check(bad))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).hasSize(1))
        .hasMessage(
            "response r-1 is invalid (1 problem): /answers/nps: off_scale: the score -1 is off the"
                + " scale 0..10");
  }

  @Test
  void validatingAgainstTheWrongSurveyIsAnError() {
    Response r = response().surveyVersion(1).answer("nps", 1).build();
    assertThatThrownBy(() -> ResponseValidator.validate(r, SURVEY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the survey must be the one the response answers (post-delivery v1), but was"
                + " post-delivery v2");
  }

  @Test
  void messagesNeverQuoteFreeText() {
    Response bad =
        response().answer("nps", 1).answer("comment", "secret@example.com is my mail").build();
    assertThat(validator.validate(bad))
        .allSatisfy(p -> assertThat(p.message()).doesNotContain("secret"));
  }

  @Test
  void problemPathsEscapeJsonPointerCharacters() {
    assertThat(Problem.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(new Problem("", ProblemCode.JSON_SYNTAX, "bad")).hasToString("/: json_syntax: bad");
    assertThatThrownBy(() -> new ValidationException("x", List.of()))
        .hasMessage("problems must not be empty, but was []");
  }

  @Test
  void everyCodeIsSnakeCaseAndUnique() {
    assertThat(ProblemCode.values())
        .extracting(ProblemCode::code)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("[a-z]+(_[a-z]+)*"));
    assertThat(NpsQuestion.of("x", en("x")).id()).isEqualTo("x");
  }

  @Test
  void scaleEndsAreOnTheScale() {
    assertThat(validator.validate(response().answer("nps", 0).choices("reasons", "late").build()))
        .isEmpty();
    assertThat(validator.validate(response().answer("nps", 10).answer("praise", "x").answer("stars", 100).build()))
        .isEmpty();
    assertThat(validator.catalog().find("post-delivery", 2)).contains(SURVEY);
  }

  @Test
  void manyAnswersStillFindTheirDuplicates() {
    Response.Builder many = response().answer("nps", 10).answer("praise", "x");
    for (int i = 0; i < 20; i++) {
      many.answer("extra" + i, i);
    }
    many.answer("nps", 9);
    List<Problem> problems = validator.validate(many.build());
    assertThat(problems).hasSize(21);
    assertThat(problems)
        .filteredOn(p -> p.code() == ProblemCode.DUPLICATE_ANSWER)
        .singleElement()
        .extracting(Problem::path)
        .isEqualTo("/answers/nps");
  }
}
