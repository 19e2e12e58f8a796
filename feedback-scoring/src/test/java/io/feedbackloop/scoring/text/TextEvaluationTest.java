package io.feedbackloop.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures of {@link TextAnalyzer#ofDefaults()} on the labelled splits. Since the learned
 * sentiment ({@link SentimentAnalyzer#learned()}, the default), every split here ({@code tune},
 * {@code dev}, {@code holdout}, {@code holdout3}, and {@code train}) is its training data: the
 * sentiment figures below are training fit (0.982, 0.991, 0.987 and 0.927), not held-out accuracy.
 * The learned model's honest figures are cross-validated ({@code SentimentModelTest}, {@code
 * SentimentCrossValidation}: 0.830 in 5 folds, the lexicon 0.807) and on the blind fourth set
 * {@code holdout4}, which is not training data. The topic figures are unchanged: topics do not
 * use the model.
 */
class TextEvaluationTest {

  private static final TextAnalyzer SAMPLE_ANALYZER =
      TextAnalyzer.builder()
          .taxonomy(
              Taxonomy.builder()
                  .terms("delivery", TextLanguage.ENGLISH, "delivery", "late")
                  .terms("delivery", TextLanguage.SWEDISH, "leverans")
                  .terms("price", TextLanguage.ENGLISH, "price", "expensive")
                  .terms("price", TextLanguage.SWEDISH, "pris", "dyr")
                  .build())
          .sentiment(
              (text, language) ->
                  text.contains("!")
                      ? new SentimentScore(Sentiment.POSITIVE, 0.5)
                      : SentimentScore.NEUTRAL)
          .build();

  @Test
  void tuneSplitIsReported() {
    TextEvaluation.Report report =
        TextEvaluation.evaluate("tune", TextEvaluation.loadSplit("tune"), TextAnalyzer.ofDefaults());
    System.out.println(report.toMarkdown());
    assertThat(report.overall().rows).isEqualTo(220);
    assertThat(report.byLanguage()).containsOnlyKeys(TextEvaluation.LANGUAGES);
    assertThat(report.overall().sentimentAccuracy())
        .as("sentiment accuracy, all (training fit of the learned sentiment)")
        .isGreaterThanOrEqualTo(0.98);
  }

  /**
   * The first held-out part, measured twice (after tuning on {@code tune}: topics 0.852, sentiment
   * 0.727; after engine changes found on {@code tune}: 0.852, 0.764) and then opened for tuning as
   * development data. Printed; held only to a floor against regressions. Training data of the
   * learned sentiment: its sentiment figure (0.991) is training fit.
   */
  @Test
  void devSplitIsReported() {
    TextEvaluation.Report report =
        TextEvaluation.evaluate("dev", TextEvaluation.loadSplit("dev"), TextAnalyzer.ofDefaults());
    System.out.println(report.toMarkdown());
    assertThat(report.overall().rows).isEqualTo(110);
    assertThat(report.overall().macroF1()).as("topic macro F1, all").isGreaterThanOrEqualTo(0.8);
    assertThat(report.overall().sentimentAccuracy())
        .as("sentiment accuracy, all (training fit of the learned sentiment)")
        .isGreaterThanOrEqualTo(0.99);
  }

  /**
   * The held-out part: 150 comments (30 per language) written by other authors after the first
   * held-out part had been used, and never looked at while tuning. Issue 7's targets are topic
   * macro F1 >= 0.8 (met: 0.840) and sentiment accuracy >= 0.8 (NOT met: 0.780, 117 of 150; it was
   * 0.773 before the tuning on tune + dev). The sentiment check is therefore a floor against
   * regressions at the measured level, not the target. Since then it is training data of the learned
   * sentiment: its figure is now training fit (0.987), held as a floor; the learned model predicted
   * it at 0.893 when trained on the other author sets (the lexicon 0.807).
   */
  @Test
  void holdoutSplitMeetsTheTopicTargetAndHoldsTheSentimentFit() {
    TextEvaluation.Report report =
        TextEvaluation.evaluate(
            "holdout", TextEvaluation.loadSplit("holdout"), TextAnalyzer.ofDefaults());
    System.out.println(report.toMarkdown());
    assertThat(report.overall().rows).isEqualTo(150);
    assertThat(report.overall().macroF1()).as("topic macro F1, all").isGreaterThanOrEqualTo(0.8);
    assertThat(report.overall().sentimentAccuracy())
        .as("sentiment accuracy, all (training fit of the learned sentiment)")
        .isGreaterThanOrEqualTo(0.98);
    assertThat(report.overall().languageAccuracy())
        .as("language detection, all")
        .isGreaterThanOrEqualTo(0.9);
  }

  /**
   * The third set: 150 comments written blind on 2026-11-23 while the sentiment rules were reworked
   * on {@code tune} and {@code dev} only; measured once afterwards. Topic macro F1 0.849 (target
   * 0.8 met); sentiment accuracy 0.713, 107 of 150 (target 0.8 NOT met; the engine before the
   * rework scored 0.687 on it). Since then it is training data of the learned sentiment: its
   * sentiment figure is training fit (0.927), held as a floor; the learned model predicted it at
   * 0.773 when trained on the other author sets (the lexicon 0.713).
   */
  @Test
  void thirdSetHoldsItsMeasuredFigures() {
    TextEvaluation.Report report =
        TextEvaluation.evaluate(
            "holdout3", TextEvaluation.loadSplit("holdout3"), TextAnalyzer.ofDefaults());
    System.out.println(report.toMarkdown());
    assertThat(report.overall().rows).isEqualTo(150);
    assertThat(report.overall().macroF1()).as("topic macro F1, all").isGreaterThanOrEqualTo(0.8);
    assertThat(report.overall().sentimentAccuracy())
        .as("sentiment accuracy, all (training fit of the learned sentiment)")
        .isGreaterThanOrEqualTo(0.92);
    assertThat(report.overall().languageAccuracy())
        .as("language detection, all")
        .isGreaterThanOrEqualTo(0.9);
  }

  /**
   * The fourth set: 150 comments written blind on 2026-11-23 and committed before the learned
   * sentiment was finished by someone who could not see it; never training data. Measured once:
   * topic macro F1 0.861, sentiment accuracy 0.847 (127 of 150; de 0.700, en 0.833, nl 0.867, pl
   * 0.867, sv 0.967), the lexicon on the same comments 0.780 (117 of 150). Both of issue 7's
   * targets (0.8) are held here.
   */
  @Test
  void fourthSetMeetsBothTargets() {
    List<TextEvaluation.Row> rows = TextEvaluation.loadSplit("holdout4");
    TextEvaluation.Report learned =
        TextEvaluation.evaluate("holdout4", rows, TextAnalyzer.ofDefaults());
    TextEvaluation.Report lexicon =
        TextEvaluation.evaluate(
            "holdout4 (lexicon)",
            rows,
            TextAnalyzer.builder().sentiment(SentimentAnalyzer.lexicon()).build());
    System.out.println(learned.toMarkdown());
    System.out.println(lexicon.toMarkdown());
    assertThat(learned.overall().rows).isEqualTo(150);
    assertThat(learned.overall().macroF1()).as("topic macro F1, all").isGreaterThanOrEqualTo(0.8);
    assertThat(learned.overall().sentimentAccuracy())
        .as("sentiment accuracy of the learned default, all (measured 0.847)")
        .isGreaterThanOrEqualTo(0.8);
    assertThat(lexicon.overall().sentimentAccuracy())
        .as("the learned default beats the lexicon on unseen comments (lexicon measured 0.780)")
        .isLessThan(learned.overall().sentimentAccuracy());
    assertThat(learned.overall().languageAccuracy())
        .as("language detection, all")
        .isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void harnessCountsPrecisionRecallAndAccuracyOnTheSample() {
    List<TextEvaluation.Row> rows =
        TextEvaluation.parse(TextEvaluation.read(TextEvaluation.FOLDER + "sample.jsonl"));
    assertThat(rows).hasSize(10);

    TextEvaluation.Report report = TextEvaluation.evaluate("sample", rows, SAMPLE_ANALYZER);

    TextEvaluation.Figures en = report.language("en");
    TextEvaluation.Figures sv = report.language("sv");
    assertThat(en.rows).isEqualTo(5);
    assertThat(sv.rows).isEqualTo(5);
    // en: delivery found 3 of 3 labelled, plus once unlabelled; price found 1 of 2
    TextEvaluation.Counts delivery = en.topic("delivery");
    assertThat(List.of(delivery.tp, delivery.fp, delivery.fn)).containsExactly(3, 1, 0);
    assertThat(delivery.precision()).isEqualTo(0.75);
    assertThat(delivery.recall()).isEqualTo(1.0);
    assertThat(delivery.f1()).isCloseTo(6.0 / 7, offset(1e-9));
    TextEvaluation.Counts price = en.topic("price");
    assertThat(List.of(price.tp, price.fp, price.fn)).containsExactly(1, 0, 1);
    assertThat(en.macroF1()).isCloseTo((6.0 / 7 + 2.0 / 3) / 2, offset(1e-9));
    // sv: everything right
    assertThat(sv.macroF1()).isEqualTo(1.0);
    // sentiment: "!" means positive; 4 of 5 right in en, 5 of 5 in sv
    assertThat(en.sentimentAccuracy()).isEqualTo(0.8);
    assertThat(sv.sentimentAccuracy()).isEqualTo(1.0);
    assertThat(report.overall().sentimentAccuracy()).isEqualTo(0.9);
    assertThat(report.overall().rows).isEqualTo(10);
    assertThat(report.toMarkdown())
        .contains("| en | 5 | 0.762 | 0.800 |")
        .contains("| en | delivery | 0.75 | 1.00 | 0.86 | 3 | 1 | 0 |");
  }

  @Test
  void aLabelledRowWithNoTopicsAndNoPredictionCountsAsPerfect() {
    TextEvaluation.Figures f = new TextEvaluation.Figures();
    assertThat(f.macroF1()).isEqualTo(1.0);
  }

  @Test
  void aMalformedLineIsNamed() {
    assertThatThrownBy(() -> TextEvaluation.parse("{\"id\": \"a\"}\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 1: topics must be present, but was missing");
  }
}
