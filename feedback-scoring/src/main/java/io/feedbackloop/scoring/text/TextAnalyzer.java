package io.feedbackloop.scoring.text;

import io.feedbackloop.scoring.internal.text.LearnedSentiment;
import io.feedbackloop.scoring.internal.text.LexiconSentiment;
import io.feedbackloop.scoring.internal.text.Negation;
import io.feedbackloop.scoring.internal.text.SentimentLexicon;
import io.feedbackloop.scoring.internal.text.StopwordDetector;
import io.feedbackloop.scoring.internal.text.TermMatcher;
import io.feedbackloop.scoring.internal.text.Tokens;
import io.feedbackloop.scoring.internal.text.TopicIndex;
import io.feedbackloop.scoring.internal.text.WordSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a comment: its language, the topics of a {@link Taxonomy} it mentions, and its sentiment.
 *
 * <pre>{@code
 * TextAnalyzer analyzer = TextAnalyzer.ofDefaults();   // starter taxonomy, learned sentiment
 * TextInsight insight = analyzer.analyze("Paketet kom inte i tid", Locale.forLanguageTag("sv"));
 * insight.topics();      // [delivery]
 * insight.sentiment();   // NEGATIVE
 * }</pre>
 *
 * <p>With a known language only that language's terms are matched; when the language cannot be
 * told, the terms of all five are. A match preceded by a negation word ("not", "inte", "niet",
 * "nie", "nicht", ... within three words of the same clause) is marked {@link TopicMatch#negated()};
 * the topic still counts as mentioned.
 *
 * <p>Immutable and thread-safe. A {@link SentimentAnalyzer} plug-in that throws is caught and
 * logged without the text, and the built-in lexicon answers for that call; a {@link
 * LanguageDetector} plug-in that throws is treated the same way (the language is then unknown).
 */
public final class TextAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(TextAnalyzer.class);
  private static final Comparator<TopicMatch> TEXT_ORDER =
      Comparator.comparingInt(TopicMatch::start)
          .thenComparingInt(TopicMatch::end)
          .thenComparing(TopicMatch::topic);

  private final Taxonomy taxonomy;
  private final TopicIndex index;
  private final SentimentAnalyzer sentiment;
  private final LanguageDetector detector;
  private final SentimentLexicon lexicon;

  private TextAnalyzer(Builder b) {
    this.taxonomy = b.taxonomy;
    this.index = TopicIndex.of(b.taxonomy.topics());
    this.sentiment = b.sentiment;
    this.detector = b.detector;
    // negation words come from the lexicon in use, so a custom lexicon negates topics the same way
    this.lexicon =
        b.sentiment instanceof LexiconSentiment l ? l.lexicon() : SentimentLexicon.defaults();
  }

  /** The starter taxonomy, the learned sentiment and the built-in language detector. */
  public static TextAnalyzer ofDefaults() {
    return Defaults.ANALYZER;
  }

  /**
   * A new builder, with the defaults of {@link #ofDefaults()}: {@link Taxonomy#starter()}, {@link
   * SentimentAnalyzer#learned()} and {@link LanguageDetector#ofDefaults()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads {@code text}, detecting its language. A blank text gives {@link TextInsight#EMPTY}. */
  public TextInsight analyze(String text) {
    return analyze(text, null);
  }

  /**
   * Reads {@code text}; the language is that of {@code locale} when it is one of the five {@link
   * TextLanguage}s, and detected otherwise. A blank text gives {@link TextInsight#EMPTY}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public TextInsight analyze(String text, @Nullable Locale locale) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return TextInsight.EMPTY;
    }
    Tokens tokens = Tokens.of(text);
    Optional<TextLanguage> language =
        locale == null ? Optional.empty() : TextLanguage.of(locale);
    if (language.isEmpty()) {
      language = detect(text, tokens);
    }
    @Nullable TextLanguage known = language.orElse(null);
    int languages = known == null ? TermMatcher.allLanguages() : TermMatcher.mask(known);
    List<TopicMatch> matches = new ArrayList<>();
    TreeSet<String> topics = new TreeSet<>();
    WordSet negators = lexicon.negators(known);
    WordSet contrast = lexicon.contrast(known);
    for (TermMatcher.Hit<String> h : index.find(tokens, languages)) {
      boolean negated = Negation.negated(tokens, h.first(), negators, contrast);
      matches.add(
          new TopicMatch(
              h.value(),
              h.term().text(),
              tokens.start(h.first()),
              tokens.end(h.last() - 1),
              negated));
      topics.add(h.value());
    }
    matches.sort(TEXT_ORDER);
    return new TextInsight(language, topics, matches, sentiment(text, tokens, known));
  }

  private Optional<TextLanguage> detect(String text, Tokens tokens) {
    if (detector instanceof StopwordDetector builtIn) {
      return builtIn.detect(text, tokens);
    }
    try {
      Optional<TextLanguage> detected = detector.detect(text);
      if (detected != null) {
        return detected;
      }
      LOG.warn("language detector {} returned null; language unknown", detector.getClass().getName());
    } catch (RuntimeException e) {
      LOG.warn(
          "language detector {} failed with {}; language unknown",
          detector.getClass().getName(),
          e.getClass().getName());
    }
    return Optional.empty();
  }

  private SentimentScore sentiment(String text, Tokens tokens, @Nullable TextLanguage language) {
    if (sentiment instanceof LexiconSentiment builtIn) {
      return builtIn.analyze(text, tokens, language);
    }
    if (sentiment instanceof LearnedSentiment learned) {
      return learned.analyze(text, tokens, language);
    }
    try {
      SentimentScore score = sentiment.analyze(text, language);
      if (score != null) {
        return score;
      }
      LOG.warn("sentiment analyzer {} returned null; the lexicon answered", sentiment.getClass().getName());
    } catch (RuntimeException e) {
      LOG.warn(
          "sentiment analyzer {} failed with {}; the lexicon answered",
          sentiment.getClass().getName(),
          e.getClass().getName());
    }
    return LexiconSentiment.defaults().analyze(text, tokens, language);
  }

  /** The taxonomy this analyzer matches. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** The sentiment analyzer this analyzer asks. */
  public SentimentAnalyzer sentimentAnalyzer() {
    return sentiment;
  }

  /** The language detector this analyzer asks when no locale tells the language. */
  public LanguageDetector languageDetector() {
    return detector;
  }

  /** Builds a {@link TextAnalyzer}; every setting has a default. Not thread-safe. */
  public static final class Builder {
    private Taxonomy taxonomy = Taxonomy.starter();
    private SentimentAnalyzer sentiment = SentimentAnalyzer.learned();
    private LanguageDetector detector = LanguageDetector.ofDefaults();

    private Builder() {}

    /** The topics to look for; default {@link Taxonomy#starter()}. */
    public Builder taxonomy(Taxonomy taxonomy) {
      this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /**
     * The sentiment analyzer; default {@link SentimentAnalyzer#learned()} ({@link
     * SentimentAnalyzer#lexicon()} is the word-list engine it builds on). Must be thread-safe; if
     * it throws, the lexicon answers for that call. {@link SentimentAnalyzer#neutral()} switches
     * sentiment off.
     */
    public Builder sentiment(SentimentAnalyzer sentiment) {
      this.sentiment = Objects.requireNonNull(sentiment, "sentiment");
      return this;
    }

    /**
     * The language detector for texts without a usable locale; default {@link
     * LanguageDetector#ofDefaults()}. Must be thread-safe; if it throws, the language is unknown
     * for that call and the terms of all languages are matched.
     */
    public Builder languageDetector(LanguageDetector detector) {
      this.detector = Objects.requireNonNull(detector, "detector");
      return this;
    }

    /** The analyzer; compiles the taxonomy's terms once. */
    public TextAnalyzer build() {
      return new TextAnalyzer(this);
    }
  }

  private static final class Defaults {
    static final TextAnalyzer ANALYZER = builder().build();
  }
}
