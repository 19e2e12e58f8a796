package io.feedbackloop.scoring.internal.text;

import static io.feedbackloop.scoring.text.TextLanguage.DUTCH;
import static io.feedbackloop.scoring.text.TextLanguage.ENGLISH;
import static io.feedbackloop.scoring.text.TextLanguage.GERMAN;
import static io.feedbackloop.scoring.text.TextLanguage.POLISH;
import static io.feedbackloop.scoring.text.TextLanguage.SWEDISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.SentimentScore;
import io.feedbackloop.scoring.text.TextLanguage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LexiconSentimentTest {
  private static final LexiconSentiment S = TestLexicon.SENTIMENT;

  private static double sum(String text, @Nullable TextLanguage language) {
    return S.sum(Tokens.of(text), language);
  }

  @Test
  void sumsWordPolarities() {
    assertThat(sum("good and fast", ENGLISH)).isEqualTo(2);
    assertThat(sum("bad, late and broken", ENGLISH)).isEqualTo(-3);
    assertThat(sum("good but late", null)).isEqualTo(0.5 * 1 - 1.5);
    assertThat(sum("nothing to say", ENGLISH)).isZero();
  }

  @Test
  void negationFlips() {
    assertThat(sum("not good", ENGLISH)).isEqualTo(-1);
    assertThat(sum("Paketet var inte försenat", SWEDISH)).isEqualTo(1);
    assertThat(sum("gar nicht kaputt", GERMAN)).isEqualTo(1);
    assertThat(sum("not, good", ENGLISH)).as("a bare negator and a plain word").isEqualTo(0.5);
  }

  @Test
  void aNegatorThatNegatesNoWordCountsAsMildlyNegative() {
    assertThat(sum("the parcel never arrived", ENGLISH)).isEqualTo(-0.5);
    assertThat(sum("kam nicht an, kein Anruf", GERMAN)).isEqualTo(-1);
    assertThat(sum("not good", ENGLISH)).as("a used negator is not bare").isEqualTo(-1);
    assertThat(sum("fast but never arrived", ENGLISH)).isEqualTo(0.5 - 0.75);
    assertThat(S.analyze("never arrived", ENGLISH).sentiment()).isEqualTo(Sentiment.NEGATIVE);
  }

  @Test
  void intensifiersStrengthen() {
    assertThat(sum("very good", ENGLISH)).isEqualTo(1.5);
    assertThat(sum("really not good", ENGLISH)).isEqualTo(-1.5);
    assertThat(sum("very, good", ENGLISH)).isEqualTo(1);
  }

  @Test
  void theClauseAfterAContrastWordWeighsMore() {
    assertThat(sum("fast but broken", ENGLISH)).isEqualTo(0.5 - 1.5);
    assertThat(sum("Snabb leverans men trasig", SWEDISH)).isEqualTo(0.5 - 1.5);
    assertThat(sum("fast but broken. good", ENGLISH)).as("the next sentence is plain").isEqualTo(0.5 - 1.5 + 1);
  }

  @Test
  void theMostSpecificWordWins() {
    assertThat(sum("helpless", ENGLISH)).isEqualTo(-1);
    assertThat(sum("helpful", ENGLISH)).isEqualTo(1);
  }

  @Test
  void onlyTheTextLanguageCountsWhenKnown() {
    assertThat(sum("gut", ENGLISH)).isZero();
    assertThat(sum("gut", null)).isEqualTo(1);
  }

  @Test
  void theScoreIsSquashedWithADeadZone() {
    SentimentScore good = S.analyze("good", ENGLISH);
    assertThat(good.sentiment()).isEqualTo(Sentiment.POSITIVE);
    assertThat(good.score()).isCloseTo(Math.tanh(0.5), offset(1e-12));
    SentimentScore awful = S.analyze("bad bad bad bad bad bad bad bad bad bad bad bad", ENGLISH);
    assertThat(awful.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    assertThat(awful.score()).isBetween(-1.0, -0.99);
    SentimentScore mixed = S.analyze("good and bad", ENGLISH);
    assertThat(mixed).isEqualTo(new SentimentScore(Sentiment.NEUTRAL, 0));
    SentimentScore faint = S.analyze("fast but broken, good", ENGLISH);
    assertThat(faint.sentiment()).isEqualTo(Sentiment.POSITIVE);
    assertThat(S.analyze("", null)).isEqualTo(new SentimentScore(Sentiment.NEUTRAL, 0));
  }

  @Test
  void aNegatingPronounOpeningItsClauseOrASetPhraseIsNotAComplaint() {
    assertThat(sum("Nothing to say", ENGLISH)).isZero();
    assertThat(sum("Price was good, nothing special", ENGLISH)).isEqualTo(1);
    assertThat(sum("I have nothing to add", ENGLISH)).as("set phrase").isZero();
    assertThat(sum("Inget att tillägga", SWEDISH)).isZero();
    assertThat(sum("Jag har inget att tillägga", SWEDISH)).isZero();
    assertThat(sum("Niks aan toe te voegen", DUTCH)).isZero();
    assertThat(sum("Nichts hinzuzufügen", GERMAN)).isZero();
    assertThat(S.analyze("Nothing to add", ENGLISH).sentiment()).isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void anyNegatorOpeningASetPhraseIsNotAComplaint() {
    assertThat(sum("No idea, sorry", ENGLISH)).isZero();
    assertThat(sum("No reply yet", ENGLISH)).as("not a set phrase, and yet is not next to it").isEqualTo(-0.5);
  }

  @Test
  void aNegatingPronounAfterAVerbIsAComplaint() {
    assertThat(sum("Die Suche findet nix", GERMAN)).isEqualTo(-0.5);
    assertThat(sum("er lag niks", DUTCH)).isEqualTo(-0.5);
  }

  @Test
  void aNegatorAgreeingWithAPronounIsNotBare() {
    assertThat(sum("Nie mam nic do dodania", POLISH)).isZero();
    assertThat(sum("Nie dostałem nic", POLISH)).as("the pronoun still counts").isEqualTo(-0.5);
  }

  @Test
  void notYetIsNotAComplaintButStillNotIs() {
    assertThat(sum("Kann ich noch nicht beurteilen", GERMAN)).isZero();
    assertThat(sum("heb het nog niet gebruikt", DUTCH)).isZero();
    assertThat(sum("not yet used", ENGLISH)).isZero();
    assertThat(sum("Geld ist immer noch nicht da", GERMAN))
        .as("a still word is not flipped by the negator after it, and that negator is bare")
        .isEqualTo(-1.5);
  }

  @Test
  void aNegatorInsideALexiconPhraseNegatesNothingElse() {
    assertThat(sum("dont work and fast", ENGLISH)).isEqualTo(-1 + 1);
    assertThat(sum("dont like it", ENGLISH)).as("a negator outside a phrase is bare").isEqualTo(-0.5);
  }

  @Test
  void aNegatorAfterTheVerbFlipsItInSwedishDutchAndGerman() {
    assertThat(sum("Jag gillar den inte", SWEDISH)).isEqualTo(-1);
    assertThat(sum("Het bevalt me niet", DUTCH)).isEqualTo(-1);
    assertThat(sum("Das gefällt mir nicht", GERMAN)).isEqualTo(-1);
    assertThat(sum("Das gefällt mir gar nicht", GERMAN)).as("a phrase negator").isEqualTo(-1);
    assertThat(S.analyze("Het bevalt me niet", DUTCH).sentiment()).isEqualTo(Sentiment.NEGATIVE);
  }

  @Test
  void aNegatorAfterTheVerbIsLimited() {
    assertThat(sum("gefällt mir heute wohl nicht", GERMAN))
        .as("more than three tokens away: bare")
        .isEqualTo(1 - 0.5);
    assertThat(sum("gefällt mir, nicht", GERMAN)).as("another clause").isEqualTo(1 - 0.5);
    assertThat(sum("gefällt mir nicht schlecht", GERMAN))
        .as("the negator stays with the word it precedes")
        .isEqualTo(1 + 1);
    assertThat(sum("Das gefällt mir nicht", null)).as("no language: no post-verbal rule").isEqualTo(0.5);
  }

  @Test
  void englishAndPolishKeepTheNegatorBeforeTheWord() {
    assertThat(sum("helpful it was not", ENGLISH)).isEqualTo(1 - 0.5);
    assertThat(sum("dobry jest nie", POLISH)).isEqualTo(1 - 0.5);
  }

  @Test
  void aNeutralPhraseHidesTheSentimentWordInIt() {
    assertThat(sum("would be good", ENGLISH)).isZero();
    assertThat(sum("would be good, not bad", ENGLISH)).isEqualTo(1);
    assertThat(sum("it is good", ENGLISH)).isEqualTo(1);
  }

  @Test
  void aLexiconWithBadJsonIsRejectedWithItsPath() {
    assertThatThrownBy(() -> SentimentLexicon.fromJson("{\"xx\": {}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("xx: unknown language code 'xx', expected one of en, sv, nl, pl, de");
    assertThatThrownBy(() -> SentimentLexicon.fromJson("{\"en\": {\"positive\": [\"ok\", 3]}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("en.positive[1]: must be a JSON string, but was 3");
    assertThatThrownBy(() -> SentimentLexicon.fromJson("{\"en\": {\"positive\": [\" \"]}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("en.positive[0]: term must hold a letter or digit, but was ' '");
    assertThatThrownBy(() -> SentimentLexicon.fromJson("{\"en\": {\"happy\": []}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "en.happy: unknown list 'happy', expected one of positive, negative, negators,"
                + " intensifiers, contrast, pronouns, pending, still, neutral");
  }
}
