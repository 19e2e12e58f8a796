package io.feedbackloop.scoring.text;

import java.util.Locale;

/** The polarity of a comment. */
public enum Sentiment {
  /** A complaint or disappointment. */
  NEGATIVE,
  /** Neither, both in balance, or nothing to tell. */
  NEUTRAL,
  /** Praise or satisfaction. */
  POSITIVE;

  /** The lower-case name, as printed in JSON: {@code negative}, {@code neutral}, {@code positive}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
