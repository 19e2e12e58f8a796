package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.SentimentAnalyzer;

/** The built-in lexicon sentiment (filled in by the text engine). */
public final class LexiconSentiment {
  private LexiconSentiment() {}

  /** The built-in lexicon for the five languages. */
  public static SentimentAnalyzer defaults() {
    return SentimentAnalyzer.neutral(); // PLACEHOLDER until the text engine lands
  }
}
