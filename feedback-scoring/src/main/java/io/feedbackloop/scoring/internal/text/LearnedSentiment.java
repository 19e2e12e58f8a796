package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.SentimentAnalyzer;
import io.feedbackloop.scoring.text.SentimentScore;
import io.feedbackloop.scoring.text.TextLanguage;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The learned sentiment: a {@link SoftmaxModel} over {@link SentimentFeatures}. The verdict is the
 * most probable class (neutral on a tie); the score is P(positive) - P(negative), whose sign agrees
 * with the verdict. With no language, the built-in detector is asked; a text whose language still
 * cannot be told is read by its language-free features (lexicon figures, emoji). Immutable and
 * thread-safe.
 */
public final class LearnedSentiment implements SentimentAnalyzer {
  /** The bundled model file, under the text resources folder. */
  public static final String RESOURCE = "sentiment-model.tsv";

  private final SoftmaxModel model;

  private LearnedSentiment(SoftmaxModel model) {
    this.model = model;
  }

  /** The bundled model, {@value #RESOURCE}, read on first use. */
  public static LearnedSentiment defaults() {
    return Holder.DEFAULTS;
  }

  /** A learned sentiment over {@code model}. */
  public static LearnedSentiment of(SoftmaxModel model) {
    return new LearnedSentiment(Objects.requireNonNull(model, "model"));
  }

  /** The model. */
  public SoftmaxModel model() {
    return model;
  }

  @Override
  public SentimentScore analyze(String text, @Nullable TextLanguage language) {
    return analyze(text, Tokens.of(text), language);
  }

  /** The sentiment of {@code text}, already cut into {@code tokens}. */
  public SentimentScore analyze(String text, Tokens tokens, @Nullable TextLanguage language) {
    TextLanguage known =
        language != null ? language : StopwordDetector.defaults().detect(text, tokens).orElse(null);
    double[] p = model.probabilities(model.features().of(text, tokens, known));
    return verdict(p);
  }

  /** The score of class probabilities (negative, neutral, positive). */
  static SentimentScore verdict(double[] p) {
    double score = Math.max(-1, Math.min(1, p[2] - p[0]));
    if (p[2] > p[1] && p[2] > p[0]) {
      return new SentimentScore(Sentiment.POSITIVE, score);
    }
    if (p[0] > p[1] && p[0] > p[2]) {
      return new SentimentScore(Sentiment.NEGATIVE, score);
    }
    return new SentimentScore(Sentiment.NEUTRAL, score);
  }

  private static final class Holder {
    static final LearnedSentiment DEFAULTS =
        new LearnedSentiment(SoftmaxModel.parse(Resources.read(RESOURCE)));
  }
}
