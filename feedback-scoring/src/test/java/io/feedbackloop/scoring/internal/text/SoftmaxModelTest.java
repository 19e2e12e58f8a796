package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.feedbackloop.scoring.text.Sentiment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoftmaxModelTest {
  private static final String FILE =
      """
      # a comment
      features\tunigrams+bigrams
      classes\tnegative\tneutral\tpositive
      bias\t0\t0.5\t0
      en:good\t-1\t0\t1.25
      en:late\t2\t0\t-2
      """;

  @Test
  void readsAndWritesTheSameFile() {
    SoftmaxModel model = SoftmaxModel.parse(FILE);

    assertThat(model.features()).isEqualTo(new SentimentFeatures(true, false));
    assertThat(model.size()).isEqualTo(3);
    assertThat(model.toTsv()).isEqualTo(FILE);
  }

  @Test
  void probabilitiesAreTheSoftmaxOfTheWeightedSumsAndUnknownFeaturesCountNothing() {
    SoftmaxModel model = SoftmaxModel.parse(FILE);

    double[] p = model.probabilities(Map.of("bias", 1.0, "en:good", 2.0, "en:unknown", 5.0));

    // scores: negative -2, neutral 0.5, positive 2.5
    double sum = Math.exp(-2) + Math.exp(0.5) + Math.exp(2.5);
    assertThat(p[0]).isCloseTo(Math.exp(-2) / sum, offset(1e-12));
    assertThat(p[1]).isCloseTo(Math.exp(0.5) / sum, offset(1e-12));
    assertThat(p[2]).isCloseTo(Math.exp(2.5) / sum, offset(1e-12));
  }

  @Test
  void softmaxIsStableForLargeScores() {
    assertThat(SoftmaxModel.softmax(new double[] {1000, 1000, -1000}))
        .containsExactly(new double[] {0.5, 0.5, 0}, offset(1e-12));
  }

  @Test
  void formatsWeightsShortly() {
    assertThat(SoftmaxModel.format(0.25)).isEqualTo("0.25");
    assertThat(SoftmaxModel.format(-1)).isEqualTo("-1");
    assertThat(SoftmaxModel.format(1.23456)).isEqualTo("1.2346");
    assertThat(SoftmaxModel.format(-0.00001)).isEqualTo("0");
    assertThat(SoftmaxModel.format(10)).isEqualTo("10");
  }

  @Test
  void columnsFollowTheSentimentOrder() {
    for (Sentiment s : Sentiment.values()) {
      assertThat(SoftmaxModel.sentiment(SoftmaxModel.column(s))).isEqualTo(s);
    }
    assertThat(SoftmaxModel.column(Sentiment.NEGATIVE)).isZero();
    assertThat(SoftmaxModel.column(Sentiment.POSITIVE)).isEqualTo(2);
    assertThatThrownBy(() -> SoftmaxModel.sentiment(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column must be 0, 1 or 2, but was 3");
  }

  @Test
  void malformedFilesAreNamedByLine() {
    assertThatThrownBy(() -> SoftmaxModel.parse(FILE + "en:bad\t1\t2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model line 7: a weight line must have 4 cells, but had 3");
    assertThatThrownBy(() -> SoftmaxModel.parse(FILE + "en:good\t1\t2\t3\n"))
        .hasMessage("model line 7: feature en:good must be listed once");
    assertThatThrownBy(() -> SoftmaxModel.parse(FILE + "en:x\t1\tone\t3\n"))
        .hasMessage("model line 7: For input string: \"one\"");
    assertThatThrownBy(() -> SoftmaxModel.parse("weights\tx\n"))
        .hasMessage("model line 1: line must start with features, but was weights\tx");
    assertThatThrownBy(() -> SoftmaxModel.parse("features\tunigrams+trigrams\n"))
        .hasMessage(
            "model line 1: features must be unigrams[+bigrams][+lexicon], but was unigrams+trigrams");
    assertThatThrownBy(() -> SoftmaxModel.parse("features\tunigrams\nclasses\tpositive\n"))
        .hasMessage(
            "model line 2: line must start with classes\tnegative\tneutral\tpositive, but was"
                + " classes\tpositive");
    assertThatThrownBy(() -> SoftmaxModel.parse("# only a comment\n"))
        .hasMessage("model must have a features and a classes line");
  }
}
