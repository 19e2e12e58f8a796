package io.feedbackloop.scoring.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.feedbackloop.scoring.text.Sentiment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoftmaxTrainerTest {
  private static final SentimentFeatures WORDS = new SentimentFeatures(false, false);

  private static SoftmaxTrainer.Example example(Sentiment label, String... features) {
    Map<String, Double> x = new LinkedHashMap<>();
    x.put(SentimentFeatures.BIAS, 1.0);
    for (String f : features) {
      x.put(f, 1.0);
    }
    return new SoftmaxTrainer.Example(x, label);
  }

  /** Three classes, each told by its own word; "filler" occurs everywhere. */
  private static List<SoftmaxTrainer.Example> separable() {
    List<SoftmaxTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      examples.add(example(Sentiment.NEGATIVE, "bad", "filler"));
      examples.add(example(Sentiment.NEUTRAL, "meh", "filler"));
      examples.add(example(Sentiment.POSITIVE, "good", "filler"));
    }
    return examples;
  }

  @Test
  void separatesALinearlySeparableSet() {
    SoftmaxModel model =
        SoftmaxTrainer.train(separable(), new SoftmaxTrainer.Settings(WORDS, 0.01, 1), List.of());

    for (SoftmaxTrainer.Example e : separable()) {
      double[] p = model.probabilities(e.features());
      assertThat(p[SoftmaxModel.column(e.label())]).as(e.toString()).isGreaterThan(0.9);
    }
    assertThat(model.probabilities(Map.of("good", 1.0, "bias", 1.0))[2]).isGreaterThan(0.9);
  }

  @Test
  void trainingLowersTheLossAndAStrongerPenaltyGivesSmallerWeights() {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String f : List.of("bad", "bias", "filler", "good", "meh")) {
      index.put(f, index.size());
    }
    SoftmaxTrainer.Problem problem = new SoftmaxTrainer.Problem(separable(), index, 0.1);
    double[] w = new double[15];
    double[] g = new double[15];
    double before = problem.evaluate(w, g);
    // 12 examples, three classes equally likely at zero weights
    assertThat(before).isCloseTo(12 * Math.log(3), offset(1e-9));
    Lbfgs.minimize(problem, w, 100, 1e-12);
    assertThat(problem.evaluate(w, g)).isLessThan(before / 2);

    double weak = weight(0.1, "good");
    double strong = weight(10, "good");
    assertThat(strong).isGreaterThan(0).isLessThan(weak);
  }

  private static double weight(double l2, String feature) {
    SoftmaxModel model =
        SoftmaxTrainer.train(separable(), new SoftmaxTrainer.Settings(WORDS, l2, 1), List.of());
    return model.probabilities(Map.of(feature, 1.0))[2];
  }

  @Test
  void theBiasIsNotPenalized() {
    Map<String, Integer> index = Map.of("bias", 0, "x", 1);
    SoftmaxTrainer.Problem problem =
        new SoftmaxTrainer.Problem(List.of(example(Sentiment.POSITIVE)), index, 100);
    double[] g = new double[6];
    double[] w = {1, 0, 0, 1, 0, 0};
    double withBias = problem.evaluate(w, g);
    double[] noBias = {0, 0, 0, 1, 0, 0};
    double withoutBias = problem.evaluate(noBias, g);
    // only x's weight is penalized: 0.5 * 100 * 1
    assertThat(withoutBias - Math.log(3)).isCloseTo(50, offset(1e-9));
    assertThat(withBias).isCloseTo(50 + Math.log(Math.E + 2), offset(1e-9));
  }

  @Test
  void dropsFeaturesSeenInFewerThanMinCountExamples() {
    List<SoftmaxTrainer.Example> examples = new ArrayList<>(separable());
    examples.add(example(Sentiment.POSITIVE, "once"));

    SoftmaxModel kept =
        SoftmaxTrainer.train(examples, new SoftmaxTrainer.Settings(WORDS, 0.1, 1), List.of());
    SoftmaxModel dropped =
        SoftmaxTrainer.train(examples, new SoftmaxTrainer.Settings(WORDS, 0.1, 2), List.of());

    assertThat(kept.toTsv()).contains("\nonce\t");
    assertThat(dropped.toTsv()).doesNotContain("once").contains("\ngood\t");
    assertThat(dropped.size()).isEqualTo(kept.size() - 1);
  }

  @Test
  void isDeterministicAndRoundsToFourDecimals() {
    SoftmaxTrainer.Settings settings = new SoftmaxTrainer.Settings(WORDS, 0.3, 1);
    String first = SoftmaxTrainer.train(separable(), settings, List.of("c")).toTsv();
    String second = SoftmaxTrainer.train(separable(), settings, List.of("c")).toTsv();
    assertThat(first).isEqualTo(second).startsWith("# c\nfeatures\tunigrams\n");
    assertThat(first.lines().skip(3))
        .allSatisfy(line -> assertThat(line).matches("[a-z]+(\\t-?\\d+(\\.\\d{1,4})?){3}"));
  }

  @Test
  void rejectsBadSettingsAndNoExamples() {
    assertThatThrownBy(() -> new SoftmaxTrainer.Settings(WORDS, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("l2 must be >= 0, but was -1.0");
    assertThatThrownBy(() -> new SoftmaxTrainer.Settings(WORDS, Double.NaN, 1))
        .hasMessage("l2 must be >= 0, but was NaN");
    assertThatThrownBy(() -> new SoftmaxTrainer.Settings(WORDS, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minCount must be >= 1, but was 0");
    SoftmaxTrainer.Settings ok = new SoftmaxTrainer.Settings(WORDS, 0, 1);
    assertThatThrownBy(() -> SoftmaxTrainer.train(List.of(), ok, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("examples must not be empty, but was empty");
  }
}
