package io.feedbackloop.scoring.text;

import io.feedbackloop.scoring.internal.text.LearnedSentiment;
import io.feedbackloop.scoring.internal.text.NaiveBayesTrainer;
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
import java.util.function.Function;

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

  /** Multinomial naive Bayes on the same features (present or not). */
  static Learner naiveBayes(List<TextEvaluation.Row> rows, NaiveBayesTrainer.Settings settings) {
    List<SoftmaxTrainer.Example> examples = SentimentCorpus.examples(rows, settings.features());
    return train -> {
      List<SoftmaxTrainer.Example> part = new ArrayList<>();
      for (int i : train) {
        part.add(examples.get(i));
      }
      LearnedSentiment analyzer =
          LearnedSentiment.of(NaiveBayesTrainer.train(part, settings, List.of()));
      return i -> {
        TextEvaluation.Row r = rows.get(i);
        return analyzer.analyze(r.text(), SentimentCorpus.language(r)).sentiment();
      };
    };
  }

  /** Training on {@code train}, measured on {@code test}. */
  static Result split(
      List<TextEvaluation.Row> train,
      List<TextEvaluation.Row> test,
      Function<List<TextEvaluation.Row>, Learner> method) {
    List<TextEvaluation.Row> rows = new ArrayList<>(train);
    rows.addAll(test);
    List<Integer> trainAt = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      trainAt.add(i);
    }
    Predictor p = method.apply(rows).train(trainAt);
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

  /** Each author set predicted by a learner trained on the others. */
  static Result leaveAuthorsOut(List<TextEvaluation.Row> rows, List<String> authors, Learner learner) {
    Sentiment[] predicted = new Sentiment[rows.size()];
    for (String held : new java.util.TreeSet<>(authors)) {
      List<Integer> train = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (!authors.get(i).equals(held)) {
          train.add(i);
        }
      }
      Predictor p = learner.train(train);
      for (int i = 0; i < rows.size(); i++) {
        if (authors.get(i).equals(held)) {
          predicted[i] = p.predict(i);
        }
      }
    }
    return new Result(rows, predicted);
  }

  /** The author set of each row of {@link SentimentCorpus#all()}. */
  static List<String> authors() {
    List<String> authors = new ArrayList<>();
    for (String split : SentimentCorpus.SPLITS) {
      for (int i = TextEvaluation.loadSplit(split).size(); i > 0; i--) {
        authors.add(SentimentCorpus.authors(split));
      }
    }
    return authors;
  }

  /** The accuracy on a subset of rows (those of one author set). */
  static String subset(Result r, List<String> authors, String set) {
    int n = 0;
    int right = 0;
    for (int i = 0; i < authors.size(); i++) {
      if (authors.get(i).equals(set)) {
        n++;
        right += r.predicted[i] == r.rows.get(i).sentiment() ? 1 : 0;
      }
    }
    return String.format(Locale.ROOT, "%.3f", (double) right / n);
  }

  /**
   * Prints the chosen model's report; with {@code grid} (or {@code grid nb}) the grid search: 5-fold,
   * leave-authors-out, and its part on each author set.
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      report(SentimentModelFile.SETTINGS.toString(), SentimentModelFile::learner);
      return;
    }
    List<TextEvaluation.Row> rows = SentimentCorpus.all();
    List<String> authors = authors();
    int[] fold = folds(rows);
    System.out.println("rows: " + rows.size());
    System.out.println(
        "| method | 5-fold | leave-authors-out | tune+dev | holdout | holdout3 | train |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    Result lex = lexicon(rows);
    print("lexicon", lex, lex, authors);
    List<SentimentFeatures> sets =
        List.of(
            new SentimentFeatures(false, false),
            new SentimentFeatures(true, false),
            new SentimentFeatures(false, true),
            new SentimentFeatures(true, true));
    boolean nb = args.length > 1 && args[1].equals("nb");
    for (SentimentFeatures f : sets) {
      for (int minCount : new int[] {1, 2, 3}) {
        if (nb) {
          for (double alpha : new double[] {0.3, 1, 2, 4}) {
            Learner l = naiveBayes(rows, new NaiveBayesTrainer.Settings(f, alpha, minCount));
            print("NB " + f.name() + " min" + minCount + " alpha " + alpha,
                crossValidate(rows, fold, l), leaveAuthorsOut(rows, authors, l), authors);
          }
          continue;
        }
        for (double l2 : new double[] {0.3, 1, 3, 10}) {
          Learner l = softmax(rows, new SoftmaxTrainer.Settings(f, l2, minCount));
          print("LR " + f.name() + " min" + minCount + " l2 " + l2,
              crossValidate(rows, fold, l), leaveAuthorsOut(rows, authors, l), authors);
        }
      }
    }
  }

  /** The report of one setting: per language beside the lexicon, confusion, author splits. */
  static void report(String settings, Function<List<TextEvaluation.Row>, Learner> method) {
    List<TextEvaluation.Row> rows = SentimentCorpus.all();
    List<String> authors = authors();
    Learner learner = method.apply(rows);
    Result lex = lexicon(rows);
    Result model = crossValidate(rows, folds(rows), learner);
    Result loso = leaveAuthorsOut(rows, authors, learner);
    System.out.println("### " + settings + ", " + rows.size() + " comments\n");
    System.out.println("| method | en | sv | nl | pl | de | all |\n|---|---:|---:|---:|---:|---:|---:|");
    System.out.println(row("lexicon", lex));
    System.out.println(row("model, 5-fold", model));
    System.out.println(row("model, leave-authors-out", loso));
    System.out.println("\nconfusion, model 5-fold:\n" + confusion(model));
    System.out.println("confusion, lexicon:\n" + confusion(lex));
    System.out.println("| author set | rows | lexicon | model (trained on the other sets) | model better / lexicon better |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (String set : List.of("tune", "holdout", "holdout3", "train")) {
      int n = 0;
      int better = 0;
      int worse = 0;
      for (int i = 0; i < rows.size(); i++) {
        if (authors.get(i).equals(set)) {
          n++;
          boolean m = loso.predicted[i] == rows.get(i).sentiment();
          boolean l = lex.predicted[i] == rows.get(i).sentiment();
          better += m && !l ? 1 : 0;
          worse += l && !m ? 1 : 0;
        }
      }
      System.out.printf(
          Locale.ROOT, "| %s | %d | %s | %s | %d / %d |%n",
          set, n, subset(lex, authors, set), subset(loso, authors, set), better, worse);
    }
    Map<String, List<TextEvaluation.Row>> bySplit = SentimentCorpus.bySplit();
    List<TextEvaluation.Row> old = new ArrayList<>();
    for (String split : List.of("tune", "dev", "holdout", "holdout3")) {
      old.addAll(bySplit.getOrDefault(split, List.of()));
    }
    List<TextEvaluation.Row> train = bySplit.getOrDefault("train", List.of());
    System.out.println("\n| authors split | en | sv | nl | pl | de | all |\n|---|---:|---:|---:|---:|---:|---:|");
    System.out.println(row("lexicon on train/", lexicon(train)));
    System.out.println(row("old sets -> train/", split(old, train, method)));
    System.out.println(row("lexicon on old sets", lexicon(old)));
    System.out.println(row("train/ -> old sets", split(train, old, method)));
  }

  private static void print(String name, Result folds, Result loso, List<String> authors) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %.3f | %.3f | %s | %s | %s | %s |%n",
        name,
        folds.accuracy("all"),
        loso.accuracy("all"),
        subset(loso, authors, "tune"),
        subset(loso, authors, "holdout"),
        subset(loso, authors, "holdout3"),
        subset(loso, authors, "train"));
  }
}
