package io.feedbackloop.scoring.text;

import io.feedbackloop.scoring.internal.MiniJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The evaluation harness of text insight: reads labelled comments (JSON Lines {@code {"id",
 * "language", "text", "topics", "sentiment"}}) and measures topic precision, recall and F1 per topic
 * and language, macro F1 over topics, sentiment accuracy, and language-detection accuracy (the
 * detector alone, without the locale).
 *
 * <p>Run it through {@code TextEvaluationTest}, or {@code main} with the split ({@code tune}, {@code
 * dev} or {@code holdout}).
 */
public final class TextEvaluation {
  static final String FOLDER = "/io/feedbackloop/scoring/text/eval/";
  static final List<String> LANGUAGES = List.of("en", "sv", "nl", "pl", "de");

  /** One labelled comment. */
  record Row(String id, String language, String text, SortedSet<String> topics, Sentiment sentiment) {}

  /** True and false positives and false negatives of one topic. */
  static final class Counts {
    int tp;
    int fp;
    int fn;

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    boolean seen() {
      return tp + fp + fn > 0;
    }
  }

  /** The figures of one language or of all. */
  static final class Figures {
    final Map<String, Counts> topics = new TreeMap<>();
    int rows;
    int sentimentRight;
    int languageRight;

    Counts topic(String id) {
      return topics.computeIfAbsent(id, k -> new Counts());
    }

    /** The mean F1 over topics that occur in the labels or the predictions. */
    double macroF1() {
      double sum = 0;
      int n = 0;
      for (Counts c : topics.values()) {
        if (c.seen()) {
          sum += c.f1();
          n++;
        }
      }
      return n == 0 ? 1 : sum / n;
    }

    double sentimentAccuracy() {
      return rows == 0 ? 0 : (double) sentimentRight / rows;
    }

    double languageAccuracy() {
      return rows == 0 ? 0 : (double) languageRight / rows;
    }
  }

  /** The result: per language and overall. */
  record Report(String name, Map<String, Figures> byLanguage, Figures overall) {
    Figures language(String code) {
      return java.util.Objects.requireNonNull(byLanguage.get(code), code);
    }

    String toMarkdown() {
      StringBuilder b = new StringBuilder();
      b.append("### Text insight evaluation: ").append(name).append("\n\n");
      b.append("| language | rows | topic macro F1 | sentiment accuracy | detection accuracy |\n");
      b.append("|---|---:|---:|---:|---:|\n");
      byLanguage.forEach((l, f) -> b.append(summary(l, f)));
      b.append(summary("all", overall)).append('\n');
      b.append("| language | topic | P | R | F1 | tp | fp | fn |\n");
      b.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
      byLanguage.forEach(
          (l, f) ->
              f.topics.forEach(
                  (t, c) -> {
                    if (c.seen()) {
                      b.append(
                          String.format(
                              Locale.ROOT,
                              "| %s | %s | %.2f | %.2f | %.2f | %d | %d | %d |%n",
                              l, t, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn));
                    }
                  }));
      return b.toString();
    }

    private static String summary(String language, Figures f) {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %.3f | %.3f | %.3f |%n",
          language,
          f.rows,
          f.macroF1(),
          f.sentimentAccuracy(),
          f.languageAccuracy());
    }
  }

  private TextEvaluation() {}

  /** Prints the Markdown report of the split named by {@code args[0]} ({@code tune} by default). */
  public static void main(String[] args) {
    String split = args.length > 0 ? args[0] : "tune";
    System.out.println(evaluate(split, loadSplit(split), TextAnalyzer.ofDefaults()).toMarkdown());
  }

  /** The rows of a split, all five languages. */
  static List<Row> loadSplit(String split) {
    List<Row> rows = new ArrayList<>();
    for (String language : LANGUAGES) {
      rows.addAll(parse(read(FOLDER + split + "/" + language + ".jsonl")));
    }
    return rows;
  }

  static String read(String resource) {
    try (InputStream in = TextEvaluation.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " must exist, but is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON Lines; blank lines are skipped. */
  static List<Row> parse(String jsonLines) {
    List<Row> rows = new ArrayList<>();
    String[] lines = jsonLines.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        Map<String, Object> o = MiniJson.object(MiniJson.parse(line), "line");
        SortedSet<String> topics = new TreeSet<>();
        for (Object t : MiniJson.array(MiniJson.field(o, "topics"), "topics")) {
          topics.add(MiniJson.string(t, "topic"));
        }
        String sentiment = MiniJson.string(MiniJson.field(o, "sentiment"), "sentiment");
        rows.add(
            new Row(
                MiniJson.string(MiniJson.field(o, "id"), "id"),
                MiniJson.string(MiniJson.field(o, "language"), "language"),
                MiniJson.string(MiniJson.field(o, "text"), "text"),
                topics,
                Sentiment.valueOf(sentiment.toUpperCase(Locale.ROOT))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return rows;
  }

  /**
   * Evaluates {@code analyzer} on {@code rows}, passing each row's language as the locale; the
   * detection figure asks the analyzer's detector alone.
   */
  static Report evaluate(String name, List<Row> rows, TextAnalyzer analyzer) {
    Map<String, Figures> byLanguage = new TreeMap<>();
    Figures overall = new Figures();
    for (Row row : rows) {
      Figures f = byLanguage.computeIfAbsent(row.language(), k -> new Figures());
      TextInsight insight = analyzer.analyze(row.text(), Locale.forLanguageTag(row.language()));
      Optional<TextLanguage> detected = analyzer.languageDetector().detect(row.text());
      boolean languageRight =
          detected.map(TextLanguage::code).orElse(TextLanguage.UNDETERMINED).equals(row.language());
      for (Figures g : List.of(f, overall)) {
        g.rows++;
        if (insight.sentiment().sentiment() == row.sentiment()) {
          g.sentimentRight++;
        }
        if (languageRight) {
          g.languageRight++;
        }
        count(g, row.topics(), insight.topics());
      }
    }
    return new Report(name, byLanguage, overall);
  }

  private static void count(Figures f, Set<String> expected, Set<String> actual) {
    for (String t : expected) {
      if (actual.contains(t)) {
        f.topic(t).tp++;
      } else {
        f.topic(t).fn++;
      }
    }
    for (String t : actual) {
      if (!expected.contains(t)) {
        f.topic(t).fp++;
      }
    }
  }
}
