package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.Sentiment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains a {@link SoftmaxModel}: minimizes the summed cross-entropy of the labelled examples plus
 * {@code l2 / 2} times the squared weights (all but the {@link SentimentFeatures#BIAS}) with {@link
 * Lbfgs}. Features seen in fewer than {@code minCount} examples are dropped first, and the weights
 * are rounded to four decimals (a feature whose three weights round to zero is dropped), so that
 * the model file stays small and the same on every machine. Deterministic; stateless.
 */
public final class SoftmaxTrainer {
  static final int MAX_ITERATIONS = 500;
  static final double TOLERANCE = 1e-10;

  /** A labelled comment, as features. */
  public record Example(Map<String, Double> features, Sentiment label) {
    /** Copies the features. */
    public Example {
      features = Map.copyOf(features);
    }
  }

  /**
   * The training settings.
   *
   * @param features the feature set the examples were built with
   * @param l2 the weight of the squared-weights penalty, at least 0
   * @param minCount the fewest examples a feature must occur in to get a weight, at least 1
   */
  public record Settings(SentimentFeatures features, double l2, int minCount) {
    /** Checks the settings. */
    public Settings {
      if (!(l2 >= 0)) {
        throw new IllegalArgumentException("l2 must be >= 0, but was " + l2);
      }
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount must be >= 1, but was " + minCount);
      }
    }
  }

  private SoftmaxTrainer() {}

  /**
   * Trains a model on {@code examples}; {@code comments} become the model file's comment lines.
   *
   * @throws IllegalArgumentException if there are no examples
   */
  public static SoftmaxModel train(
      List<Example> examples, Settings settings, List<String> comments) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("examples must not be empty, but was empty");
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (Example e : examples) {
      for (String f : e.features().keySet()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() >= settings.minCount() || c.getKey().equals(SentimentFeatures.BIAS)) {
        index.put(c.getKey(), index.size());
      }
    }
    Problem problem = new Problem(examples, index, settings.l2());
    double[] w = new double[index.size() * SoftmaxModel.CLASSES];
    Lbfgs.minimize(problem, w, MAX_ITERATIONS, TOLERANCE);
    Map<String, double[]> weights = new TreeMap<>();
    for (Map.Entry<String, Integer> f : index.entrySet()) {
      double[] rounded = new double[SoftmaxModel.CLASSES];
      boolean any = false;
      for (int c = 0; c < SoftmaxModel.CLASSES; c++) {
        rounded[c] = Math.round(w[f.getValue() * SoftmaxModel.CLASSES + c] * 1e4) / 1e4;
        any |= rounded[c] != 0;
      }
      if (any) {
        weights.put(f.getKey(), rounded);
      }
    }
    return new SoftmaxModel(settings.features(), false, comments, weights);
  }

  /** The penalized cross-entropy over sparse rows; weights laid out feature by feature. */
  static final class Problem implements Lbfgs.Objective {
    private final int[][] columns;
    private final double[][] values;
    private final int[] labels;
    private final double l2;
    private final int bias;

    Problem(List<Example> examples, Map<String, Integer> index, double l2) {
      int n = examples.size();
      this.columns = new int[n][];
      this.values = new double[n][];
      this.labels = new int[n];
      this.l2 = l2;
      Integer b = index.get(SentimentFeatures.BIAS);
      this.bias = b == null ? -1 : b;
      for (int i = 0; i < n; i++) {
        Example e = examples.get(i);
        List<Integer> cols = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        // the examples' maps have no order; sorting by column fixes the summation order
        new TreeMap<>(e.features())
            .forEach(
                (name, value) -> {
                  Integer col = index.get(name);
                  if (col != null) {
                    cols.add(col);
                    vals.add(value);
                  }
                });
        columns[i] = cols.stream().mapToInt(Integer::intValue).toArray();
        values[i] = vals.stream().mapToDouble(Double::doubleValue).toArray();
        labels[i] = SoftmaxModel.column(e.label());
      }
    }

    @Override
    public double evaluate(double[] w, double[] gradient) {
      int k = SoftmaxModel.CLASSES;
      double loss = 0;
      for (int j = 0; j < w.length; j++) {
        boolean penalized = j / k != bias;
        gradient[j] = penalized ? l2 * w[j] : 0;
        loss += penalized ? 0.5 * l2 * w[j] * w[j] : 0;
      }
      double[] z = new double[k];
      for (int i = 0; i < columns.length; i++) {
        java.util.Arrays.fill(z, 0);
        for (int t = 0; t < columns[i].length; t++) {
          int base = columns[i][t] * k;
          for (int c = 0; c < k; c++) {
            z[c] += w[base + c] * values[i][t];
          }
        }
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double sum = 0;
        for (int c = 0; c < k; c++) {
          sum += StrictMath.exp(z[c] - max);
        }
        double logSum = max + StrictMath.log(sum);
        loss += logSum - z[labels[i]];
        for (int c = 0; c < k; c++) {
          double p = StrictMath.exp(z[c] - logSum);
          double residual = p - (c == labels[i] ? 1 : 0);
          for (int t = 0; t < columns[i].length; t++) {
            gradient[columns[i][t] * k + c] += residual * values[i][t];
          }
        }
      }
      return loss;
    }
  }
}
