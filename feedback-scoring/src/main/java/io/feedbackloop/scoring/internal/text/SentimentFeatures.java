package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.SentimentScore;
import io.feedbackloop.scoring.text.TextLanguage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The features of a comment for the learned sentiment, built from the lexicon engine's own parts
 * (tokens, stemmer, negation scope, emoji, word lists):
 *
 * <ul>
 *   <li>{@code <lang>:<stem>}: the stemmed words, {@code <lang>:NOT_<stem>} for a word inside a
 *       negator's scope ({@link Negation#negated}); a number is {@code 0};
 *   <li>{@code <lang>:<stem>_<stem>}: neighbouring words of one clause, when bigrams are on;
 *   <li>{@code lex:*}: the lexicon engine's score and verdict, its positive and negative hits after
 *       negation (at most three of each), and whether a contrast word stands in the text, so that
 *       the model learns when to trust the lexicon; when the lexicon is on;
 *   <li>{@code emoji:+} and {@code emoji:-}: the emoji and emoticon verdict;
 *   <li>{@value #BIAS}: always 1.
 * </ul>
 *
 * <p>Word features are 1 when present; a text of unknown language has only the language-free
 * features. Immutable and thread-safe.
 *
 * @param bigrams whether word pairs are features
 * @param lexicon whether the lexicon engine's figures are features
 */
public record SentimentFeatures(boolean bigrams, boolean lexicon) {
  /** The feature that is always 1. */
  public static final String BIAS = "bias";

  static final int MAX_HITS = 3;

  /** The name of these settings as written in a model file, for example {@code bigrams+lexicon}. */
  public String name() {
    return "unigrams" + (bigrams ? "+bigrams" : "") + (lexicon ? "+lexicon" : "");
  }

  /**
   * The settings named by {@link #name()}.
   *
   * @throws IllegalArgumentException if {@code name} names no settings
   */
  public static SentimentFeatures named(String name) {
    for (boolean b : new boolean[] {false, true}) {
      for (boolean l : new boolean[] {false, true}) {
        SentimentFeatures f = new SentimentFeatures(b, l);
        if (f.name().equals(name)) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException(
        "features must be unigrams[+bigrams][+lexicon], but was " + name);
  }

  /** The features of {@code text}, by name, in name order. */
  public Map<String, Double> of(String text, @Nullable TextLanguage language) {
    return of(text, Tokens.of(text), language);
  }

  /** The features of {@code text}, already cut into {@code tokens}, by name, in name order. */
  public Map<String, Double> of(String text, Tokens tokens, @Nullable TextLanguage language) {
    Map<String, Double> features = new TreeMap<>();
    features.put(BIAS, 1.0);
    int emoji = Emoji.polarity(text);
    if (emoji != 0) {
      features.put(emoji > 0 ? "emoji:+" : "emoji:-", 1.0);
    }
    SentimentLexicon words = SentimentLexicon.defaults();
    if (language != null) {
      words(tokens, language, words, features);
    }
    if (lexicon) {
      lexicon(text, tokens, language, words, features);
    }
    return features;
  }

  private void words(
      Tokens tokens, TextLanguage language, SentimentLexicon words, Map<String, Double> features) {
    String prefix = language.code() + ":";
    WordSet negators = words.negators(language);
    WordSet contrast = words.contrast(language);
    String[] stems = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      stems[i] = stem(tokens.word(i), language);
      boolean negated =
          !negators.endsAt(tokens, i) && Negation.negated(tokens, i, negators, contrast);
      features.put(prefix + (negated ? "NOT_" : "") + stems[i], 1.0);
    }
    if (bigrams) {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (tokens.clause(i) == tokens.clause(i + 1)) {
          features.put(prefix + stems[i] + "_" + stems[i + 1], 1.0);
        }
      }
    }
  }

  static String stem(String word, TextLanguage language) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return "0";
      }
    }
    return Stemmer.stem(word, language);
  }

  private static void lexicon(
      String text,
      Tokens tokens,
      @Nullable TextLanguage language,
      SentimentLexicon words,
      Map<String, Double> features) {
    SentimentScore verdict = LexiconSentiment.defaults().analyze(text, tokens, language);
    features.put("lex:score", round(verdict.score()));
    features.put("lex:" + verdict.sentiment().label(), 1.0);
    int languages = language == null ? TermMatcher.allLanguages() : TermMatcher.mask(language);
    List<TermMatcher.Hit<Integer>> hits =
        TermMatcher.nonOverlapping(words.polarity().find(tokens, languages));
    WordSet negators = words.negators(language);
    WordSet contrast = words.contrast(language);
    int positive = 0;
    int negative = 0;
    for (TermMatcher.Hit<Integer> h : hits) {
      int value = h.value();
      if (Negation.negated(tokens, h.first(), negators, contrast)) {
        value = -value;
      }
      if (value > 0) {
        positive++;
      } else if (value < 0) {
        negative++;
      }
    }
    if (positive > 0) {
      features.put("lex:hits+", (double) Math.min(positive, MAX_HITS));
    }
    if (negative > 0) {
      features.put("lex:hits-", (double) Math.min(negative, MAX_HITS));
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (contrast.endsAt(tokens, i)) {
        features.put("lex:contrast", 1.0);
        break;
      }
    }
  }

  // the lexicon's score goes through tanh: rounding keeps the features, and so the trained
  // weights, the same on every JVM
  private static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }
}
