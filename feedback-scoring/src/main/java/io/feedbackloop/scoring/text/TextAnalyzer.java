package io.feedbackloop.scoring.text;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a comment: its language, the topics of a {@link Taxonomy} it mentions, and its sentiment.
 *
 * <pre>{@code
 * TextAnalyzer analyzer = TextAnalyzer.ofDefaults();   // starter taxonomy, lexicon sentiment
 * TextInsight insight = analyzer.analyze("Paketet kom inte i tid", Locale.forLanguageTag("sv"));
 * insight.topics();      // [delivery]
 * insight.sentiment();   // NEGATIVE
 * }</pre>
 *
 * <p>Immutable and thread-safe. A {@link SentimentAnalyzer} plug-in that throws is caught and
 * logged without the text, and the built-in lexicon answers for that call.
 */
public final class TextAnalyzer {
  private final Taxonomy taxonomy;

  private TextAnalyzer(Taxonomy taxonomy) {
    this.taxonomy = taxonomy; // PLACEHOLDER until the text engine lands
  }

  /** The starter taxonomy, the lexicon sentiment and the built-in language detector. */
  public static TextAnalyzer ofDefaults() {
    return new TextAnalyzer(Taxonomy.starter());
  }

  /** Reads {@code text}, detecting its language. A blank text gives {@link TextInsight#EMPTY}. */
  public TextInsight analyze(String text) {
    return analyze(text, null);
  }

  /**
   * Reads {@code text}; the language is that of {@code locale} when it is one of the five {@link
   * TextLanguage}s, and detected otherwise. A blank text gives {@link TextInsight#EMPTY}.
   */
  public TextInsight analyze(String text, @Nullable Locale locale) {
    return TextInsight.EMPTY;
  }

  /** The taxonomy this analyzer matches. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }
}
