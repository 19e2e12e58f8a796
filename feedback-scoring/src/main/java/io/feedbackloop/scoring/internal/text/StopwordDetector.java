package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.LanguageDetector;

/** The built-in language detector (filled in by the text engine). */
public final class StopwordDetector {
  private StopwordDetector() {}

  /** The built-in detector for the five languages. */
  public static LanguageDetector defaults() {
    return text -> java.util.Optional.empty(); // PLACEHOLDER until the text engine lands
  }
}
