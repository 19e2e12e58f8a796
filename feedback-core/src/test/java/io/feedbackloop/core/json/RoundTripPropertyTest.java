package io.feedbackloop.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.testing.RandomModels;
import io.feedbackloop.core.validation.ResponseValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * For random surveys and responses: {@code read(write(x))} equals {@code x}, writing again gives
 * the same text, and what the codec writes conforms to the shipped JSON Schemas. Prints the seed;
 * replay with {@code -Dfeedback.seed=}.
 */
class RoundTripPropertyTest {
  private static final int RUNS = 300;
  private final FeedbackJson codec = FeedbackJson.ofDefaults();

  @Test
  void surveysAndResponsesSurviveWriteThenRead() {
    long seed = RandomModels.seed();
    RandomModels random = new RandomModels(seed);
    for (int run = 0; run < RUNS; run++) {
      Survey survey = random.survey();
      String json = codec.writeSurvey(survey);
      Survey read = codec.readSurvey(json);
      assertThat(read).as("seed=%d run=%d survey %s", seed, run, json).isEqualTo(survey);
      assertThat(codec.writeSurvey(read)).isEqualTo(json);
      assertThat(codec.readSurvey(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
          .isEqualTo(survey);

      Response response = random.anyResponse(survey);
      String responseJson = codec.writeResponse(response);
      Response readResponse = codec.readResponse(responseJson);
      assertThat(readResponse).as("seed=%d run=%d response %s", seed, run, responseJson).isEqualTo(response);
      assertThat(codec.writeResponse(readResponse)).isEqualTo(responseJson);
      byte[] bytes = codec.writeResponseBytes(response);
      assertThat(codec.readResponse(bytes)).isEqualTo(response);
      assertThat(codec.writeResponseBytes(codec.readResponse(bytes))).isEqualTo(bytes);
    }
  }

  @Test
  void writtenDocumentsConformToTheSchemas() {
    long seed = RandomModels.seed();
    RandomModels random = new RandomModels(seed);
    for (int run = 0; run < RUNS; run++) {
      Survey survey = random.survey();
      String json = codec.writeSurvey(survey);
      assertThat(SchemaSupport.definitionErrors(json)).as("seed=%d run=%d %s", seed, run, json).isEmpty();
      Response response = random.anyResponse(survey);
      String responseJson = codec.writeResponse(response);
      assertThat(SchemaSupport.responseErrors(responseJson))
          .as("seed=%d run=%d %s", seed, run, responseJson)
          .isEmpty();
    }
  }

  @Test
  void generatedValidResponsesPassValidation() {
    long seed = RandomModels.seed();
    RandomModels random = new RandomModels(seed);
    for (int run = 0; run < RUNS; run++) {
      Survey survey = random.survey();
      Response response = codec.readResponse(codec.writeResponseBytes(random.validResponse(survey)));
      assertThat(ResponseValidator.validate(response, survey)).as("seed=%d run=%d", seed, run).isEmpty();
    }
  }
}
