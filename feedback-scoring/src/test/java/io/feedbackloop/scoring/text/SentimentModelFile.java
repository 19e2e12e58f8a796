package io.feedbackloop.scoring.text;

import io.feedbackloop.scoring.internal.text.LearnedSentiment;
import io.feedbackloop.scoring.internal.text.NaiveBayesTrainer;
import io.feedbackloop.scoring.internal.text.SentimentFeatures;
import io.feedbackloop.scoring.internal.text.SoftmaxModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the bundled sentiment model from the committed corpus and writes it: run {@code main} from
 * the module folder after the corpus or the features change, then commit the file.
 * {@code SentimentModelTest} checks that the committed file is exactly what this produces.
 */
final class SentimentModelFile {
  /**
   * The settings chosen by cross-validation ({@link SentimentCrossValidation}): naive Bayes over
   * words and the lexicon's figures won over logistic regression on every held-out author set.
   */
  static final NaiveBayesTrainer.Settings SETTINGS =
      new NaiveBayesTrainer.Settings(new SentimentFeatures(false, true), 1.0, 2);

  static final Path PATH =
      Path.of("src/main/resources/io/feedbackloop/scoring/text/" + LearnedSentiment.RESOURCE);

  private SentimentModelFile() {}

  /** The model trained on every row of {@link SentimentCorpus}. */
  static SoftmaxModel train() {
    List<TextEvaluation.Row> rows = SentimentCorpus.all();
    return NaiveBayesTrainer.train(
        SentimentCorpus.examples(rows, SETTINGS.features()),
        SETTINGS,
        List.of(
            "Learned sentiment of feedback-scoring: multinomial naive Bayes, 3 classes; weights are"
                + " log-likelihoods of present features, the bias adds the log prior.",
            "Written by SentimentModelFile (test sources); do not edit by hand.",
            "Trained on "
                + rows.size()
                + " labelled comments (eval/ "
                + String.join(", ", SentimentCorpus.SPLITS)
                + "), add-"
                + SETTINGS.alpha()
                + " smoothing"
                + ", features seen in at least "
                + SETTINGS.minCount()
                + " comments."));
  }

  /** The learner of {@link #SETTINGS} over {@code rows}, for cross-validation. */
  static SentimentCrossValidation.Learner learner(List<TextEvaluation.Row> rows) {
    return SentimentCrossValidation.naiveBayes(rows, SETTINGS);
  }

  /** Writes the model file. */
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    String tsv = train().toTsv();
    long millis = (System.nanoTime() - start) / 1_000_000;
    Files.writeString(PATH, tsv, StandardCharsets.UTF_8);
    System.out.printf("%s: %d bytes, %d lines, trained in %d ms%n", PATH, tsv.length(), tsv.lines().count(), millis);
  }
}
