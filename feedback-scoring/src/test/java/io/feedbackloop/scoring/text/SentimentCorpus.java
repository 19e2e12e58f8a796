package io.feedbackloop.scoring.text;

import io.feedbackloop.scoring.internal.text.SentimentFeatures;
import io.feedbackloop.scoring.internal.text.SoftmaxTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labelled comments the learned sentiment is trained on: every split under {@code eval/} that
 * holds labelled customer comments, in a fixed order (split, then language, then file order).
 */
final class SentimentCorpus {
  /** The splits, in training order; {@code train} was written for training by new authors. */
  static final List<String> SPLITS = List.of("tune", "dev", "holdout", "holdout3", "train");

  private SentimentCorpus() {}

  /** All rows, by split, in {@link #SPLITS} order. */
  static Map<String, List<TextEvaluation.Row>> bySplit() {
    Map<String, List<TextEvaluation.Row>> rows = new TreeMap<>();
    for (String split : SPLITS) {
      rows.put(split, TextEvaluation.loadSplit(split));
    }
    return rows;
  }

  /**
   * The author set of a split: {@code tune} and {@code dev} were cut from one set by the same
   * authors; each other split had authors of its own.
   */
  static String authors(String split) {
    return split.equals("dev") ? "tune" : split;
  }

  /** All rows, in {@link #SPLITS} order. */
  static List<TextEvaluation.Row> all() {
    List<TextEvaluation.Row> rows = new ArrayList<>();
    Map<String, List<TextEvaluation.Row>> bySplit = bySplit();
    for (String split : SPLITS) {
      rows.addAll(bySplit.get(split));
    }
    return rows;
  }

  /** The language of a row. */
  static TextLanguage language(TextEvaluation.Row row) {
    return TextLanguage.fromCode(row.language()).orElseThrow();
  }

  /** The training examples of {@code rows} under {@code features}. */
  static List<SoftmaxTrainer.Example> examples(
      List<TextEvaluation.Row> rows, SentimentFeatures features) {
    List<SoftmaxTrainer.Example> examples = new ArrayList<>(rows.size());
    for (TextEvaluation.Row row : rows) {
      examples.add(
          new SoftmaxTrainer.Example(features.of(row.text(), language(row)), row.sentiment()));
    }
    return examples;
  }
}
