package io.feedbackloop.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ResponseValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sample documents under {@code src/test/resources/samples}: schema, codec and validation. */
class SampleDocumentsTest {
  private final FeedbackJson codec = FeedbackJson.ofDefaults();

  static String sample(String name) {
    try (InputStream in = SampleDocumentsTest.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Survey survey() {
    return codec.readSurvey(sample("survey-post-delivery.json"));
  }

  @Test
  void theSurveySampleConformsToTheSchemaAndReads() {
    String json = sample("survey-post-delivery.json");

    assertThat(SchemaSupport.definitionErrors(json)).isEmpty();
    Survey survey = codec.readSurvey(json);
    assertThat(survey.questions()).hasSize(7);
    assertThat(survey.text(survey.questions().get(1), Locale.forLanguageTag("sv")))
        .isEqualTo("Vad gick fel?");
    assertThat(codec.readSurvey(codec.writeSurvey(survey))).isEqualTo(survey);
  }

  @Test
  void theValidResponseConformsAndPassesValidation() {
    String json = sample("response-valid.json");

    assertThat(SchemaSupport.responseErrors(json)).isEmpty();
    Response response = codec.readResponse(json);
    assertThat(ResponseValidator.validate(response, survey())).isEmpty();
  }

  @Test
  void theInvalidResponseConformsToTheSchemaButFailsValidationWithEveryProblem() {
    String json = sample("response-invalid.json");

    assertThat(SchemaSupport.responseErrors(json)).isEmpty();
    Response response = codec.readResponse(json);
    assertThat(ResponseValidator.validate(response, survey()))
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("/answers/colour", ProblemCode.UNKNOWN_QUESTION),
            tuple("/answers/comment", ProblemCode.DUPLICATE_ANSWER),
            tuple("/answers/reason", ProblemCode.MISSING_ANSWER),
            tuple("/answers/courier", ProblemCode.OFF_SCALE),
            tuple("/answers/improve/value/1", ProblemCode.DUPLICATE_CHOICE),
            tuple("/answers/improve/value/2", ProblemCode.UNKNOWN_CHOICE),
            tuple("/answers/improve", ProblemCode.TOO_MANY_SELECTIONS),
            tuple("/answers/helpful", ProblemCode.NOT_SHOWN),
            tuple("/answers/mood", ProblemCode.WRONG_ANSWER_TYPE));
  }

  @Test
  void theSchemasRejectWhatTheCodecRejects() {
    String survey = sample("survey-post-delivery.json");
    String response = sample("response-valid.json");

    assertThat(SchemaSupport.definitionErrors(survey.replace("\"faces\": 5", "\"faces\": 4")))
        .isNotEmpty();
    assertThat(SchemaSupport.definitionErrors(survey.replace("\"maxLength\"", "\"maxLen\"")))
        .isNotEmpty();
    assertThat(SchemaSupport.definitionErrors(survey.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
        .isNotEmpty();
    assertThat(SchemaSupport.responseErrors(response.replace("\"email\"", "\"pigeon\"")))
        .isNotEmpty();
    assertThat(SchemaSupport.responseErrors(response.replace("\"value\": 3", "\"value\": 3.5")))
        .isNotEmpty();
    assertThat(SchemaSupport.responseErrors(response.replace("\"tier\"", "\"bad key\""))).isNotEmpty();
  }
}
