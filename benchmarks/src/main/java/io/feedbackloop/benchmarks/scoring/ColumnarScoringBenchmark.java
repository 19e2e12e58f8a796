package io.feedbackloop.benchmarks.scoring;

import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.NpsAccumulator;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.Proportion;
import io.feedbackloop.scoring.ScaleAccumulator;
import io.feedbackloop.scoring.ScaleResult;
import io.feedbackloop.scoring.Scorer;
import io.feedbackloop.scoring.SegmentedCounts;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
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
 * Scoring 10 million answers held in columnar form ({@code int[]} scores plus {@code int[]}
 * segment ids), 2,500 segments (two attributes × 50 values, combined), NPS with adjusted-Wald
 * intervals and CSAT with Wilson intervals. One operation scores all answers and every segment.
 *
 * <ul>
 *   <li>{@code *Floor}: a hand-written counting loop plus hand-written formulas — the floor;
 *   <li>{@code *Ours}: {@link SegmentedCounts} plus {@link Scorer} per segment and overall;
 *   <li>{@code *Streams}: {@code IntStream.boxed().collect(groupingBy(...))}, what a user writes;
 *   <li>{@code *CommonsMath}: the floor's counting loop with the intervals from Commons Math 3
 *       ({@link NormalDistribution#inverseCumulativeProbability}, {@link WilsonScoreInterval}).
 *   <li>{@code intervals*}: the interval part alone, 2,500 CSAT Wilson intervals from counts.
 * </ul>
 *
 * <p>{@link #setUp()} runs every variant once and throws unless all count alike and the
 * intervals agree. Run: {@code java -jar benchmarks/target/feedback-benchmarks.jar
 * ColumnarScoring -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ColumnarScoringBenchmark {
  /** Number of answers. */
  @Param("10000000")
  public int answers;

  private int[] nps = new int[0];
  private int[] csat = new int[0];
  private int[] segments = new int[0];
  private final Scorer scorer = Scorer.ofDefaults();
  private long[] csatCounts = new long[0];
  private ScaleAccumulator[] csatAccumulators = new ScaleAccumulator[0];

  /** Builds the seeded columns and checks that every variant agrees. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(Workload.SEED);
    nps = new int[answers];
    csat = new int[answers];
    segments = new int[answers];
    for (int i = 0; i < answers; i++) {
      nps[i] = Workload.npsScore(r);
      csat[i] = Workload.csatScore(r);
      segments[i] = r.nextInt(Workload.VALUES) * Workload.VALUES + r.nextInt(Workload.VALUES);
    }
    long[] floorNps = countNps();
    SegmentedCounts ours = SegmentedCounts.nps(Workload.SEGMENTS).addAll(nps, segments);
    long[] oursNps = new long[floorNps.length];
    for (int s = 0; s < Workload.SEGMENTS; s++) {
      for (int v = 0; v <= 10; v++) {
        oursNps[s * 11 + v] = ours.count(s, v);
      }
    }
    Workload.sameCounts("SegmentedCounts NPS", floorNps, oursNps);
    long[] streamNps = new long[Workload.SEGMENTS * 3];
    streamsNpsGroups().forEach((s, byCategory) -> byCategory.forEach(
        (c, n) -> streamNps[s * 3 + c] = n));
    long[] floorCategories = new long[Workload.SEGMENTS * 3];
    for (int s = 0; s < Workload.SEGMENTS; s++) {
      for (int v = 0; v <= 10; v++) {
        floorCategories[s * 3 + category(v)] += floorNps[s * 11 + v];
      }
    }
    Workload.sameCounts("Streams groupingBy NPS", floorCategories, streamNps);

    double[] floorScores = npsFloor();
    Workload.close("our NPS", floorScores, npsOurs(), 1e-9);
    Workload.close("Commons Math NPS", floorScores, npsCommonsMath(), 1e-9);
    Workload.close("Streams NPS", floorScores, npsStreams(), 1e-9);

    csatCounts = countCsat();
    csatAccumulators = new ScaleAccumulator[Workload.SEGMENTS];
    SegmentedCounts oursCsat = SegmentedCounts.of(Scale.csat(), Workload.SEGMENTS)
        .addAll(csat, segments);
    for (int s = 0; s < Workload.SEGMENTS; s++) {
      csatAccumulators[s] = oursCsat.scaleAccumulator(s);
      for (int v = 1; v <= 5; v++) {
        if (csatAccumulators[s].count(v) != csatCounts[s * 5 + v - 1]) {
          throw new IllegalStateException("SegmentedCounts CSAT must count like the hand loop");
        }
      }
    }
    double[] floorWilson = csatFloor();
    Workload.close("our Wilson", floorWilson, csatOurs(), 1e-9);
    Workload.close("Commons Math Wilson", floorWilson, csatCommonsMath(), 1e-9);
    Workload.close("Streams CSAT", floorWilson, csatStreams(), 1e-9);
    Workload.close("our Wilson from counts", floorWilson, intervalsOurs(), 1e-9);
    Workload.close("Commons Math Wilson from counts", floorWilson, intervalsCommonsMath(), 1e-9);
  }

  private static int category(int score) {
    return score <= 6 ? 0 : score <= 8 ? 1 : 2;
  }

  private long[] countNps() {
    long[] counts = new long[Workload.SEGMENTS * 11];
    final int[] v = nps;
    final int[] s = segments;
    for (int i = 0; i < v.length; i++) {
      counts[s[i] * 11 + v[i]]++;
    }
    return counts;
  }

  private long[] countCsat() {
    long[] counts = new long[Workload.SEGMENTS * 5];
    final int[] v = csat;
    final int[] s = segments;
    for (int i = 0; i < v.length; i++) {
      counts[s[i] * 5 + v[i] - 1]++;
    }
    return counts;
  }

  /** (a) The floor: a counting loop and hand-written adjusted-Wald NPS per segment. */
  @Benchmark
  public double[] npsFloor() {
    return Workload.npsFromCounts(countNps(), Workload.SEGMENTS);
  }

  /** Ours: {@link SegmentedCounts} and {@link Scorer#nps} per segment and overall. */
  @Benchmark
  public double[] npsOurs() {
    SegmentedCounts counts = SegmentedCounts.nps(Workload.SEGMENTS).addAll(nps, segments);
    double[] out = new double[Workload.SEGMENTS * 3];
    NpsAccumulator all = new NpsAccumulator();
    for (int s = 0; s < Workload.SEGMENTS; s++) {
      NpsAccumulator acc = counts.npsAccumulator(s);
      NpsResult result = scorer.nps(acc);
      out[s * 3] = result.score().orElse(Double.NaN);
      Interval ci = result.interval().orElseThrow();
      out[s * 3 + 1] = ci.low();
      out[s * 3 + 2] = ci.high();
      all.merge(acc);
    }
    if (scorer.nps(all).n() != nps.length) {
      throw new IllegalStateException("overall n must be " + nps.length);
    }
    return out;
  }

  /** (b) The Streams idiom: box every index, group by segment and category, count. */
  private Map<Integer, Map<Integer, Long>> streamsNpsGroups() {
    return IntStream.range(0, nps.length).boxed().collect(Collectors.groupingBy(
        i -> segments[i], Collectors.groupingBy(i -> category(nps[i]), Collectors.counting())));
  }

  /** (b) The Streams idiom, then the same formulas as the floor. */
  @Benchmark
  public double[] npsStreams() {
    Map<Integer, Map<Integer, Long>> groups = streamsNpsGroups();
    long[] counts = new long[Workload.SEGMENTS * 11];
    groups.forEach((s, byCategory) -> {
      // a detractor, a passive and a promoter score stand for their category in the formula
      counts[s * 11] = byCategory.getOrDefault(0, 0L);
      counts[s * 11 + 7] = byCategory.getOrDefault(1, 0L);
      counts[s * 11 + 9] = byCategory.getOrDefault(2, 0L);
    });
    return Workload.npsFromCounts(counts, Workload.SEGMENTS);
  }

  /** (c) The floor's counting loop, z from Commons Math's normal distribution. */
  @Benchmark
  public double[] npsCommonsMath() {
    long[] counts = countNps();
    NormalDistribution normal = new NormalDistribution(null, 0, 1);
    double z = normal.inverseCumulativeProbability(0.975);
    double[] out = new double[Workload.SEGMENTS * 3];
    for (int s = 0; s < Workload.SEGMENTS; s++) {
      long d = 0;
      long p = 0;
      long n = 0;
      for (int v = 0; v <= 10; v++) {
        long c = counts[s * 11 + v];
        n += c;
        d += v <= 6 ? c : 0;
        p += v >= 9 ? c : 0;
      }
      out[s * 3] = 100.0 * (p - d) / n;
      double na = n + 3;
      double pa = (p + 0.75) / na;
      double da = (d + 0.75) / na;
      double centre = pa - da;
      double half = z * Math.sqrt((pa + da - centre * centre) / na);
      out[s * 3 + 1] = 100 * Math.max(-1, centre - half);
      out[s * 3 + 2] = 100 * Math.min(1, centre + half);
    }
    return out;
  }

  /** (a) The floor for CSAT: counting loop and hand-written Wilson intervals. */
  @Benchmark
  public double[] csatFloor() {
    return Workload.wilsonFromCounts(countCsat(), Workload.SEGMENTS);
  }

  /** Ours for CSAT: {@link SegmentedCounts} and {@link Scorer#score} (Wilson share, t mean). */
  @Benchmark
  public double[] csatOurs() {
    SegmentedCounts counts = SegmentedCounts.of(Scale.csat(), Workload.SEGMENTS)
        .addAll(csat, segments);
    double[] out = new double[Workload.SEGMENTS * 3];
    ScaleAccumulator all = ScaleAccumulator.csat();
    for (int s = 0; s < Workload.SEGMENTS; s++) {
      ScaleAccumulator acc = counts.scaleAccumulator(s);
      writeShare(scorer.score(acc), out, s);
      all.merge(acc);
    }
    if (scorer.score(all).n() != csat.length) {
      throw new IllegalStateException("overall n must be " + csat.length);
    }
    return out;
  }

  private static void writeShare(ScaleResult result, double[] out, int s) {
    Proportion share = result.positiveShare().orElseThrow();
    out[s * 3] = share.share();
    out[s * 3 + 1] = share.interval().low();
    out[s * 3 + 2] = share.interval().high();
  }

  /** (b) The Streams idiom for CSAT: group by segment and value, count, then Wilson by hand. */
  @Benchmark
  public double[] csatStreams() {
    Map<Integer, Map<Integer, Long>> groups = IntStream.range(0, csat.length).boxed()
        .collect(Collectors.groupingBy(i -> segments[i],
            Collectors.groupingBy(i -> csat[i], Collectors.counting())));
    long[] counts = new long[Workload.SEGMENTS * 5];
    groups.forEach((s, byValue) -> byValue.forEach((v, n) -> counts[s * 5 + v - 1] = n));
    return Workload.wilsonFromCounts(counts, Workload.SEGMENTS);
  }

  /** (c) The floor's counting loop with Commons Math's {@link WilsonScoreInterval}. */
  @Benchmark
  public double[] csatCommonsMath() {
    return commonsWilson(countCsat());
  }

  private static double[] commonsWilson(long[] counts) {
    WilsonScoreInterval wilson = new WilsonScoreInterval();
    double[] out = new double[Workload.SEGMENTS * 3];
    for (int s = 0; s < Workload.SEGMENTS; s++) {
      int base = s * 5;
      long n = counts[base] + counts[base + 1] + counts[base + 2] + counts[base + 3]
          + counts[base + 4];
      long k = counts[base + 3] + counts[base + 4];
      ConfidenceInterval ci = wilson.createInterval((int) n, (int) k, 0.95);
      out[s * 3] = (double) k / n;
      out[s * 3 + 1] = ci.getLowerBound();
      out[s * 3 + 2] = ci.getUpperBound();
    }
    return out;
  }

  /** The interval part alone, ours: 2,500 CSAT results (Wilson share and t mean) from counts. */
  @Benchmark
  public double[] intervalsOurs() {
    double[] out = new double[Workload.SEGMENTS * 3];
    for (int s = 0; s < Workload.SEGMENTS; s++) {
      writeShare(scorer.score(csatAccumulators[s]), out, s);
    }
    return out;
  }

  /** The interval part alone, Commons Math: 2,500 Wilson intervals from counts. */
  @Benchmark
  public double[] intervalsCommonsMath() {
    return commonsWilson(csatCounts);
  }
}
