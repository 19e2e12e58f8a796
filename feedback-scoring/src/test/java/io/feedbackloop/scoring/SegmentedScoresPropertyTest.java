package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.CsatQuestion;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.Survey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Merging shards equals one pass, in any order of responses, and every segment equals the {@link
 * Scorer} on that segment's values, on seeded random data. Replay a failure with {@code
 * -Dfeedback.seed=<printed seed>}.
 */
@SuppressWarnings("NullAway") // passes null on purpose; looks up keys known to exist
class SegmentedScoresPropertyTest {
  private static final Survey SURVEY = Survey.builder("s")
      .question(NpsQuestion.of("nps", LocalizedText.of(Locale.ENGLISH, "?")))
      .question(CsatQuestion.of("csat", LocalizedText.of(Locale.ENGLISH, "?")))
      .build();
  private static final String[] REGIONS = {"north", "south", "east"};
  private static final String[] TOUCHPOINTS = {"delivery", "purchase"};
  private static final List<Channel> CHANNELS =
      List.of(Channel.EMAIL, Channel.SMS, Channel.WEB);
  private static final List<TimeWindow> WINDOWS =
      List.of(TimeWindow.DAY, TimeWindow.WEEK, TimeWindow.MONTH);
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static long seed;

  @BeforeAll
  static void seed() {
    String fixed = System.getProperty("feedback.seed");
    seed = fixed != null ? Long.parseLong(fixed) : new Random().nextLong();
    System.out.println("SegmentedScoresPropertyTest seed=" + seed);
  }

  static List<Response> responses(Random r, int n, boolean weighted) {
    List<Response> out = new ArrayList<>();
    Instant start = Instant.parse("2026-02-20T00:00:00Z");
    for (int i = 0; i < n; i++) {
      Response.Builder b = Response.builder(TenantId.of("t"), r.nextInt(20) == 0 ? "other" : "s")
          .id("r" + i)
          .submittedAt(start.plusSeconds(r.nextInt(120 * 24 * 3600)))
          .channel(CHANNELS.get(r.nextInt(3)));
      if (r.nextInt(5) > 0) {
        b.touchpoint(TOUCHPOINTS[r.nextInt(TOUCHPOINTS.length)]);
      }
      if (r.nextInt(6) > 0) {
        b.attribute("region", REGIONS[r.nextInt(REGIONS.length)]);
      }
      if (r.nextInt(8) > 0) {
        b.answer("nps", r.nextInt(11));
        b.answer("csat", 1 + r.nextInt(5));
      }
      if (weighted) {
        b.attribute("w", Double.toString(r.nextInt(4) * 0.5 + (r.nextBoolean() ? 0.25 : 0)));
      }
      out.add(b.build());
    }
    return out;
  }

  @Test
  void mergedShardsEqualOnePassAndTheScorer() {
    for (int round = 0; round < 15; round++) {
      Random r = new Random(seed + round);
      TimeWindow window = WINDOWS.get(round % 3);
      SegmentedScores.Builder<NpsResult> b = SegmentedScores.npsBuilder(SURVEY, "nps")
          .groupBy(Dimension.touchpoint(), Dimension.attribute("region"))
          .window(window, ZONE)
          .scorer(Scorer.of(0.9, 3));
      List<Response> data = responses(r, r.nextInt(300), false);
      SegmentedScores<NpsResult> single = b.build();
      data.forEach(single::accept);

      List<Response> shuffled = new ArrayList<>(data);
      Collections.shuffle(shuffled, r);
      int shards = 1 + r.nextInt(4);
      List<SegmentedScores<NpsResult>> parts = new ArrayList<>();
      for (int i = 0; i < shards; i++) {
        parts.add(b.build());
      }
      for (Response resp : shuffled) {
        parts.get(r.nextInt(shards)).accept(resp);
      }
      SegmentedScores<NpsResult> merged = b.build();
      for (SegmentedScores<NpsResult> p : parts) {
        merged.merge(p);
      }
      String ctx = "seed=" + seed + " round=" + round;
      assertThat(merged.segments()).as("segments, " + ctx).isEqualTo(single.segments());
      assertThat(List.copyOf(merged.segments().keySet())).as("order, " + ctx)
          .isEqualTo(List.copyOf(single.segments().keySet()));
      assertThat(merged.overall()).as("overall, " + ctx).isEqualTo(single.overall());
      assertThat(merged.overallTrend()).as("trend, " + ctx).isEqualTo(single.overallTrend());
      assertThat(merged.missing()).as("missing, " + ctx).isEqualTo(single.missing());
      assertThat(merged.skipped()).as("skipped, " + ctx).isEqualTo(single.skipped());

      // every (segment, window) equals the scorer on the values of that segment and window
      Map<SegmentKey, List<Integer>> byKey = new HashMap<>();
      long missing = 0;
      for (Response resp : data) {
        if (!resp.surveyId().equals("s")) {
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("touchpoint", resp.touchpoint().orElse(""));
        values.put("region", resp.attributes().getOrDefault("region", ""));
        LocalDate start = window.start(resp.submittedAt(), ZONE);
        List<Integer> list = byKey.computeIfAbsent(SegmentKey.of(values, start),
            k -> new ArrayList<>());
        if (resp.answer("nps").isPresent()) {
          list.add(((io.feedbackloop.core.response.ScoreAnswer) resp.answer("nps").get()).value());
        } else {
          missing++;
        }
      }
      assertThat(single.segments().keySet()).as("keys, " + ctx)
          .containsExactlyInAnyOrderElementsOf(byKey.keySet());
      for (Map.Entry<SegmentKey, List<Integer>> e : byKey.entrySet()) {
        int[] values = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        assertThat(single.segments().get(e.getKey())).as("%s %s", e.getKey(), ctx)
            .isEqualTo(Scorer.of(0.9, 3).nps(values));
      }
      assertThat(single.missing()).as("missing, " + ctx).isEqualTo(missing);
    }
  }

  @Test
  void weightedCsatShardsMergeUpToRounding() {
    for (int round = 0; round < 10; round++) {
      Random r = new Random(seed ^ (round * 7919L));
      SegmentedScores.Builder<ScaleResult> b = SegmentedScores.scaleBuilder(SURVEY, "csat")
          .groupBy(Dimension.channel()).weightAttribute("w");
      List<Response> data = responses(r, r.nextInt(200), true);
      SegmentedScores<ScaleResult> single = b.build();
      SegmentedScores<ScaleResult> x = b.build();
      SegmentedScores<ScaleResult> y = b.build();
      for (Response resp : data) {
        single.accept(resp);
        (r.nextBoolean() ? x : y).accept(resp);
      }
      x.merge(y);
      String ctx = "seed=" + seed + " round=" + round;
      assertThat(x.segments().keySet()).as("keys, " + ctx)
          .containsExactlyElementsOf(single.segments().keySet());
      for (SegmentKey k : single.segments().keySet()) {
        ScaleResult a = single.segments().get(k);
        ScaleResult m = x.segments().get(k);
        assertThat(m.n()).as("n %s %s", k, ctx).isEqualTo(a.n());
        assertThat(m.positive()).as("positive %s %s", k, ctx).isEqualTo(a.positive());
        assertThat(m.effectiveSampleSize()).as("ess %s %s", k, ctx)
            .isCloseTo(a.effectiveSampleSize(), within(1e-9));
        assertThat(m.positiveShare().map(Proportion::share).orElse(-1.0))
            .as("share %s %s", k, ctx)
            .isCloseTo(a.positiveShare().map(Proportion::share).orElse(-1.0), within(1e-12));
      }
    }
  }
}
