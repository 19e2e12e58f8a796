package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.TextLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word families of the built-in lexicon that hold in every language, in sentences of our own. */
class DefaultLexiconFamiliesTest {
  private static Sentiment of(String text, String language) {
    return LexiconSentiment.defaults()
        .analyze(text, TextLanguage.fromCode(language).orElseThrow())
        .sentiment();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|The trousers are too tight around the waist",
        "de|Die Schuhe sind leider zu eng",
        "nl|De jas is te krap bij de schouders",
        "sv|Tröjan var för liten trots storleksguiden",
        "pl|Spodnie są za ciasne w pasie",
      })
  void tooPlusAMeasureIsAComplaint(String language, String text) {
    assertThat(of(text, language)).isEqualTo(Sentiment.NEGATIVE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        
        "de|Alles gut verpackt, kein einziges Glas kaputt",
        "pl|Załatwione bez zbędnych formalności",
      })
  void anEmphaticNegatorFlipsTheComplaintAfterIt(String language, String text) {
    assertThat(of(text, language)).isEqualTo(Sentiment.POSITIVE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Please send updates by text, not only by mail",
        "de|Bitte Updates per SMS, nicht nur per Mail",
        "nl|Graag updates via sms, niet alleen via mail",
        "sv|Skicka gärna sms, inte bara mejl",
        "pl|Proszę o SMS, nie tylko e-mail",
        "de|Keine weiteren Anmerkungen",
        "nl|Geen verdere opmerkingen",
      })
  void notOnlyAndNoFurtherAreNoComplaint(String language, String text) {
    assertThat(of(text, language)).isEqualTo(Sentiment.NEUTRAL);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|The support could not answer my simple question",
        "pl|Konsultant nie umiał odpowiedzieć na proste pytanie",
        "de|Die Lieferung dauerte länger als angegeben",
        "sv|Leveransen tog längre än utlovat",
      })
  void aSimpleQuestionIsNoPraiseAndLongerThanPromisedIsAComplaint(String language, String text) {
    assertThat(of(text, language)).isEqualTo(Sentiment.NEGATIVE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Neither good nor bad",
        "de|Weder gut noch schlecht",
        "sv|Varken bra eller dåligt",
        "pl|Ani dobrze, ani źle",
      })
  void neitherNorIsIndifference(String language, String text) {
    assertThat(of(text, language)).isEqualTo(Sentiment.NEUTRAL);
  }
}
