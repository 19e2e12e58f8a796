package io.feedbackloop.benchmarks.scoring;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.scoring.Dimension;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.SegmentKey;
import io.feedbackloop.scoring.SegmentedScores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * NPS of real {@link Response} objects held in memory, segmented by two attributes with 50 values
 * each (2,500 combined segments), plus overall. One operation scores every response.
 *
 * <ul>
 *   <li>{@code handLoop}: a hand-written loop over the responses — find the answer, look both
 *       attribute values up in two {@code HashMap<String, Integer>}, count into a flat array, then
 *       the hand-written formulas;
 *   <li>{@code ours}: {@link SegmentedScores#accept} per response, then {@link
 *       SegmentedScores#segments()} and {@link SegmentedScores#overall()};
 *   <li>{@code streams}: {@code responses.stream().collect(groupingBy(List.of(a, b),
 *       groupingBy(category, counting())))}, then the same formulas.
 * </ul>
 *
 * <p>10 million responses need about 4 GB: run with {@code -jvmArgs -Xmx12g}, or pass {@code -p
 * responses=2000000}. {@link #setUp()} throws unless all three count alike. Run: {@code java -jar
 * benchmarks/target/feedback-benchmarks.jar ResponseScoring -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc
 * -jvmArgs -Xmx12g}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResponseScoringBenchmark {
  /** Number of responses. */
  @Param("10000000")
  public int responses;

  private static final Survey SURVEY = Survey.builder("post-delivery")
      .question(NpsQuestion.of("nps", LocalizedText.of(Locale.ENGLISH, "How likely?")))
      .build();

  private final String[] aNames = Workload.names("a");
  private final String[] bNames = Workload.names("b");
  private final Map<String, Integer> aIndex = index(aNames);
  private final Map<String, Integer> bIndex = index(bNames);
  private final SegmentedScores.Builder<NpsResult> builder =
      SegmentedScores.npsBuilder(SURVEY, "nps")
          .groupBy(Dimension.attribute("a"), Dimension.attribute("b"));
  private List<Response> data = List.of();

  private static Map<String, Integer> index(String[] names) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], i);
    }
    return m;
  }

  /** Builds the seeded responses and checks that every variant counts alike. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(Workload.SEED);
    TenantId tenant = TenantId.of("acme");
    Instant[] times = new Instant[1440];
    for (int i = 0; i < times.length; i++) {
      times[i] = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i * 1800L);
    }
    List<Response> list = new ArrayList<>(responses);
    for (int i = 0; i < responses; i++) {
      list.add(Response.builder(tenant, "post-delivery")
          .id(Integer.toString(i, 36))
          .submittedAt(times[i % times.length])
          .attribute("a", aNames[r.nextInt(Workload.VALUES)])
          .attribute("b", bNames[r.nextInt(Workload.VALUES)])
          .answer("nps", Workload.npsScore(r))
          .build());
    }
    data = list;

    long[] hand = countByHand();
    long[] categories = new long[Workload.SEGMENTS * 3];
    for (int s = 0; s < Workload.SEGMENTS; s++) {
      for (int v = 0; v <= 10; v++) {
        categories[s * 3 + (v <= 6 ? 0 : v <= 8 ? 1 : 2)] += hand[s * 11 + v];
      }
    }
    long[] oursCounts = new long[Workload.SEGMENTS * 3];
    SegmentedScores<NpsResult> ours = builder.build();
    data.forEach(ours::accept);
    for (Map.Entry<SegmentKey, NpsResult> e : ours.segments().entrySet()) {
      int s = segmentOf(e.getKey().values().get("a"), e.getKey().values().get("b"));
      oursCounts[s * 3] = e.getValue().detractors();
      oursCounts[s * 3 + 1] = e.getValue().passives();
      oursCounts[s * 3 + 2] = e.getValue().promoters();
    }
    Workload.sameCounts("SegmentedScores", categories, oursCounts);
    long[] streamCounts = new long[Workload.SEGMENTS * 3];
    streamGroups().forEach((key, byCategory) -> byCategory.forEach(
        (c, n) -> streamCounts[segmentOf(key.get(0), key.get(1)) * 3 + c] = n));
    Workload.sameCounts("Streams groupingBy", categories, streamCounts);
    Workload.close("our scores", handLoop(), scores(ours()), 1e-9);
    Workload.close("Streams scores", handLoop(), streams(), 1e-9);
  }

  private int segmentOf(@org.jspecify.annotations.Nullable String a,
      @org.jspecify.annotations.Nullable String b) {
    Integer x = aIndex.get(a);
    Integer y = bIndex.get(b);
    if (x == null || y == null) {
      throw new IllegalStateException("segment must be known, but was " + a + "/" + b);
    }
    return x * Workload.VALUES + y;
  }

  private static int score(Response r) {
    List<Answer> answers = r.answers();
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i) instanceof ScoreAnswer s && s.questionId().equals("nps")) {
        return s.value();
      }
    }
    return -1;
  }

  private long[] countByHand() {
    long[] counts = new long[Workload.SEGMENTS * 11];
    for (Response r : data) {
      int v = score(r);
      if (v < 0) {
        continue;
      }
      Map<String, String> attributes = r.attributes();
      counts[segmentOf(attributes.get("a"), attributes.get("b")) * 11 + v]++;
    }
    return counts;
  }

  /** (a') The hand-written loop over Response objects and the hand-written formulas. */
  @Benchmark
  public double[] handLoop() {
    return Workload.npsFromCounts(countByHand(), Workload.SEGMENTS);
  }

  /** Ours: the per-Response path, then every segment's result and the overall result. */
  @Benchmark
  public SegmentedScores<NpsResult> ours() {
    SegmentedScores<NpsResult> s = builder.build();
    for (Response r : data) {
      s.accept(r);
    }
    if (s.segments().size() != Workload.SEGMENTS || s.overall().n() != data.size()) {
      throw new IllegalStateException("ours must see every segment and response");
    }
    return s;
  }

  private double[] scores(SegmentedScores<NpsResult> s) {
    double[] out = new double[Workload.SEGMENTS * 3];
    for (Map.Entry<SegmentKey, NpsResult> e : s.segments().entrySet()) {
      int i = segmentOf(e.getKey().values().get("a"), e.getKey().values().get("b"));
      out[i * 3] = e.getValue().score().orElse(Double.NaN);
      out[i * 3 + 1] = e.getValue().interval().orElseThrow().low();
      out[i * 3 + 2] = e.getValue().interval().orElseThrow().high();
    }
    return out;
  }

  private Map<List<String>, Map<Integer, Long>> streamGroups() {
    return data.stream()
        .filter(r -> r.answer("nps").isPresent())
        .collect(Collectors.groupingBy(
            r -> List.of(r.attributes().get("a"), r.attributes().get("b")),
            Collectors.groupingBy(r -> {
              int v = ((ScoreAnswer) r.answer("nps").orElseThrow()).value();
              return v <= 6 ? 0 : v <= 8 ? 1 : 2;
            }, Collectors.counting())));
  }

  /** (b) The Streams idiom over Response objects, then the same formulas. */
  @Benchmark
  public double[] streams() {
    long[] counts = new long[Workload.SEGMENTS * 11];
    streamGroups().forEach((key, byCategory) -> {
      int s = segmentOf(key.get(0), key.get(1));
      counts[s * 11] = byCategory.getOrDefault(0, 0L);
      counts[s * 11 + 7] = byCategory.getOrDefault(1, 0L);
      counts[s * 11 + 9] = byCategory.getOrDefault(2, 0L);
    });
    return Workload.npsFromCounts(counts, Workload.SEGMENTS);
  }
}
