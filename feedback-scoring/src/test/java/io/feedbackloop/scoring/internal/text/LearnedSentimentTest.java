package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.SentimentScore;
import io.feedbackloop.scoring.text.TextLanguage;
import org.junit.jupiter.api.Test;

class LearnedSentimentTest {
  private static final LearnedSentiment TOY =
      LearnedSentiment.of(
          SoftmaxModel.parse(
              """
              features\tunigrams
              classes\tnegative\tneutral\tpositive
              bias\t0\t0.5\t0
              en:good\t-2\t0\t2
              en:NOT_good\t2\t0\t-2
              sv:bra\t-2\t0\t2
              """));

  @Test
  void theVerdictIsTheMostProbableClassAndTheScoreTheDifferenceOfTheEnds() {
    assertThat(LearnedSentiment.verdict(new double[] {0.1, 0.2, 0.7}))
        .isEqualTo(new SentimentScore(Sentiment.POSITIVE, 0.6));
    SentimentScore negative = LearnedSentiment.verdict(new double[] {0.5, 0.3, 0.2});
    assertThat(negative.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    assertThat(negative.score()).isCloseTo(-0.3, offset(1e-12));
    assertThat(LearnedSentiment.verdict(new double[] {0.3, 0.4, 0.3}).sentiment())
        .isEqualTo(Sentiment.NEUTRAL);
    // ties go to neutral
    assertThat(LearnedSentiment.verdict(new double[] {0.45, 0.1, 0.45}))
        .isEqualTo(new SentimentScore(Sentiment.NEUTRAL, 0));
    assertThat(LearnedSentiment.verdict(new double[] {0.4, 0.4, 0.2}).sentiment())
        .isEqualTo(Sentiment.NEUTRAL);
    assertThat(LearnedSentiment.verdict(new double[] {0.2, 0.4, 0.4}).sentiment())
        .isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void readsTheTextThroughTheModel() {
    assertThat(TOY.analyze("good", TextLanguage.ENGLISH).sentiment()).isEqualTo(Sentiment.POSITIVE);
    assertThat(TOY.analyze("not good", TextLanguage.ENGLISH).sentiment())
        .isEqualTo(Sentiment.NEGATIVE);
    assertThat(TOY.analyze("whatever", TextLanguage.ENGLISH).sentiment())
        .isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void anUnknownLanguageIsDetectedFirst() {
    // "bra" only has a Swedish weight: the detector must have told the language
    assertThat(TOY.analyze("Det var en bra och snabb leverans, jag är nöjd med det", null).sentiment())
        .isEqualTo(Sentiment.POSITIVE);
    assertThat(TOY.analyze("xyz", null).sentiment()).isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void theBundledModelLoadsOnceAndReadsClearComments() {
    assertThat(LearnedSentiment.defaults()).isSameAs(LearnedSentiment.defaults());
    assertThat(LearnedSentiment.defaults().model().features())
        .isEqualTo(new SentimentFeatures(false, true));
    assertThat(LearnedSentiment.defaults().model().presence()).isTrue();
    assertThat(LearnedSentiment.defaults().model().size()).isGreaterThan(1000);
    LearnedSentiment model = LearnedSentiment.defaults();
    assertThat(model.analyze("Terrible service, the parcel never arrived.", TextLanguage.ENGLISH).sentiment())
        .isEqualTo(Sentiment.NEGATIVE);
    assertThat(model.analyze("Super snabb leverans, mycket nöjd!", TextLanguage.SWEDISH).sentiment())
        .isEqualTo(Sentiment.POSITIVE);
    assertThat(model.analyze("Paczka nie dotarła, nikt nie odpowiada.", TextLanguage.POLISH).sentiment())
        .isEqualTo(Sentiment.NEGATIVE);
  }
}
