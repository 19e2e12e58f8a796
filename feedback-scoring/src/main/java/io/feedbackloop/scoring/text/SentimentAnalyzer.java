package io.feedbackloop.scoring.text;

import org.jspecify.annotations.Nullable;

/**
 * Tells the sentiment of a comment: the plug-in point for a host's own model or a cloud service.
 *
 * <p>An implementation must be thread-safe. One that throws is caught by {@link TextAnalyzer},
 * logged (without the text) and replaced for that call by the built-in {@link #lexicon()}.
 */
@FunctionalInterface
public interface SentimentAnalyzer {

  /**
   * The sentiment of {@code text}.
   *
   * @param text the comment, never blank when called by {@link TextAnalyzer}
   * @param language its language, or null when it could not be told
   * @return the sentiment, never null
   */
  SentimentScore analyze(String text, @Nullable TextLanguage language);

  /**
   * The built-in baseline: word lists of positive and negative words in English, Swedish, Dutch,
   * Polish and German, with negation ("not good" is negative, "inte försenad" is not) and
   * intensifiers. Deterministic and fast; no model, no network.
   */
  static SentimentAnalyzer lexicon() {
    return io.feedbackloop.scoring.internal.text.LexiconSentiment.defaults();
  }

  /** An analyzer that calls everything {@link SentimentScore#NEUTRAL}: sentiment switched off. */
  static SentimentAnalyzer neutral() {
    return (text, language) -> SentimentScore.NEUTRAL;
  }
}
