package io.feedbackloop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void demoStoresGoodResponsesAndExplainsBadOnes() {
    assertThat(run("demo")).isZero();
    String text = out();
    assertThat(text)
        .contains("== Survey 'post-delivery' v1, default locale sv")
        .contains("nps [nps] Hur troligt är det att du skulle rekommendera oss")
        .contains("   r-1 stored", "   r-2 stored", "   r-3 stored")
        .contains("r-2-retry is a retry of r-2 (same idempotency key and content): stored once")
        .contains("r-4 rejected, 4 problems:")
        .contains("/answers/nps: duplicate_answer: question 'nps' is answered more than once")
        .contains("/answers/rating: unknown_question")
        .contains("/answers/nps: off_scale: the score 11 is off the scale 0..10")
        .contains("/answers/comment: text_too_long")
        .contains("r-5 rejected, 1 problem:")
        .contains("/answers/improve: not_shown")
        .contains("r-3-conflict refused:")
        .contains("rejected while parsing, 1 problem:")
        .contains("/answers/nps/value: json_wrong_type")
        .contains("== Stored: 3 responses, 2 from region north")
        .contains("\"id\":\"r-1\"", "\"id\":\"r-2\"", "\"id\":\"r-3\"")
        .contains("\"value\":\"Paketet kom för sent\"")
        .contains("== Erasure of customer-17: 1 response(s) erased; 2 left");
    assertThat(text).doesNotContain("\"id\":\"r-2-retry\"", "\"id\":\"r-4\"");
  }

  @Test
  void demoRefusesArguments() {
    assertThat(run("demo", "--nope")).isEqualTo(Command.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: demo takes no arguments, but got [--nope]");
  }

  @Test
  void unknownOrMissingCommandPrintsUsage() {
    assertThat(run()).isEqualTo(Command.USAGE);
    assertThat(run("frobnicate")).isEqualTo(Command.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("usage: java -jar feedback-examples.jar <command> [options]")
        .contains("error: unknown command 'frobnicate'")
        .contains("  demo ");
  }
}
