package io.feedbackloop.scoring.text;

import io.feedbackloop.scoring.internal.text.SoftmaxModel;
import io.feedbackloop.scoring.internal.text.SoftmaxTrainer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Multinomial naive Bayes over present features: the baseline the logistic regression beats. */
final class NaiveBayes {
  private final double[] prior = new double[3];
  private final Map<String, double[]> logLikelihood = new HashMap<>();

  private NaiveBayes() {}

  static NaiveBayes train(List<SoftmaxTrainer.Example> examples, double alpha, int minCount) {
    Map<String, Integer> seen = new HashMap<>();
    for (SoftmaxTrainer.Example e : examples) {
      for (String f : e.features().keySet()) {
        seen.merge(f, 1, Integer::sum);
      }
    }
    Map<String, double[]> counts = new HashMap<>();
    double[] totals = new double[3];
    NaiveBayes nb = new NaiveBayes();
    for (SoftmaxTrainer.Example e : examples) {
      int c = SoftmaxModel.column(e.label());
      nb.prior[c]++;
      for (String f : e.features().keySet()) {
        if (seen.getOrDefault(f, 0) >= minCount) {
          counts.computeIfAbsent(f, k -> new double[3])[c]++;
          totals[c]++;
        }
      }
    }
    int vocabulary = counts.size();
    for (int c = 0; c < 3; c++) {
      nb.prior[c] = Math.log(nb.prior[c] / examples.size());
    }
    counts.forEach(
        (f, n) -> {
          double[] l = new double[3];
          for (int c = 0; c < 3; c++) {
            l[c] = Math.log((n[c] + alpha) / (totals[c] + alpha * vocabulary));
          }
          nb.logLikelihood.put(f, l);
        });
    return nb;
  }

  Sentiment predict(Set<String> features) {
    double[] s = prior.clone();
    for (String f : features) {
      double[] l = logLikelihood.get(f);
      if (l != null) {
        for (int c = 0; c < 3; c++) {
          s[c] += l[c];
        }
      }
    }
    int best = 1;
    for (int c = 0; c < 3; c++) {
      if (s[c] > s[best]) {
        best = c;
      }
    }
    return SoftmaxModel.sentiment(best);
  }
}
