package io.feedbackloop.examples.cli;

import io.feedbackloop.scoring.text.TextAnalyzer;
import io.feedbackloop.scoring.text.TextInsight;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads one comment; the text commands use {@link TextAnalyzer#ofDefaults()}. */
@FunctionalInterface
interface CommentReader {

  /** The insight of {@code text}, with the language of {@code hint} when it is one of the five. */
  TextInsight read(String text, @Nullable Locale hint);

  /** The SDK's default analyzer: starter taxonomy, lexicon sentiment, built-in detector. */
  static CommentReader ofDefaults() {
    TextAnalyzer analyzer = TextAnalyzer.ofDefaults();
    return analyzer::analyze;
  }
}
