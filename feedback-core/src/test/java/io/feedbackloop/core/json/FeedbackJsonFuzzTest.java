package io.feedbackloop.core.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz tests of the readers. Without {@code JAZZER_FUZZ=1} they run in regression mode and
 * replay the inputs under {@code src/test/resources/io/feedbackloop/core/json/FeedbackJsonFuzzTestInputs/};
 * with it, they fuzz (for example {@code JAZZER_FUZZ=1 mvn test -Dtest=FeedbackJsonFuzzTest}).
 * The property is {@link CodecProperty}'s: read and round trip, or a {@code ValidationException}.
 */
class FeedbackJsonFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void readSurvey(byte[] input) {
    CodecProperty.survey(input);
  }

  @FuzzTest(maxDuration = "60s")
  void readResponse(byte[] input) {
    CodecProperty.response(input);
  }
}
