package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaleDirection;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Merging and the byte and JSON forms on seeded random data. Replay a failure with {@code
 * -Dfeedback.seed=<printed seed>}.
 */
class AccumulatorPropertyTest {
  private static long seed;

  @BeforeAll
  static void seed() {
    String fixed = System.getProperty("feedback.seed");
    seed = fixed != null ? Long.parseLong(fixed) : new Random().nextLong();
    System.out.println("seed=" + seed);
  }

  /** Adds answers, mixing unit-weight, weighted and bulk adds. */
  private static void fill(NpsAccumulator acc, Random r, int n) {
    int bulk = r.nextInt(n + 1);
    int[] scores = new int[bulk];
    for (int i = 0; i < bulk; i++) {
      scores[i] = r.nextInt(11);
    }
    acc.addAll(scores, 0, bulk);
    for (int i = bulk; i < n; i++) {
      if (r.nextBoolean()) {
        acc.add(r.nextInt(11));
      } else {
        acc.add(r.nextInt(11), r.nextInt(4) == 0 ? 0 : r.nextDouble() * 5);
      }
    }
  }

  private static void assertSame(NpsAccumulator actual, NpsAccumulator expected) {
    assertThat(actual.count()).isEqualTo(expected.count());
    for (int s = 0; s <= 10; s++) {
      assertThat(actual.count(s)).isEqualTo(expected.count(s));
      assertThat(actual.weightSum(s))
          .isCloseTo(expected.weightSum(s), within(1e-9 * Math.max(1, expected.weightSum(s))));
      assertThat(actual.weightSquareSum(s)).isCloseTo(expected.weightSquareSum(s),
          within(1e-9 * Math.max(1, expected.weightSquareSum(s))));
    }
  }

  @Test
  void npsMergeEqualsAccumulatingTheUnion() {
    for (int round = 0; round < 200; round++) {
      Random r = new Random(seed + round);
      int na = r.nextInt(60);
      int nb = r.nextInt(60);
      long dataSeed = r.nextLong();
      NpsAccumulator a = new NpsAccumulator();
      NpsAccumulator b = new NpsAccumulator();
      NpsAccumulator union = new NpsAccumulator();
      fill(a, new Random(dataSeed), na);
      fill(b, new Random(dataSeed + 1), nb);
      fill(union, new Random(dataSeed), na);
      fill(union, new Random(dataSeed + 1), nb);
      NpsAccumulator ab = a.copy().merge(b);
      NpsAccumulator ba = b.copy().merge(a);
      assertSame(ab, union);
      assertSame(ba, union);
      // associativity with a third part
      NpsAccumulator c = new NpsAccumulator();
      fill(c, new Random(dataSeed + 2), r.nextInt(30));
      assertSame(a.copy().merge(b).merge(c), a.copy().merge(b.copy().merge(c)));
      // results agree too
      NpsResult merged = Scorer.ofDefaults().nps(ab);
      NpsResult direct = Scorer.ofDefaults().nps(union);
      assertThat(merged.n()).isEqualTo(direct.n());
      assertThat(merged.promoters()).isEqualTo(direct.promoters());
      assertThat(merged.score().isPresent()).isEqualTo(direct.score().isPresent());
      if (direct.hasEstimate()) {
        assertThat(merged.score().getAsDouble())
            .isCloseTo(direct.score().getAsDouble(), within(1e-9));
      }
    }
  }

  @Test
  void npsRoundTripsThroughBytesAndJson() {
    for (int round = 0; round < 200; round++) {
      Random r = new Random(seed ^ (round * 31L));
      NpsAccumulator a = new NpsAccumulator();
      fill(a, r, r.nextInt(80));
      NpsAccumulator fromBytes = NpsAccumulator.fromBytes(a.toBytes());
      NpsAccumulator fromJson = NpsAccumulator.fromJson(a.toJson());
      for (int s = 0; s <= 10; s++) {
        assertThat(fromBytes.count(s)).isEqualTo(a.count(s));
        assertThat(fromBytes.weightSum(s)).isEqualTo(a.weightSum(s));
        assertThat(fromBytes.weightSquareSum(s)).isEqualTo(a.weightSquareSum(s));
        assertThat(fromJson.count(s)).isEqualTo(a.count(s));
        assertThat(fromJson.weightSum(s)).isEqualTo(a.weightSum(s));
        assertThat(fromJson.weightSquareSum(s)).isEqualTo(a.weightSquareSum(s));
      }
      assertThat(fromBytes.toBytes()).isEqualTo(a.toBytes());
      assertThat(fromJson.toJson()).isEqualTo(a.toJson());
    }
  }

  @Test
  void scaleMergeAndRoundTrips() {
    Scale[] scales = {
      Scale.csat(), Scale.ces(),
      new Scale(1, 7, 1, ScaleDirection.DESCENDING, Metric.CES, 3),
      new Scale(-10, 10, 5, ScaleDirection.ASCENDING, Metric.CSAT, 5)
    };
    for (int round = 0; round < 200; round++) {
      Random r = new Random(seed + 7L * round);
      Scale scale = scales[r.nextInt(scales.length)];
      ScaleAccumulator a = ScaleAccumulator.of(scale);
      ScaleAccumulator b = ScaleAccumulator.of(scale);
      ScaleAccumulator union = ScaleAccumulator.of(scale);
      int na = r.nextInt(50);
      int nb = r.nextInt(50);
      for (int i = 0; i < na + nb; i++) {
        int v = scale.min() + r.nextInt(scale.points()) * scale.step();
        boolean weighted = r.nextBoolean();
        double w = r.nextDouble() * 3;
        ScaleAccumulator part = i < na ? a : b;
        if (weighted) {
          part.add(v, w);
          union.add(v, w);
        } else {
          part.add(v);
          union.add(v);
        }
      }
      ScaleAccumulator merged = b.copy().merge(a);
      ScaleAccumulator bytes = ScaleAccumulator.fromBytes(merged.toBytes());
      ScaleAccumulator json = ScaleAccumulator.fromJson(merged.toJson());
      assertThat(bytes.scale()).isEqualTo(scale);
      assertThat(json.scale()).isEqualTo(scale);
      for (int i = 0; i < scale.points(); i++) {
        int v = scale.min() + i * scale.step();
        assertThat(merged.count(v)).isEqualTo(union.count(v));
        assertThat(merged.weightSum(v))
            .isCloseTo(union.weightSum(v), within(1e-9 * Math.max(1, union.weightSum(v))));
        assertThat(merged.weightSquareSum(v)).isCloseTo(union.weightSquareSum(v),
            within(1e-9 * Math.max(1, union.weightSquareSum(v))));
        assertThat(bytes.count(v)).isEqualTo(merged.count(v));
        assertThat(bytes.weightSum(v)).isEqualTo(merged.weightSum(v));
        assertThat(json.count(v)).isEqualTo(merged.count(v));
        assertThat(json.weightSquareSum(v)).isEqualTo(merged.weightSquareSum(v));
      }
    }
  }

  @Test
  void segmentedCountsEqualPerSegmentAccumulators() {
    for (int round = 0; round < 50; round++) {
      Random r = new Random(seed - round);
      int segments = 1 + r.nextInt(8);
      int n = r.nextInt(500);
      int[] scores = new int[n];
      int[] ids = new int[n];
      NpsAccumulator[] expected = new NpsAccumulator[segments];
      for (int s = 0; s < segments; s++) {
        expected[s] = new NpsAccumulator();
      }
      for (int i = 0; i < n; i++) {
        scores[i] = r.nextInt(11);
        ids[i] = r.nextInt(segments);
        expected[ids[i]].add(scores[i]);
      }
      SegmentedCounts counts = SegmentedCounts.nps(segments);
      int cut = n == 0 ? 0 : r.nextInt(n);
      counts.addAll(scores, ids, 0, cut);
      counts.addAll(scores, ids, cut, n);
      for (int s = 0; s < segments; s++) {
        NpsAccumulator actual = counts.npsAccumulator(s);
        for (int v = 0; v <= 10; v++) {
          assertThat(actual.count(v)).isEqualTo(expected[s].count(v));
          assertThat(counts.count(s, v)).isEqualTo(expected[s].count(v));
        }
      }
    }
  }
}
