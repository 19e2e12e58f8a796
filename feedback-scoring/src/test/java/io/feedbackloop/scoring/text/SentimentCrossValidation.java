package io.feedbackloop.scoring.text;

import io.feedbackloop.scoring.internal.text.LearnedSentiment;
import io.feedbackloop.scoring.internal.text.SentimentFeatures;
import io.feedbackloop.scoring.internal.text.SoftmaxModel;
import io.feedbackloop.scoring.internal.text.SoftmaxTrainer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Cross-validation of the learned sentiment against the lexicon: stratified folds (by language and
 * label, seeded), author splits, and the grid search over the model settings. Run {@code main} to
 * print the tables; {@code SentimentModelTest} holds the chosen settings to their figures.
 */
final class SentimentCrossValidation {
  static final int FOLDS = 5;
  static final long SEED = 20261124L;

  /** Trains on some rows and predicts others. */
  interface Learner {
    /** A predictor trained on the rows at {@code train}. */
    Predictor train(List<Integer> train);
  }

  /** Predicts the sentiment of the row at an index. */
  interface Predictor {
    Sentiment predict(int row);
  }

  /** Predictions of one method on rows. */
  static final class Result {
    private final List<TextEvaluation.Row> rows;
    private final Sentiment[] predicted;

    Result(List<TextEvaluation.Row> rows, Sentiment[] predicted) {
      this.rows = rows;
      this.predicted = predicted;
    }

    List<TextEvaluation.Row> rows() {
      return rows;
    }

    double accuracy(String language) {
      int n = 0;
      int right = 0;
      for (int i = 0; i < rows.size(); i++) {
        if (language.equals("all") || rows.get(i).language().equals(language)) {
          n++;
          right += predicted[i] == rows.get(i).sentiment() ? 1 : 0;
        }
      }
      return n == 0 ? Double.NaN : (double) right / n;
    }

    int right() {
      int right = 0;
      for (int i = 0; i < rows.size(); i++) {
        right += predicted[i] == rows.get(i).sentiment() ? 1 : 0;
      }
      return right;
    }

    /** Rows: the label; columns: the prediction (negative, neutral, positive). */
    int[][] confusion() {
      int[][] m = new int[3][3];
      for (int i = 0; i < rows.size(); i++) {
        m[SoftmaxModel.column(rows.get(i).sentiment())][SoftmaxModel.column(predicted[i])]++;
      }
      return m;
    }
  }

  private SentimentCrossValidation() {}

  /** The fold of each row: per language and label, rows shuffled with {@link #SEED} and dealt. */
  static int[] folds(List<TextEvaluation.Row> rows) {
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      TextEvaluation.Row r = rows.get(i);
      groups.computeIfAbsent(r.language() + "/" + r.sentiment(), k -> new ArrayList<>()).add(i);
    }
    int[] fold = new int[rows.size()];
    Random random = new Random(SEED);
    int dealt = 0;
    for (List<Integer> group : groups.values()) {
      Collections.shuffle(group, random);
      for (int i : group) {
        fold[i] = dealt++ % FOLDS;
      }
    }
    return fold;
  }

  /** Each row predicted by a learner trained on the other folds. */
  static Result crossValidate(List<TextEvaluation.Row> rows, int[] fold, Learner learner) {
    Sentiment[] predicted = new Sentiment[rows.size()];
    for (int f = 0; f < FOLDS; f++) {
      List<Integer> train = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (fold[i] != f) {
          train.add(i);
        }
      }
      Predictor p = learner.train(train);
      for (int i = 0; i < rows.size(); i++) {
        if (fold[i] == f) {
          predicted[i] = p.predict(i);
        }
      }
    }
    return new Result(rows, predicted);
  }

  /** The lexicon's verdicts: nothing to train. */
  static Result lexicon(List<TextEvaluation.Row> rows) {
    Sentiment[] predicted = new Sentiment[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      TextEvaluation.Row r = rows.get(i);
      predicted[i] =
          SentimentAnalyzer.lexicon().analyze(r.text(), SentimentCorpus.language(r)).sentiment();
    }
    return new Result(rows, predicted);
  }

  /** Logistic regression with {@code settings}, features computed once for all rows. */
  static Learner softmax(List<TextEvaluation.Row> rows, SoftmaxTrainer.Settings settings) {
    List<SoftmaxTrainer.Example> examples = SentimentCorpus.examples(rows, settings.features());
    return train -> {
      List<SoftmaxTrainer.Example> part = new ArrayList<>();
      for (int i : train) {
        part.add(examples.get(i));
      }
      SoftmaxModel model = SoftmaxTrainer.train(part, settings, List.of());
      LearnedSentiment analyzer = LearnedSentiment.of(model);
      return i -> {
        TextEvaluation.Row r = rows.get(i);
        return analyzer.analyze(r.text(), SentimentCorpus.language(r)).sentiment();
      };
    };
  }

  /** Multinomial naive Bayes on the same features (present or not), add-{@code alpha}. */
  static Learner naiveBayes(
      List<TextEvaluation.Row> rows, SentimentFeatures features, double alpha, int minCount) {
    List<SoftmaxTrainer.Example> examples = SentimentCorpus.examples(rows, features);
    return train -> {
      List<SoftmaxTrainer.Example> part = new ArrayList<>();
      for (int i : train) {
        part.add(examples.get(i));
      }
      NaiveBayes nb = NaiveBayes.train(part, alpha, minCount);
      return i -> nb.predict(examples.get(i).features().keySet());
    };
  }

  /** Training on {@code train}, measured on {@code test}. */
  static Result split(
      List<TextEvaluation.Row> train, List<TextEvaluation.Row> test, SoftmaxTrainer.Settings s) {
    List<TextEvaluation.Row> rows = new ArrayList<>(train);
    rows.addAll(test);
    List<Integer> trainAt = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      trainAt.add(i);
    }
    Predictor p = softmax(rows, s).train(trainAt);
    Sentiment[] predicted = new Sentiment[test.size()];
    for (int i = 0; i < test.size(); i++) {
      predicted[i] = p.predict(train.size() + i);
    }
    return new Result(test, predicted);
  }

  static String row(String name, Result r) {
    StringBuilder b = new StringBuilder("| ").append(name);
    for (String l : TextEvaluation.LANGUAGES) {
      b.append(String.format(Locale.ROOT, " | %.3f", r.accuracy(l)));
    }
    return b.append(String.format(Locale.ROOT, " | **%.3f** (%d/%d) |", r.accuracy("all"), r.right(), r.rows().size()))
        .toString();
  }

  static String confusion(Result r) {
    int[][] m = r.confusion();
    StringBuilder b = new StringBuilder("| label \\ predicted | negative | neutral | positive |\n|---|---:|---:|---:|\n");
    for (Sentiment s : Sentiment.values()) {
      b.append("| ").append(s.label());
      for (int c = 0; c < 3; c++) {
        b.append(" | ").append(m[SoftmaxModel.column(s)][c]);
      }
      b.append(" |\n");
    }
    return b.toString();
  }

  /** Prints the grid search, the chosen model's table, and the author splits. */
  public static void main(String[] args) {
    List<TextEvaluation.Row> rows = SentimentCorpus.all();
    int[] fold = folds(rows);
    System.out.println("rows: " + rows.size());
    String header = "| method | en | sv | nl | pl | de | all |\n|---|---:|---:|---:|---:|---:|---:|";
    System.out.println(header);
    System.out.println(row("lexicon", lexicon(rows)));
    List<SentimentFeatures> sets =
        List.of(
            new SentimentFeatures(false, false),
            new SentimentFeatures(true, false),
            new SentimentFeatures(false, true),
            new SentimentFeatures(true, true));
    for (SentimentFeatures f : sets) {
      for (int minCount : new int[] {1, 2, 3}) {
        for (double alpha : new double[] {0.1, 0.3, 1}) {
          Result r = crossValidate(rows, fold, naiveBayes(rows, f, alpha, minCount));
          System.out.println(row("NB " + f.name() + " min" + minCount + " alpha " + alpha, r));
        }
      }
    }
    for (SentimentFeatures f : sets) {
      for (int minCount : new int[] {1, 2, 3}) {
        for (double l2 : new double[] {0.1, 0.3, 1, 3, 10}) {
          long t0 = System.nanoTime();
          Result r =
              crossValidate(
                  rows, fold, softmax(rows, new SoftmaxTrainer.Settings(f, l2, minCount)));
          System.out.println(
              row("LR " + f.name() + " min" + minCount + " l2 " + l2, r)
                  + String.format(Locale.ROOT, " %.1f s", (System.nanoTime() - t0) / 1e9));
        }
      }
    }
  }
}
