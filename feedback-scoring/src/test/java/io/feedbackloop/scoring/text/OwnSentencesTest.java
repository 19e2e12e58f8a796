package io.feedbackloop.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bundled sentiment on comments written for it (not taken from any evaluation split): a guard
 * against word-list changes that break vocabulary, negation or set phrases in one language.
 */
class OwnSentencesTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.ofDefaults();

  @Test
  void theBundledSentimentGetsNearlyAllOwnSentencesRight() {
    List<String> misses = new ArrayList<>();
    int rows = 0;
    String text = TextEvaluation.read(TextEvaluation.FOLDER + "own-sentences.tsv");
    for (String line : text.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", 3);
      rows++;
      Locale locale = Locale.forLanguageTag(cells[0]);
      Sentiment got = ANALYZER.analyze(cells[2], locale).sentiment().sentiment();
      if (!got.label().startsWith(cells[1])) {
        misses.add(cells[0] + " " + cells[1] + " -> " + got.label() + ": " + cells[2]);
      }
    }
    assertThat(rows).isEqualTo(300);
    // 288 of 300 when written; the misses are ambiguous words left out on purpose ("unbelievable")
    assertThat(misses).as("misses").hasSizeLessThanOrEqualTo(12);
  }
}
