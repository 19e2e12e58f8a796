package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.SentimentAnalyzer;
import io.feedbackloop.scoring.text.SentimentScore;
import io.feedbackloop.scoring.text.TextLanguage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The built-in lexicon sentiment: the sum of the polarities of the lexicon's words found in the
 * text (+1 positive, -1 negative), where
 *
 * <ul>
 *   <li>a negator among the three tokens before a word flips it ({@link Negation});
 *   <li>an intensifier just before a word (or before its negator) multiplies it by {@value
 *       #INTENSIFIER};
 *   <li>a word after a contrast word in the same sentence counts {@value #AFTER_CONTRAST} times,
 *       and one before it in that sentence {@value #BEFORE_CONTRAST} times ("fast, but broken" is
 *       negative);
 *   <li>a negator that negates no lexicon word counts {@value #BARE_NEGATION} ("never arrived",
 *       "kam nicht an", "nie przyszedł"): in feedback, a negated event is mostly a failure.
 * </ul>
 *
 * <p>The sum is squashed into [-1, 1] by {@code tanh(sum / 2)}; a score within {@value #DEAD_ZONE}
 * of zero is neutral. With no language, the words of all five languages count. Immutable and
 * thread-safe.
 */
public final class LexiconSentiment implements SentimentAnalyzer {
  static final double INTENSIFIER = 1.5;
  static final double AFTER_CONTRAST = 1.5;
  static final double BEFORE_CONTRAST = 0.5;
  static final double DEAD_ZONE = 0.2;
  static final double BARE_NEGATION = -0.5;

  private final SentimentLexicon lexicon;

  private LexiconSentiment(SentimentLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The built-in lexicon for the five languages. */
  public static LexiconSentiment defaults() {
    return Holder.DEFAULTS;
  }

  /** A lexicon sentiment over {@code lexicon}. */
  public static LexiconSentiment of(SentimentLexicon lexicon) {
    return new LexiconSentiment(Objects.requireNonNull(lexicon, "lexicon"));
  }

  /** The word lists. */
  public SentimentLexicon lexicon() {
    return lexicon;
  }

  @Override
  public SentimentScore analyze(String text, @Nullable TextLanguage language) {
    return analyze(Tokens.of(text), language);
  }

  /** The sentiment of text already cut into {@code tokens}. */
  public SentimentScore analyze(Tokens tokens, @Nullable TextLanguage language) {
    double sum = sum(tokens, language);
    double score = Math.tanh(sum / 2);
    if (Math.abs(score) < DEAD_ZONE) {
      return new SentimentScore(Sentiment.NEUTRAL, score);
    }
    return new SentimentScore(score > 0 ? Sentiment.POSITIVE : Sentiment.NEGATIVE, score);
  }

  /** The weighted sum of polarities before squashing. */
  double sum(Tokens tokens, @Nullable TextLanguage language) {
    int languages =
        language == null ? TermMatcher.allLanguages() : TermMatcher.mask(language);
    List<TermMatcher.Hit<Integer>> hits =
        TermMatcher.nonOverlapping(lexicon.polarity().find(tokens, languages));
    SentimentLexicon.Words words = lexicon.words(language);
    int[] contrastAt = contrastPositions(tokens, words.contrast());
    // tokens that are inside a lexicon word or negate one; any other negator is bare
    boolean[] used = new boolean[tokens.size()];
    double sum = 0;
    for (TermMatcher.Hit<Integer> h : hits) {
      int first = h.first();
      double value = h.value();
      Arrays.fill(used, first, h.last(), true);
      int negator = Negation.negator(tokens, first, words.negators(), words.contrast());
      if (negator >= 0) {
        used[negator] = true;
        value = -value;
      }
      if (intensified(tokens, first, words)) {
        value *= INTENSIFIER;
      }
      sum += value * contrastWeight(tokens, first, contrastAt);
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!used[i] && words.negators().endsAt(tokens, i)) {
        sum += BARE_NEGATION * contrastWeight(tokens, i, contrastAt);
      }
    }
    return sum;
  }

  private static boolean intensified(Tokens tokens, int first, SentimentLexicon.Words words) {
    for (int p = first - 1; p >= Math.max(0, first - 2); p--) {
      if (tokens.clause(p) != tokens.clause(first)) {
        return false;
      }
      if (words.intensifiers().endsAt(tokens, p)) {
        return true;
      }
      if (!words.negators().endsAt(tokens, p)) {
        return false;
      }
    }
    return false;
  }

  /** Per sentence, the index of its last contrast word, or -1. */
  private static int[] contrastPositions(Tokens tokens, WordSet contrast) {
    int sentences = tokens.size() == 0 ? 0 : tokens.sentence(tokens.size() - 1) + 1;
    int[] at = new int[sentences];
    Arrays.fill(at, -1);
    for (int i = 0; i < tokens.size(); i++) {
      if (contrast.endsAt(tokens, i)) {
        at[tokens.sentence(i)] = i;
      }
    }
    return at;
  }

  private static double contrastWeight(Tokens tokens, int first, int[] contrastAt) {
    int c = contrastAt[tokens.sentence(first)];
    if (c < 0) {
      return 1;
    }
    return first > c ? AFTER_CONTRAST : BEFORE_CONTRAST;
  }

  private static final class Holder {
    static final LexiconSentiment DEFAULTS = new LexiconSentiment(SentimentLexicon.defaults());
  }
}
