package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.feedbackloop.scoring.text.Sentiment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NaiveBayesTrainerTest {
  private static final SentimentFeatures WORDS = new SentimentFeatures(false, false);

  private static SoftmaxTrainer.Example example(Sentiment label, String... words) {
    Map<String, Double> x = new java.util.TreeMap<>();
    x.put(SentimentFeatures.BIAS, 1.0);
    for (String w : words) {
      x.put(w, 0.25);
    }
    return new SoftmaxTrainer.Example(x, label);
  }

  private static final List<SoftmaxTrainer.Example> EXAMPLES =
      List.of(
          example(Sentiment.NEGATIVE, "bad", "box"),
          example(Sentiment.NEGATIVE, "bad"),
          example(Sentiment.POSITIVE, "good", "box"),
          example(Sentiment.NEUTRAL, "box", "once"));

  @Test
  void weightsAreSmoothedLogLikelihoodsAndTheBiasAddsTheLogPrior() {
    SoftmaxModel model =
        NaiveBayesTrainer.train(EXAMPLES, new NaiveBayesTrainer.Settings(WORDS, 1, 1), List.of());

    assertThat(model.presence()).isTrue();
    // vocabulary: bad, bias, box, good, once (5); negative has 5 occurrences (bias twice)
    double[] p = model.probabilities(Map.of("bad", 0.25));
    double bad = Math.log((2 + 1.0) / (5 + 5));
    double badNeutral = Math.log((0 + 1.0) / (3 + 5));
    double badPositive = Math.log((0 + 1.0) / (3 + 5));
    double sum = Math.exp(bad) + Math.exp(badNeutral) + Math.exp(badPositive);
    // features count by presence: the value 0.25 is ignored
    assertThat(p[0]).isCloseTo(Math.exp(bad) / sum, offset(1e-4));
    String tsv = model.toTsv();
    assertThat(tsv).contains("features\tunigrams\tpresence\n");
    double biasNegative = Math.log(3.0 / 10) + Math.log(2.0 / 4);
    assertThat(tsv).contains("\nbias\t" + SoftmaxModel.format(biasNegative) + "\t");
    assertThat(SoftmaxModel.parse(tsv).presence()).isTrue();
    assertThat(SoftmaxModel.parse(tsv).toTsv()).isEqualTo(tsv);
  }

  @Test
  void predictsTheClassOfItsWordsAndDropsRareFeatures() {
    SoftmaxModel model =
        NaiveBayesTrainer.train(EXAMPLES, new NaiveBayesTrainer.Settings(WORDS, 1, 2), List.of());

    assertThat(LearnedSentiment.verdict(model.probabilities(Map.of("bias", 1.0, "bad", 1.0))).sentiment())
        .isEqualTo(Sentiment.NEGATIVE);
    assertThat(model.toTsv()).doesNotContain("once").doesNotContain("good").contains("\nbox\t");
  }

  @Test
  void rejectsBadSettingsAndNoExamples() {
    assertThatThrownBy(() -> new NaiveBayesTrainer.Settings(WORDS, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha must be > 0, but was 0.0");
    assertThatThrownBy(() -> new NaiveBayesTrainer.Settings(WORDS, 1, 0))
        .hasMessage("minCount must be >= 1, but was 0");
    NaiveBayesTrainer.Settings ok = new NaiveBayesTrainer.Settings(WORDS, 1, 1);
    assertThatThrownBy(() -> NaiveBayesTrainer.train(List.of(), ok, List.of()))
        .hasMessage("examples must not be empty, but was empty");
  }
}
