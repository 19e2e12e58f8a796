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
 * text (+1 positive, -1 negative, 0 for a neutral phrase that hides the word in it), where
 *
 * <ul>
 *   <li>a negator among the three tokens before a word flips it ({@link Negation}); in Swedish,
 *       Dutch and German, so does one among the three tokens after a word that no negator
 *       precedes ("fungerar inte", "bevalt me niet", "gefällt mir nicht"), unless it negates the
 *       next word;
 *   <li>an intensifier just before a word (or before its negator) multiplies it by {@value
 *       #INTENSIFIER};
 *   <li>a word after a contrast word in the same sentence counts {@value #AFTER_CONTRAST} times,
 *       and one before it in that sentence {@value #BEFORE_CONTRAST} times ("fast, but broken" is
 *       negative);
 *   <li>a negator that negates no lexicon word counts {@value #BARE_NEGATION} ("never arrived",
 *       "kam nicht an", "nie przyszedł"): in feedback, a negated event is mostly a failure; a
 *       negating pronoun in a set phrase ("nothing to add", "inget att tillägga") or "not yet"
 *       is not one; a neutral phrase has nothing to flip, so a negator before it stays bare
 *       ("could not answer a simple question").
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
    for (TermMatcher.Hit<Integer> h : hits) {
      Arrays.fill(used, h.first(), h.last(), true);
    }
    int[] negatorOf = new int[hits.size()];
    for (int k = 0; k < hits.size(); k++) {
      if (hits.get(k).value() == 0) {
        // a neutral phrase has nothing to flip: "could not answer a simple question" stays a
        // bare negation
        negatorOf[k] = -1;
        continue;
      }
      int negator =
          Negation.negator(tokens, hits.get(k).first(), words.negators(), words.contrast());
      // a negator inside a lexicon phrase ("passar inte", "didn't work") belongs to that phrase
      negatorOf[k] = negator >= 0 && used[negator] ? -1 : negator;
      if (negatorOf[k] >= 0) {
        used[negatorOf[k]] = true;
      }
    }
    if (words.postVerbalNegation()) {
      for (int k = 0; k < hits.size(); k++) {
        if (hits.get(k).value() == 0) {
          continue;
        }
        // "immer noch nicht" is still not: the negator after a still word strengthens it
        if (negatorOf[k] < 0 && !words.still().endsAt(tokens, hits.get(k).last() - 1)) {
          int post =
              Negation.postNegator(tokens, hits.get(k).last(), words.negators(), words.contrast());
          if (post >= 0 && !used[post]) {
            used[post] = true;
            negatorOf[k] = post;
          }
        }
      }
    }
    double sum = 0;
    for (int k = 0; k < hits.size(); k++) {
      TermMatcher.Hit<Integer> h = hits.get(k);
      int first = h.first();
      double value = negatorOf[k] >= 0 ? -h.value() : h.value();
      if (intensified(tokens, first, words)) {
        value *= INTENSIFIER;
      }
      sum += value * contrastWeight(tokens, first, contrastAt);
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!used[i] && words.negators().endsAt(tokens, i) && complains(tokens, i, words)) {
        sum += BARE_NEGATION * contrastWeight(tokens, i, contrastAt);
      }
    }
    return sum;
  }

  /**
   * Tells whether the bare negator ending at {@code i} reads as a complaint. A negated event does
   * ("never arrived", "werkt niet"), and so does a negating pronoun after a verb ("findet nix", "er
   * lag niks"); a negating pronoun that opens its clause or a set phrase does not ("nothing to add",
   * "inget att tillägga", "Nichts hinzuzufügen", "nothing special"), nor does any negator opening
   * a set phrase listed with the pronouns ("no comments", "geen idee"), nor a negator agreeing
   * with a pronoun ("nie mam nic do dodania") or meaning "not yet" ("noch nicht beurteilen", "nog
   * niet gebruikt", but "immer noch nicht" is a complaint).
   */
  private static boolean complains(Tokens tokens, int i, SentimentLexicon.Words words) {
    int clause = tokens.clause(i);
    boolean opensClause = i == 0 || tokens.clause(i - 1) != clause;
    boolean nextInClause = i + 1 < tokens.size() && tokens.clause(i + 1) == clause;
    if (nextInClause && words.pronouns().endsAt(tokens, i + 1)) {
      return false;
    }
    if (words.pronouns().endsAt(tokens, i)) {
      return !opensClause;
    }
    if (!opensClause
        && words.pending().endsAt(tokens, i - 1)
        && !words.still().endsAt(tokens, i - 1)) {
      return false;
    }
    if (nextInClause && words.pending().endsAt(tokens, i + 1)) {
      return false;
    }
    int stop = Math.min(tokens.size(), i + 1 + Negation.WINDOW);
    for (int p = i + 1; p < stop && tokens.clause(p) == clause; p++) {
      if (words.pronouns().endsAt(tokens, p)) {
        return false;
      }
    }
    return true;
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
