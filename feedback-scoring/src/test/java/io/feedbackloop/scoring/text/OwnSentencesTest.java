package io.feedbackloop.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bundled sentiments on comments written for the lexicon (not taken from any evaluation split):
 * a guard against word-list changes that break vocabulary, negation or set phrases in one
 * language. The word lists were extended to fit these sentences; the learned default was not
 * trained on them, and misses more of the short neutral statements among them ("Paid by card.",
 * "Har inte testat produkten än.").
 */
class OwnSentencesTest {
  private static final TextAnalyzer LEXICON =
      TextAnalyzer.builder().sentiment(SentimentAnalyzer.lexicon()).build();

  @Test
  void theLexiconGetsNearlyAllOwnSentencesRight() {
    // 288 of 300 when written; the misses are ambiguous words left out on purpose ("unbelievable")
    assertThat(misses(LEXICON)).as("misses").hasSizeLessThanOrEqualTo(12);
  }

  @Test
  void theLearnedDefaultHoldsItsMeasuredFigure() {
    // 283 of 300 when the learned sentiment became the default
    assertThat(misses(TextAnalyzer.ofDefaults())).as("misses").hasSizeLessThanOrEqualTo(17);
  }

  private static List<String> misses(TextAnalyzer analyzer) {
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
      Sentiment got = analyzer.analyze(cells[2], locale).sentiment().sentiment();
      if (!got.label().startsWith(cells[1])) {
        misses.add(cells[0] + " " + cells[1] + " -> " + got.label() + ": " + cells[2]);
      }
    }
    assertThat(rows).isEqualTo(300);
    return misses;
  }
}
