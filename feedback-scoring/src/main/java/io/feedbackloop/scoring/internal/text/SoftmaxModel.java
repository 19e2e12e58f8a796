package io.feedbackloop.scoring.internal.text;

import io.feedbackloop.scoring.text.Sentiment;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A linear model over named features: one weight per feature and {@link Sentiment}, the class
 * probabilities a softmax of the summed weights. A multinomial logistic regression ({@link
 * SoftmaxTrainer}) and a multinomial naive Bayes ({@link NaiveBayesTrainer}, features counted by
 * presence, marked {@code presence} after the feature set) both have this form. Written to and
 * read from a small tab-separated text file:
 *
 * <pre>
 * # comment lines
 * features	unigrams+bigrams+lexicon
 * classes	negative	neutral	positive
 * bias	0.1234	-0.2	0.0766
 * en:late	0.91	-0.3	-0.61
 * </pre>
 *
 * Immutable and thread-safe.
 */
public final class SoftmaxModel {
  static final int CLASSES = 3;
  private static final String CLASS_LINE = "classes\tnegative\tneutral\tpositive";
  private static final String PRESENCE = "presence";

  private final SentimentFeatures features;
  private final boolean presence;
  private final List<String> comments;
  private final Map<String, double[]> weights;

  SoftmaxModel(
      SentimentFeatures features,
      boolean presence,
      List<String> comments,
      Map<String, double[]> weights) {
    this.features = features;
    this.presence = presence;
    this.comments = List.copyOf(comments);
    this.weights = Collections.unmodifiableMap(new HashMap<>(weights));
  }

  /** The column of {@code sentiment} in the weights: negative, neutral, positive. */
  public static int column(Sentiment sentiment) {
    return switch (sentiment) {
      case NEGATIVE -> 0;
      case NEUTRAL -> 1;
      case POSITIVE -> 2;
    };
  }

  /** The sentiment of weight column {@code column}, the inverse of {@link #column}. */
  public static Sentiment sentiment(int column) {
    return switch (column) {
      case 0 -> Sentiment.NEGATIVE;
      case 1 -> Sentiment.NEUTRAL;
      case 2 -> Sentiment.POSITIVE;
      default -> throw new IllegalArgumentException("column must be 0, 1 or 2, but was " + column);
    };
  }

  /** The features this model reads. */
  public SentimentFeatures features() {
    return features;
  }

  /**
   * Whether a feature counts 1 when present, whatever its value: true for a naive Bayes model
   * (weights are log-likelihoods, the bias the log prior), false for a logistic regression.
   */
  public boolean presence() {
    return presence;
  }

  /** The number of features with a weight. */
  public int size() {
    return weights.size();
  }

  /**
   * The probabilities of negative, neutral and positive (in {@link Sentiment} order) for a
   * comment's features; features without a weight count nothing.
   */
  public double[] probabilities(Map<String, Double> x) {
    double[] z = new double[CLASSES];
    for (Map.Entry<String, Double> e : x.entrySet()) {
      double[] w = weights.get(e.getKey());
      if (w != null) {
        double v = presence ? 1 : e.getValue();
        for (int c = 0; c < CLASSES; c++) {
          z[c] += w[c] * v;
        }
      }
    }
    return softmax(z);
  }

  /** Turns scores into probabilities, in place, and returns them. */
  static double[] softmax(double[] z) {
    double max = Math.max(z[0], Math.max(z[1], z[2]));
    double sum = 0;
    for (int c = 0; c < CLASSES; c++) {
      z[c] = StrictMath.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < CLASSES; c++) {
      z[c] /= sum;
    }
    return z;
  }

  /** The model as the text of a model file, features in name order. */
  public String toTsv() {
    StringBuilder b = new StringBuilder();
    for (String c : comments) {
      b.append("# ").append(c).append('\n');
    }
    b.append("features\t").append(features.name()).append(presence ? "\t" + PRESENCE : "").append('\n');
    b.append(CLASS_LINE).append('\n');
    for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
      b.append(e.getKey());
      for (double w : e.getValue()) {
        b.append('\t').append(format(w));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** A weight with at most four decimals and no trailing zeros: {@code 0.25}, {@code -1}. */
  static String format(double w) {
    String s = String.format(Locale.ROOT, "%.4f", w);
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    s = s.substring(0, end);
    return s.equals("-0") ? "0" : s;
  }

  /**
   * Reads a model file.
   *
   * @throws IllegalArgumentException if a line is malformed, naming it
   */
  public static SoftmaxModel parse(String tsv) {
    String[] lines = tsv.split("\n", -1);
    SentimentFeatures features = null;
    boolean presence = false;
    boolean classes = false;
    List<String> comments = new java.util.ArrayList<>();
    Map<String, double[]> weights = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      try {
        if (line.startsWith("#")) {
          comments.add(line.substring(1).strip());
        } else if (features == null) {
          String name = header(line, "features\t");
          presence = name.endsWith("\t" + PRESENCE);
          features =
              SentimentFeatures.named(
                  presence ? name.substring(0, name.length() - PRESENCE.length() - 1) : name);
        } else if (!classes) {
          header(line + "\t", CLASS_LINE + "\t");
          classes = true;
        } else {
          String[] cells = line.split("\t", -1);
          if (cells.length != CLASSES + 1) {
            throw new IllegalArgumentException(
                "a weight line must have 4 cells, but had " + cells.length);
          }
          double[] w = new double[CLASSES];
          for (int c = 0; c < CLASSES; c++) {
            w[c] = Double.parseDouble(cells[c + 1]);
          }
          if (weights.put(cells[0], w) != null) {
            throw new IllegalArgumentException("feature " + cells[0] + " must be listed once");
          }
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("model line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    if (features == null || !classes) {
      throw new IllegalArgumentException("model must have a features and a classes line");
    }
    return new SoftmaxModel(features, presence, comments, weights);
  }

  private static String header(String line, String expected) {
    if (!line.startsWith(expected)) {
      throw new IllegalArgumentException(
          "line must start with " + expected.strip() + ", but was " + line.strip());
    }
    return line.substring(expected.length());
  }
}
