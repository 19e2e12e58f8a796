package io.feedbackloop.scoring.text;

import io.feedbackloop.scoring.internal.text.LearnedSentiment;
import io.feedbackloop.scoring.internal.text.SentimentFeatures;
import io.feedbackloop.scoring.internal.text.SoftmaxModel;
import io.feedbackloop.scoring.internal.text.SoftmaxTrainer;
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
  /** The settings chosen by cross-validation ({@link SentimentCrossValidation}). */
  static final SoftmaxTrainer.Settings SETTINGS =
      new SoftmaxTrainer.Settings(new SentimentFeatures(true, true), 1.0, 2);

  static final Path PATH =
      Path.of("src/main/resources/io/feedbackloop/scoring/text/" + LearnedSentiment.RESOURCE);

  private SentimentModelFile() {}

  /** The model trained on every row of {@link SentimentCorpus}. */
  static SoftmaxModel train() {
    List<TextEvaluation.Row> rows = SentimentCorpus.all();
    return SoftmaxTrainer.train(
        SentimentCorpus.examples(rows, SETTINGS.features()),
        SETTINGS,
        List.of(
            "Learned sentiment of feedback-scoring: multinomial logistic regression, 3 classes.",
            "Written by SentimentModelFile (test sources); do not edit by hand.",
            "Trained on "
                + rows.size()
                + " labelled comments (eval/ "
                + String.join(", ", SentimentCorpus.SPLITS)
                + "), l2 "
                + SETTINGS.l2()
                + ", features seen in at least "
                + SETTINGS.minCount()
                + " comments."));
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
