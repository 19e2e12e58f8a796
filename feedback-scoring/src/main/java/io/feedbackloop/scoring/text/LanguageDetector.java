package io.feedbackloop.scoring.text;

import java.util.Optional;

/** Tells which of the five {@link TextLanguage}s a text is written in. Thread-safe. */
@FunctionalInterface
public interface LanguageDetector {

  /** The language of {@code text}, or empty when it cannot tell (too short, another language). */
  Optional<TextLanguage> detect(String text);

  /**
   * The built-in detector: common words and letters of each language (å, ł, ij, ß, ...); needs a
   * few words to tell, and says empty rather than guess.
   */
  static LanguageDetector ofDefaults() {
    return io.feedbackloop.scoring.internal.text.StopwordDetector.defaults();
  }
}
