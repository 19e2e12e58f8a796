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
  static final double DOWNTONER = 0.5;
  static final double MIXED = 0.5;

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
    return analyze(text, Tokens.of(text), language);
  }

  /** The sentiment of text already cut into {@code tokens}, without its emoji. */
  public SentimentScore analyze(Tokens tokens, @Nullable TextLanguage language) {
    return score(sum(tokens, language, 0));
  }

  /** The sentiment of {@code text}, already cut into {@code tokens}, with its emoji. */
  public SentimentScore analyze(String text, Tokens tokens, @Nullable TextLanguage language) {
    return score(sum(tokens, language, Emoji.polarity(text)));
  }

  private static SentimentScore score(double sum) {
    double score = Math.tanh(sum / 2);
    if (Math.abs(score) < DEAD_ZONE) {
      return new SentimentScore(Sentiment.NEUTRAL, score);
    }
    return new SentimentScore(score > 0 ? Sentiment.POSITIVE : Sentiment.NEGATIVE, score);
  }

  /** The weighted sum of polarities before squashing, emoji left out. */
  double sum(Tokens tokens, @Nullable TextLanguage language) {
    return sum(tokens, language, 0);
  }

  private double sum(Tokens tokens, @Nullable TextLanguage language, double emoji) {
    int languages =
        language == null ? TermMatcher.allLanguages() : TermMatcher.mask(language);
    List<TermMatcher.Hit<Integer>> hits =
        TermMatcher.nonOverlapping(lexicon.polarity().find(tokens, languages));
    SentimentLexicon.Words words = lexicon.words(language);
    int[] contrastAt = contrastPositions(tokens, words.contrast(), words.concessive());
    boolean[] concessive = new boolean[contrastAt.length];
    for (int s = 0; s < contrastAt.length; s++) {
      concessive[s] = contrastAt[s] >= 0 && words.concessive().endsAt(tokens, contrastAt[s]);
    }
    // tokens that are inside a lexicon word or negate one; any other negator is bare
    boolean[] used = new boolean[tokens.size()];
    for (TermMatcher.Hit<Integer> h : hits) {
      Arrays.fill(used, h.first(), h.last(), true);
    }
    boolean[] hypothetical = hypothetical(tokens, words);
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
    Sentences sides = new Sentences(tokens, contrastAt, concessive);
    for (int k = 0; k < hits.size(); k++) {
      TermMatcher.Hit<Integer> h = hits.get(k);
      int first = h.first();
      if (h.value() == 0 || hypothetical[first]) {
        continue;
      }
      double value = negatorOf[k] >= 0 ? -h.value() : h.value();
      sides.add(first, value * degree(tokens, first, words));
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!used[i]
          && !hypothetical[i]
          && words.negators().endsAt(tokens, i)
          && complains(tokens, i, words)) {
        sides.add(i, BARE_NEGATION);
      }
    }
    return sides.sum() + emoji;
  }

  /** The evidence of each sentence: plain, or on the conceded or main side of its contrast word. */
  private static final class Sentences {
    private final Tokens tokens;
    private final int[] contrastAt;
    private final boolean[] concessive;
    private final double[] plain;
    private final double[] conceded;
    private final double[] main;
    private final boolean[] concededSeen;

    Sentences(Tokens tokens, int[] contrastAt, boolean[] concessive) {
      this.tokens = tokens;
      this.contrastAt = contrastAt;
      this.concessive = concessive;
      int n = contrastAt.length;
      this.plain = new double[n];
      this.conceded = new double[n];
      this.main = new double[n];
      this.concededSeen = new boolean[n];
    }

    void add(int at, double value) {
      int s = tokens.sentence(at);
      int c = contrastAt[s];
      if (c < 0) {
        plain[s] += value;
      } else if (concessive[s] ? at > c && tokens.clause(at) == tokens.clause(c) : at < c) {
        conceded[s] += value;
        concededSeen[s] = true;
      } else {
        main[s] += value;
      }
    }

    double sum() {
      for (int s = 1; s < plain.length; s++) {
        // "Great shoes. They run small, though." and "...zurückschicken. Die Rücksendung lief
        // aber problemlos.": with nothing conceded in its own sentence but a verdict after it,
        // "but" answers the sentence before
        if (contrastAt[s] >= 0
            && !concessive[s]
            && !concededSeen[s]
            && main[s] != 0
            && contrastAt[s - 1] < 0) {
          conceded[s] = plain[s - 1];
          plain[s - 1] = 0;
        }
      }
      double sum = 0;
      for (int s = 0; s < plain.length; s++) {
        sum += contrastAt[s] < 0 ? plain[s] : contrasted(conceded[s], main[s], concessive[s]);
      }
      return sum;
    }
  }

  /**
   * The weight of one sentence with a contrast word, from the summed evidence of its conceded part
   * (before "but", or the clause after "although") and its main part. A contrast joins parts of
   * opposite polarity, so a part with no lexicon word takes the opposite polarity of the other one
   * ("ordered M but got an S" is a complaint), and customers weigh a fault more than its repair:
   *
   * <ul>
   *   <li>a negative main part wins, {@value #AFTER_CONTRAST} times over {@value #BEFORE_CONTRAST}
   *       times the conceded part ("fast, but broken" is negative);
   *   <li>a positive main part wins in the same way over a positive conceded part ("cheap and yet
   *       good quality");
   *   <li>a positive main part after a fault, stated or implied, makes a mixed verdict, neutral
   *       unless the faults outweigh the repair (then half the difference counts): "late, but the
   *       lamp is lovely" and "had to wait, but then got good help" are neutral; after "although"
   *       with nothing conceded, the main part states the verdict and keeps its weight;
   *   <li>an empty main part after a positive conceded part is an implied fault, mixed again after
   *       "but" ("comfortable, but runs small"), and the verdict after "although" ("charged the full
   *       price even though the code was accepted"); after a negative conceded part it keeps the
   *       conceded part's weight.
   * </ul>
   */
  static double contrasted(double conceded, double main, boolean concessive) {
    if (main < 0 || (main > 0 && conceded > 0)) {
      return AFTER_CONTRAST * main + BEFORE_CONTRAST * conceded;
    }
    if (main > 0) {
      if (concessive && conceded == 0) {
        return main;
      }
      // a stated fault weighs at least as much as the implied one: the repair never wins
      return MIXED * Math.min(main + conceded, 0);
    }
    if (conceded > 0) {
      return concessive ? -BEFORE_CONTRAST * conceded : 0;
    }
    return BEFORE_CONTRAST * conceded;
  }

  /**
   * Marks the tokens after a wish or condition marker in its clause ("would", "skulle", "zou",
   * "byłoby", "wäre"): "it would be handy to get a text", "hade varit bra om man kunde handla utan
   * konto", "zou nog handig zijn" wish for something and judge nothing. A marker before a negator
   * stays out ("would not recommend").
   */
  private static boolean[] hypothetical(Tokens tokens, SentimentLexicon.Words words) {
    boolean[] marked = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (!words.irrealis().endsAt(tokens, i)) {
        continue;
      }
      int clause = tokens.clause(i);
      if (i + 1 < tokens.size()
          && tokens.clause(i + 1) == clause
          && words.negators().endsAt(tokens, i + 1)) {
        continue;
      }
      for (int p = i + 1; p < tokens.size() && tokens.clause(p) == clause; p++) {
        marked[p] = true;
      }
    }
    return marked;
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

  /**
   * The degree of the word at {@code first}: {@value #INTENSIFIER} after an intensifier ("very
   * late"), {@value #DOWNTONER} after a downtoner ("a bit late", "lite onödigt", "etwas zu teuer"),
   * which wins over an intensifier next to it ("a bit too slow"), else 1. The two tokens before
   * the word are searched, through negators and intensifiers.
   */
  private static double degree(Tokens tokens, int first, SentimentLexicon.Words words) {
    boolean intensified = false;
    for (int p = first - 1; p >= Math.max(0, first - 2); p--) {
      if (tokens.clause(p) != tokens.clause(first)) {
        break;
      }
      if (words.downtoners().endsAt(tokens, p)) {
        return DOWNTONER;
      }
      if (words.intensifiers().endsAt(tokens, p)) {
        intensified = true;
      } else if (!words.negators().endsAt(tokens, p)) {
        break;
      }
    }
    return intensified ? INTENSIFIER : 1;
  }

  /** Per sentence, the index of its last contrast or concessive word, or -1. */
  private static int[] contrastPositions(Tokens tokens, WordSet contrast, WordSet concessive) {
    int sentences = tokens.size() == 0 ? 0 : tokens.sentence(tokens.size() - 1) + 1;
    int[] at = new int[sentences];
    Arrays.fill(at, -1);
    for (int i = 0; i < tokens.size(); i++) {
      if (contrast.endsAt(tokens, i) || concessive.endsAt(tokens, i)) {
        at[tokens.sentence(i)] = i;
      }
    }
    return at;
  }

  private static final class Holder {
    static final LexiconSentiment DEFAULTS = new LexiconSentiment(SentimentLexicon.defaults());
  }
}
