package io.feedbackloop.scoring.text;

import java.util.Locale;
import java.util.Optional;

/** The languages the built-in text analysis knows, by their ISO 639-1 codes. */
public enum TextLanguage {
  /** English, {@code en}. */
  ENGLISH("en"),
  /** Swedish, {@code sv}. */
  SWEDISH("sv"),
  /** Dutch, {@code nl}. */
  DUTCH("nl"),
  /** Polish, {@code pl}. */
  POLISH("pl"),
  /** German, {@code de}. */
  GERMAN("de");

  /** The code printed when the language cannot be told: {@value}. */
  public static final String UNDETERMINED = "und";

  // values() clones its array on every call; fromCode runs for every analyzed text
  private static final TextLanguage[] ALL = values();

  private final String code;

  TextLanguage(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, for example {@code sv}. */
  public String code() {
    return code;
  }

  /** The language of an ISO 639-1 code (any case), if it is one of these. */
  public static Optional<TextLanguage> fromCode(String code) {
    for (TextLanguage l : ALL) {
      if (l.code.equalsIgnoreCase(code)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The language of a locale (its language part: {@code sv-FI} is Swedish), if it is one of these. */
  public static Optional<TextLanguage> of(Locale locale) {
    return fromCode(locale.getLanguage());
  }

  /** The locale of the language, for example {@code sv}. */
  public Locale locale() {
    return Locale.forLanguageTag(code);
  }
}
