package io.feedbackloop.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.scoring.internal.MiniJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins every result of {@link TextAnalyzer#ofDefaults()} on the texts of the tune split (with the
 * locale, without it, and upper-cased without it), so that speed work cannot change one result.
 * Only the texts and their language codes are read, never the labels. After an intended change of
 * behaviour, regenerate the golden file with {@code -Dgolden.write=true} and review the diff.
 */
class AnalyzerGoldenTest {
  private static final String TUNE = "/io/feedbackloop/scoring/text/eval/tune/";
  private static final String GOLDEN = "/io/feedbackloop/scoring/text/golden/analyzer-golden.txt";

  @Test
  void everyInsightOnTheTuneTextsIsUnchanged() throws IOException {
    String actual = String.join("\n", digests()) + "\n";
    if (Boolean.getBoolean("golden.write")) {
      Path file = Path.of("src/test/resources" + GOLDEN);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(TextEvaluation.read(GOLDEN));
  }

  private static List<String> digests() {
    TextAnalyzer analyzer = TextAnalyzer.ofDefaults();
    List<String> out = new ArrayList<>();
    for (String code : TextEvaluation.LANGUAGES) {
      for (String line : TextEvaluation.read(TUNE + code + ".jsonl").lines().toList()) {
        if (line.isBlank()) {
          continue;
        }
        Map<String, Object> o = MiniJson.object(MiniJson.parse(line), "line");
        String id = MiniJson.string(MiniJson.field(o, "id"), "id");
        String text = MiniJson.string(MiniJson.field(o, "text"), "text");
        Locale locale = Locale.forLanguageTag(MiniJson.string(MiniJson.field(o, "language"), "language"));
        out.add(id + " locale " + digest(analyzer.analyze(text, locale)));
        out.add(id + " detect " + digest(analyzer.analyze(text)));
        out.add(id + " upper  " + digest(analyzer.analyze(text.toUpperCase(Locale.ROOT))));
      }
    }
    return out;
  }

  private static String digest(TextInsight insight) {
    String matches =
        insight.matches().stream()
            .map(
                m ->
                    m.topic() + ":" + m.term() + "@" + m.start() + "-" + m.end()
                        + (m.negated() ? "!" : ""))
            .collect(Collectors.joining(","));
    return insight.languageCode()
        + " " + insight.topics()
        + " [" + matches + "] "
        + insight.sentiment().sentiment().label()
        + " " + insight.sentiment().score();
  }
}
