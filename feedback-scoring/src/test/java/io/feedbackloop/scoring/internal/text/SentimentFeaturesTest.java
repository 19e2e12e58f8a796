package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.scoring.text.TextLanguage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentFeaturesTest {
  private static final SentimentFeatures WORDS = new SentimentFeatures(false, false);
  private static final SentimentFeatures ALL = new SentimentFeatures(true, true);

  @Test
  void wordsAreStemmedAndPrefixedWithTheLanguage() {
    assertThat(WORDS.of("Deliveries arrived", TextLanguage.ENGLISH))
        .containsOnlyKeys("bias", "en:deliver", "en:arriv");
    assertThat(WORDS.of("Leveransen kom", TextLanguage.SWEDISH))
        .containsOnlyKeys("bias", "sv:leverans", "sv:kom");
  }

  @Test
  void wordsInANegatorsScopeAreMarkedButNotTheNegatorNorWordsAfterAClauseEnd() {
    Map<String, Double> f = WORDS.of("Not good at all, nice box", TextLanguage.ENGLISH);

    assertThat(f)
        .containsKeys("en:not", "en:NOT_good", "en:NOT_at", "en:nic", "en:box")
        .doesNotContainKeys("en:good", "en:NOT_not", "en:NOT_nic");
  }

  @Test
  void bigramsJoinNeighboursOfOneClauseOnly() {
    Map<String, Double> f =
        new SentimentFeatures(true, false).of("Fast delivery, great price", TextLanguage.ENGLISH);

    assertThat(f)
        .containsKeys("en:fast_deliver", "en:great_pric")
        .doesNotContainKeys("en:deliver_great");
    assertThat(WORDS.of("Fast delivery", TextLanguage.ENGLISH))
        .doesNotContainKeys("en:fast_deliver");
  }

  @Test
  void numbersAreOneFeature() {
    assertThat(WORDS.of("3 days, 14:00", TextLanguage.ENGLISH)).containsOnlyKeys("bias", "en:0", "en:day");
  }

  @Test
  void emojiGiveTheirVerdict() {
    assertThat(WORDS.of("ok 👍", TextLanguage.ENGLISH)).containsKey("emoji:+");
    assertThat(WORDS.of("ok 😡", TextLanguage.ENGLISH)).containsKey("emoji:-");
    assertThat(WORDS.of("ok", TextLanguage.ENGLISH)).doesNotContainKeys("emoji:+", "emoji:-");
  }

  @Test
  void theLexiconFeaturesCarryItsScoreVerdictHitsAndContrast() {
    Map<String, Double> f = ALL.of("Great shoes, but the delivery was late", TextLanguage.ENGLISH);
    double score =
        LexiconSentiment.defaults()
            .analyze("Great shoes, but the delivery was late", TextLanguage.ENGLISH)
            .score();

    assertThat(f.get("lex:score")).isEqualTo(Math.round(score * 1e6) / 1e6);
    assertThat(f).containsEntry("lex:negative", 1.0).containsEntry("lex:contrast", 1.0);
    assertThat(f).containsEntry("lex:hits+", 1.0).containsEntry("lex:hits-", 1.0);
    assertThat(WORDS.of("Great shoes, but late", TextLanguage.ENGLISH))
        .doesNotContainKeys("lex:score", "lex:contrast", "lex:hits+");
  }

  @Test
  void negatedLexiconHitsCountForTheOtherSideAndAtMostThree() {
    assertThat(ALL.of("not good", TextLanguage.ENGLISH))
        .containsEntry("lex:hits-", 1.0)
        .doesNotContainKey("lex:hits+")
        .doesNotContainKey("lex:contrast");
    assertThat(ALL.of("good, great, lovely, excellent", TextLanguage.ENGLISH))
        .containsEntry("lex:hits+", 3.0)
        .containsEntry("lex:positive", 1.0);
  }

  @Test
  void aTextOfUnknownLanguageHasOnlyLanguageFreeFeatures() {
    assertThat(ALL.of("great 👍", null))
        .containsOnlyKeys("bias", "emoji:+", "lex:score", "lex:positive", "lex:hits+");
  }

  @Test
  void settingsAreNamedAndFoundByName() {
    for (boolean b : new boolean[] {false, true}) {
      for (boolean l : new boolean[] {false, true}) {
        SentimentFeatures f = new SentimentFeatures(b, l);
        assertThat(SentimentFeatures.named(f.name())).isEqualTo(f);
      }
    }
    assertThat(ALL.name()).isEqualTo("unigrams+bigrams+lexicon");
    assertThat(WORDS.name()).isEqualTo("unigrams");
    assertThatThrownBy(() -> SentimentFeatures.named("bigrams"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("features must be unigrams[+bigrams][+lexicon], but was bigrams");
  }
}
