package io.feedbackloop.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.feedbackloop.core.validation.ValidationException;

/**
 * Jazzer fuzz test of the rule-file reader. Without {@code JAZZER_FUZZ=1} it runs in regression
 * mode and replays the inputs under {@code
 * src/test/resources/io/feedbackloop/routing/rules/RuleJsonFuzzTestInputs/read/}; with it, it
 * fuzzes ({@code JAZZER_FUZZ=1 mvn test -pl feedback-routing -Dtest=RuleJsonFuzzTest}).
 *
 * <p>The property: any input either reads to a rule set that writes and reads back equal, or is
 * refused with a {@link ValidationException} naming at least one problem; nothing else is thrown.
 */
class RuleJsonFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void read(byte[] input) {
    RuleSet set;
    try {
      set = RuleJson.read(input);
    } catch (ValidationException e) {
      assertThat(e.problems()).as("a refusal names its problems").isNotEmpty();
      return;
    }
    String json = RuleJson.write(set);
    assertThat(RuleJson.read(json)).as("round trip of %s", json).isEqualTo(set);
  }
}
