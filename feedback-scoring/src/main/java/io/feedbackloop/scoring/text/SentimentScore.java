package io.feedbackloop.scoring.text;

import java.util.Objects;

/**
 * The sentiment of a text and its strength.
 *
 * @param sentiment the polarity
 * @param score the strength in [-1, 1]: below zero negative, above positive; its sign must agree
 *     with {@code sentiment} (zero is allowed for any polarity, for a model that gives no score)
 */
public record SentimentScore(Sentiment sentiment, double score) {

  /** The score of an empty or unreadable text: neutral, 0. */
  public static final SentimentScore NEUTRAL = new SentimentScore(Sentiment.NEUTRAL, 0);

  /**
   * Creates a score.
   *
   * @throws IllegalArgumentException if the score is not in [-1, 1] or its sign disagrees with the
   *     polarity
   * @throws NullPointerException if {@code sentiment} is null
   */
  public SentimentScore {
    Objects.requireNonNull(sentiment, "sentiment");
    if (!(score >= -1 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [-1, 1], but was " + score);
    }
    if ((sentiment == Sentiment.POSITIVE && score < 0)
        || (sentiment == Sentiment.NEGATIVE && score > 0)) {
      throw new IllegalArgumentException(
          "score must agree with sentiment " + sentiment + ", but was " + score);
    }
  }
}
