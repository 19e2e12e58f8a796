package io.feedbackloop.benchmarks.text;

import io.feedbackloop.scoring.text.SentimentAnalyzer;
import io.feedbackloop.scoring.text.Taxonomy;
import io.feedbackloop.scoring.text.TextAnalyzer;
import io.feedbackloop.scoring.text.TextLanguage;
import io.feedbackloop.scoring.text.Topic;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comments tagged per second: our {@link TextAnalyzer} on the starter taxonomy beside a naive loop
 * of {@code String.contains} over the same keyword lists (the comment lower-cased once, every term
 * of the comment's language tried as a substring). Each operation tags the 50 comments of {@link
 * Comments}, so the score is comments per second. Run: {@code java -jar
 * benchmarks/target/feedback-benchmarks.jar 'text.TopicTaggingBenchmark' -f 1 -wi 3 -w 2s -i 5 -r
 * 2s -prof gc}.
 *
 * <p>The naive loop is the floor a user would write first; it does less than ours (no diacritics
 * folding, no stemming rules, no compound or word-boundary handling, no negation, no sentiment),
 * which is why our topics-only variant is the fair comparison and the full analysis is shown too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TopicTaggingBenchmark {
  private static final int N = 50;

  private final String[] texts = new String[N];
  private final Locale[] locales = new Locale[N];
  private final TextLanguage[] languages = new TextLanguage[N];
  private TextAnalyzer full = TextAnalyzer.ofDefaults();
  private TextAnalyzer topicsOnly = TextAnalyzer.ofDefaults();
  private TextAnalyzer fullLexicon = TextAnalyzer.ofDefaults();
  private final Map<TextLanguage, List<String[]>> keywords = new EnumMap<>(TextLanguage.class);

  /** Loads the corpus and the keyword lists, and prints what each side finds on it. */
  @Setup(Level.Trial)
  public void setUp() {
    if (Comments.ALL.size() != N) {
      throw new IllegalStateException("corpus must hold " + N + " comments");
    }
    for (int i = 0; i < N; i++) {
      texts[i] = Comments.ALL.get(i).text();
      locales[i] = Comments.ALL.get(i).locale();
      languages[i] = TextLanguage.of(locales[i]).orElseThrow();
    }
    Taxonomy taxonomy = Taxonomy.starter();
    full = TextAnalyzer.ofDefaults();
    fullLexicon =
        TextAnalyzer.builder().taxonomy(taxonomy).sentiment(SentimentAnalyzer.lexicon()).build();
    topicsOnly =
        TextAnalyzer.builder().taxonomy(taxonomy).sentiment(SentimentAnalyzer.neutral()).build();
    for (TextLanguage l : TextLanguage.values()) {
      List<String[]> pairs = new ArrayList<>();
      for (Topic t : taxonomy.topics()) {
        for (String term : t.terms().getOrDefault(l, List.of())) {
          String word = term.startsWith("=") ? term.substring(1) : term;
          pairs.add(new String[] {t.id(), word.toLowerCase(Locale.ROOT)});
        }
      }
      keywords.put(l, pairs);
    }
    int ours = 0;
    int naive = 0;
    for (int i = 0; i < N; i++) {
      ours += topicsOnly.analyze(texts[i], locales[i]).topics().size();
      naive += naiveTopics(i);
    }
    if (ours == 0) {
      throw new IllegalStateException("our analyzer found no topic: is the starter taxonomy empty?");
    }
    System.out.printf("%ntopics found on the corpus: ours %d, naive contains %d%n", ours, naive);
  }

  /**
   * Our analysis as a rule would use it: language from the locale, topics and sentiment (the
   * default, learned sentiment).
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public int oursFull() {
    int found = 0;
    for (int i = 0; i < N; i++) {
      found += full.analyze(texts[i], locales[i]).topics().size();
    }
    return found;
  }

  /** As {@link #oursFull()}, with the lexicon sentiment instead of the learned one. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int oursFullLexicon() {
    int found = 0;
    for (int i = 0; i < N; i++) {
      found += fullLexicon.analyze(texts[i], locales[i]).topics().size();
    }
    return found;
  }

  /** Our topic matching alone (sentiment switched off): the like-for-like comparison. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int oursTopicsOnly() {
    int found = 0;
    for (int i = 0; i < N; i++) {
      found += topicsOnly.analyze(texts[i], locales[i]).topics().size();
    }
    return found;
  }

  /** Ours with the language detected instead of given. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int oursDetectingLanguage() {
    int found = 0;
    for (int i = 0; i < N; i++) {
      found += full.analyze(texts[i]).topics().size();
    }
    return found;
  }

  /** The naive loop: lower-case once, then {@code contains} for every term of the language. */
  @Benchmark
  @OperationsPerInvocation(N)
  public int naiveContains() {
    int found = 0;
    for (int i = 0; i < N; i++) {
      found += naiveTopics(i);
    }
    return found;
  }

  private int naiveTopics(int i) {
    String lower = texts[i].toLowerCase(Locale.ROOT);
    List<String> hit = new ArrayList<>(4);
    for (String[] pair : keywords.getOrDefault(languages[i], List.of())) {
      if (!hit.contains(pair[0]) && lower.contains(pair[1])) {
        hit.add(pair[0]);
      }
    }
    return hit.size();
  }
}
