package io.feedbackloop.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ValidationException;

/**
 * The property the fuzz and mutation tests assert: any input either reads, and then writes and
 * reads back to an equal value, or fails with a {@link ValidationException} carrying at least one
 * problem. Any other exception escapes and fails the test.
 */
final class CodecProperty {
  private static final FeedbackJson CODEC = FeedbackJson.ofDefaults();

  private CodecProperty() {}

  static void survey(byte[] input) {
    Survey survey;
    try {
      survey = CODEC.readSurvey(input);
    } catch (ValidationException e) {
      checkProblems(e);
      return;
    }
    String json = CODEC.writeSurvey(survey);
    assertThat(CODEC.readSurvey(json)).isEqualTo(survey);
  }

  static void response(byte[] input) {
    Response response;
    try {
      response = CODEC.readResponse(input);
    } catch (ValidationException e) {
      checkProblems(e);
      return;
    }
    assertThat(CODEC.readResponse(CODEC.writeResponse(response))).isEqualTo(response);
    assertThat(CODEC.readResponse(CODEC.writeResponseBytes(response))).isEqualTo(response);
  }

  private static void checkProblems(ValidationException e) {
    assertThat(e.problems()).isNotEmpty();
    for (Problem p : e.problems()) {
      assertThat(p.path()).satisfiesAnyOf(
          path -> assertThat(path).isEmpty(), path -> assertThat(path).startsWith("/"));
    }
  }
}
