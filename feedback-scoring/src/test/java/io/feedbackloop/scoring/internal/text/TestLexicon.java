package io.feedbackloop.scoring.internal.text;

/** A small lexicon for tests, independent of the bundled word lists. */
public final class TestLexicon {
  /** The JSON of the test lexicon. */
  public static final String JSON =
      """
      {"en": {"positive": ["good", "fast", "helpful"], "negative": ["bad", "late", "broken", "helpless"],
              "negators": ["not", "never", "no", "dont"], "intensifiers": ["very", "really"],
              "contrast": ["but"]},
       "sv": {"positive": ["bra", "snabb"], "negative": ["dålig", "försenad", "trasig"],
              "negators": ["inte", "aldrig"], "intensifiers": ["mycket"], "contrast": ["men"]},
       "nl": {"positive": ["goed"], "negative": ["slecht", "kapot"], "negators": ["niet", "geen"],
              "intensifiers": ["heel"], "contrast": ["maar"]},
       "pl": {"positive": ["dobry", "szybka"], "negative": ["zły", "uszkodzony"], "negators": ["nie"],
              "intensifiers": ["bardzo"], "contrast": ["ale"]},
       "de": {"positive": ["gut", "schnell"], "negative": ["schlecht", "kaputt"],
              "negators": ["nicht", "kein", "keine", "gar nicht"], "intensifiers": ["sehr"],
              "contrast": ["aber"]}}
      """;

  /** The parsed test lexicon. */
  public static final SentimentLexicon LEXICON = SentimentLexicon.fromJson(JSON);

  /** The lexicon sentiment over the test lexicon. */
  public static final LexiconSentiment SENTIMENT = LexiconSentiment.of(LEXICON);

  private TestLexicon() {}
}
