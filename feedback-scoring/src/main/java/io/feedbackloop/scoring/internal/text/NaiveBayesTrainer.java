package io.feedbackloop.scoring.internal.text;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains a multinomial naive Bayes over present features as a {@link SoftmaxModel}: the weight of
 * a feature for a class is the log of its add-{@code alpha} smoothed share of that class's feature
 * occurrences, and the {@link SentimentFeatures#BIAS} weight (present in every example) also
 * carries the log prior of the class. Features seen in fewer than {@code minCount} examples are
 * dropped first; weights are rounded to four decimals. Deterministic; stateless.
 */
public final class NaiveBayesTrainer {

  /**
   * The training settings.
   *
   * @param features the feature set the examples were built with
   * @param alpha the smoothing count added to every feature and class, > 0
   * @param minCount the fewest examples a feature must occur in to get a weight, at least 1
   */
  public record Settings(SentimentFeatures features, double alpha, int minCount) {
    /** Checks the settings. */
    public Settings {
      if (!(alpha > 0)) {
        throw new IllegalArgumentException("alpha must be > 0, but was " + alpha);
      }
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount must be >= 1, but was " + minCount);
      }
    }
  }

  private NaiveBayesTrainer() {}

  /**
   * Trains a model on {@code examples}; {@code comments} become the model file's comment lines.
   *
   * @throws IllegalArgumentException if there are no examples
   */
  public static SoftmaxModel train(
      List<SoftmaxTrainer.Example> examples, Settings settings, List<String> comments) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("examples must not be empty, but was empty");
    }
    int k = SoftmaxModel.CLASSES;
    Map<String, Integer> seen = new TreeMap<>();
    for (SoftmaxTrainer.Example e : examples) {
      for (String f : e.features().keySet()) {
        seen.merge(f, 1, Integer::sum);
      }
    }
    Map<String, double[]> counts = new TreeMap<>();
    double[] totals = new double[k];
    double[] prior = new double[k];
    for (SoftmaxTrainer.Example e : examples) {
      int c = SoftmaxModel.column(e.label());
      prior[c]++;
      for (String f : new TreeMap<>(e.features()).keySet()) {
        if (seen.getOrDefault(f, 0) >= settings.minCount()) {
          counts.computeIfAbsent(f, x -> new double[k])[c]++;
          totals[c]++;
        }
      }
    }
    double alpha = settings.alpha();
    int vocabulary = counts.size();
    Map<String, double[]> weights = new TreeMap<>();
    counts.forEach(
        (f, n) -> {
          double[] w = new double[k];
          for (int c = 0; c < k; c++) {
            w[c] = StrictMath.log((n[c] + alpha) / (totals[c] + alpha * vocabulary));
          }
          weights.put(f, w);
        });
    double[] bias = weights.computeIfAbsent(SentimentFeatures.BIAS, x -> new double[k]);
    for (int c = 0; c < k; c++) {
      // a class never seen gets no chance rather than log(0)
      bias[c] += prior[c] == 0 ? -1e4 : StrictMath.log(prior[c] / examples.size());
    }
    weights.replaceAll(
        (f, w) -> {
          double[] rounded = new double[k];
          for (int c = 0; c < k; c++) {
            rounded[c] = Math.round(w[c] * 1e4) / 1e4;
          }
          return rounded;
        });
    return new SoftmaxModel(settings.features(), true, comments, weights);
  }
}
