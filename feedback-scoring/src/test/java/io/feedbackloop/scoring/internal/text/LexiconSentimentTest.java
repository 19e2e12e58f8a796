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
    SentimentScore faint = S.analyze("fast but broken, broken", ENGLISH);
    assertThat(faint.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    assertThat(faint.score()).isCloseTo(Math.tanh((0.5 - 3) / 2), offset(1e-12));
    assertThat(S.analyze("fast but broken, good", ENGLISH).sentiment())
        .as("a conceded good and a main part that evens out: mixed")
        .isEqualTo(Sentiment.NEUTRAL);
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
                + " intensifiers, contrast, pronouns, pending, still, neutral, downtoners,"
                + " concessive, irrealis");
  }

  @Test
  void aRepairAfterAFaultIsMixed() {
    assertThat(sum("late, but good", ENGLISH)).as("stated fault").isZero();
    assertThat(sum("the box was open, but good", ENGLISH)).as("implied fault").isZero();
    assertThat(sum("late and bad, but good", ENGLISH))
        .as("the faults outweigh the repair")
        .isEqualTo(0.5 * (1 - 2));
    assertThat(sum("late, but very very good", ENGLISH)).as("the repair never wins").isZero();
    assertThat(S.analyze("late, but good", ENGLISH).sentiment()).isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void aPositiveMainPartAfterAPositiveOneStaysPositive() {
    assertThat(sum("good but fast", ENGLISH)).isEqualTo(1.5 + 0.5);
  }

  @Test
  void anEmptyMainPartImpliesTheOppositeOfTheConcededOne() {
    assertThat(sum("good, but the box was open", ENGLISH)).as("an implied fault: mixed").isZero();
    assertThat(sum("late, but the box was open", ENGLISH)).isEqualTo(0.5 * -1);
  }

  @Test
  void theVerdictStandsOutsideAConcessiveClause() {
    assertThat(sum("late even though fast", ENGLISH)).isEqualTo(1.5 * -1 + 0.5 * 1);
    assertThat(sum("Although late, good", ENGLISH)).as("the conceded clause comes first").isZero();
    assertThat(sum("good although the box was open", ENGLISH))
        .as("nothing conceded: the main part keeps its weight")
        .isEqualTo(1);
    assertThat(sum("the code was not taken, even though it was good", ENGLISH))
        .as("a bare failure and a positive conceded clause")
        .isEqualTo(1.5 * -0.5 + 0.5);
    assertThat(sum("charged in full even though it was good", ENGLISH))
        .as("an empty main part is the fault the conceded clause makes worse")
        .isEqualTo(-0.5);
  }

  @Test
  void aSentenceOpeningWithButAnswersTheSentenceBefore() {
    assertThat(sum("bad, bad. But fast", ENGLISH)).isEqualTo(0.5 * (1 - 2));
    assertThat(sum("Bad. But", ENGLISH)).as("no verdict after it: the sentence stays").isEqualTo(-1);
    assertThat(sum("Good. Fast but late", ENGLISH))
        .as("a sentence that concedes on its own")
        .isEqualTo(1 + 0.5 - 1.5);
  }

  @Test
  void aDowntonerSoftensTheWordAfterIt() {
    assertThat(sum("a bit late", ENGLISH)).isEqualTo(-0.5);
    assertThat(sum("a bit very late", ENGLISH)).as("the downtoner wins").isEqualTo(-0.5);
    assertThat(sum("a bit, late", ENGLISH)).as("another clause").isEqualTo(-1);
    assertThat(S.analyze("good but a bit late", ENGLISH).sentiment())
        .isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void aWishJudgesNothing() {
    assertThat(sum("it would be fast", ENGLISH)).isZero();
    assertThat(sum("it would be fast with no login", ENGLISH)).as("nor does a bare negator").isZero();
    assertThat(sum("it would not be fast", ENGLISH)).as("a negated wish is a statement").isEqualTo(-1);
    assertThat(sum("it would, be fast", ENGLISH)).as("the next clause is plain").isEqualTo(1);
    assertThat(sum("good, it would be fast", ENGLISH)).isEqualTo(1);
  }

  @Test
  void emojiCountWhenTheTextIsGiven() {
    assertThat(S.analyze("arrived in a day 🚀", ENGLISH).sentiment()).isEqualTo(Sentiment.POSITIVE);
    assertThat(S.analyze(Tokens.of("arrived in a day 🚀"), ENGLISH).sentiment())
        .as("tokens alone hold no emoji")
        .isEqualTo(Sentiment.NEUTRAL);
    String text = "good 😡😡";
    assertThat(S.analyze(text, Tokens.of(text), ENGLISH).score())
        .isCloseTo(Math.tanh((1 - 2) / 2.0), offset(1e-12));
  }
}
