package io.feedbackloop.examples.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.loop.SubmitResult;
import io.feedbackloop.scoring.Category;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  private static final Path SOURCE =
      Path.of("src/main/java/io/feedbackloop/examples/scenarios/QuickStart.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void aDetractorGetsACaseAndTheTeamIsAlerted() {
    InboxChannel slack = new InboxChannel();

    QuickStart.Outcome outcome = QuickStart.run(slack);

    SubmitResult r = outcome.result();
    assertThat(outcome.loop().ruleEngine().ruleSet().id()).isEqualTo("standard-playbook");
    assertThat(r.categories()).containsEntry("nps", Category.NEGATIVE);
    assertThat(r.optionalDecision().orElseThrow().matchedRules()).containsExactly("detractor-case");
    FollowUpCase c = r.openedCases().get(0);
    assertThat(r.openedCases()).hasSize(1);
    assertThat(c.team()).isEqualTo("support");
    assertThat(c.owner()).contains("ana");
    assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
    assertThat(c.firstContactDue()).contains(c.createdAt().plus(Duration.ofHours(24)));
    assertThat(r.messagesQueued()).isEqualTo(1);
    assertThat(outcome.due().delivered()).isEqualTo(1);
    Message alert = slack.messages().get(0);
    assertThat(slack.messages()).hasSize(1);
    assertThat(alert.recipient()).isEqualTo(Recipient.team("support"));
    assertThat(alert.text()).contains(r.response().id(), "detractor-case", c.id().value());
    assertThat(alert.text()).doesNotContain("Paketet");
  }

  @Test
  void theReadmeShowsTheQuickStartWordForWord() throws IOException {
    String snippet = snippet(Files.readString(SOURCE, StandardCharsets.UTF_8));
    assertThat(snippet).contains("FeedbackLoop.builder()", "loop.submit(", "loop.runDueWork()");

    boolean shown = Files.readString(README, StandardCharsets.UTF_8).contains(snippet);
    assertThat(shown)
        .as("the README must contain the quick start of QuickStart.java exactly:%n%s%n", snippet)
        .isTrue();
  }

  @Test
  void theSnippetIsTheTaggedRegionWithoutItsIndentation() {
    String source = "class X {\n    // tag::quickstart[]\n    a(\n        b);\n\n    c();\n    // end::quickstart[]\n}\n";

    assertThat(snippet(source)).isEqualTo("a(\n    b);\n\nc();");
  }

  /** The lines between the tag markers, with their common indentation removed. */
  static String snippet(String source) {
    String begin = "// tag::quickstart[]\n";
    String end = "// end::quickstart[]";
    int from = source.indexOf(begin);
    int to = source.indexOf(end);
    assertThat(from).as("the start marker").isNotNegative();
    assertThat(to).as("the end marker").isGreaterThan(from);
    String region = source.substring(from + begin.length(), source.lastIndexOf('\n', to) + 1);
    List<String> lines = Arrays.asList(region.split("\n", -1));
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString().strip();
  }
}
