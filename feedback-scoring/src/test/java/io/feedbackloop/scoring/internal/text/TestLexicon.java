package io.feedbackloop.scoring.internal.text;

/** A small lexicon for tests, independent of the bundled word lists. */
public final class TestLexicon {
  /** The JSON of the test lexicon. */
  public static final String JSON =
      """
      {"en": {"positive": ["good", "fast", "helpful"], "negative": ["bad", "late", "broken", "helpless",
              "dont work"],
              "negators": ["not", "never", "no", "dont", "nothing"], "intensifiers": ["very", "really"],
              "contrast": ["but"], "pronouns": ["nothing", "nothing to", "no idea"], "pending": ["yet"],
              "still": ["still"], "neutral": ["would be good"], "downtoners": ["a bit"],
              "concessive": ["although", "even though"], "irrealis": ["would"]},
       "sv": {"positive": ["bra", "snabb", "gillar"], "negative": ["dålig", "försenad", "trasig"],
              "negators": ["inte", "aldrig", "inget"], "intensifiers": ["mycket"], "contrast": ["men"],
              "pronouns": ["inget", "inget att"]},
       "nl": {"positive": ["goed", "bevalt"], "negative": ["slecht", "kapot"],
              "negators": ["niet", "geen", "niks"], "intensifiers": ["heel"], "contrast": ["maar"],
              "pronouns": ["niks"], "pending": ["nog"]},
       "pl": {"positive": ["dobry", "szybka"], "negative": ["zły", "uszkodzony"], "negators": ["nie", "nic"],
              "intensifiers": ["bardzo"], "contrast": ["ale"], "pronouns": ["nic", "nic do"]},
       "de": {"positive": ["gut", "schnell", "gefällt"], "negative": ["schlecht", "kaputt", "immer noch"],
              "negators": ["nicht", "kein", "keine", "gar nicht", "nichts", "nix"], "intensifiers": ["sehr"],
              "contrast": ["aber"], "pronouns": ["nichts", "nix"], "pending": ["noch"],
              "still": ["immer noch"]}}
      """;

  /** The parsed test lexicon. */
  public static final SentimentLexicon LEXICON = SentimentLexicon.fromJson(JSON);

  /** The lexicon sentiment over the test lexicon. */
  public static final LexiconSentiment SENTIMENT = LexiconSentiment.of(LEXICON);

  private TestLexicon() {}
}
