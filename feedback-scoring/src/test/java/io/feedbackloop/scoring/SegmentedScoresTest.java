package io.feedbackloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Channel;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.InMemoryResponseStore;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.store.ResponseStore;
import io.feedbackloop.core.survey.CesQuestion;
import io.feedbackloop.core.survey.CsatQuestion;
import io.feedbackloop.core.survey.LocalizedText;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.NpsQuestion;
import io.feedbackloop.core.survey.RatingQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.TextQuestion;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@SuppressWarnings("NullAway") // passes null on purpose; looks up keys known to exist
class SegmentedScoresTest {
  static final TenantId TENANT = TenantId.of("acme");
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final Survey SURVEY = Survey.builder("post-delivery")
      .question(NpsQuestion.of("nps", text("How likely?")))
      .question(CsatQuestion.of("csat", text("Satisfied?")))
      .question(CesQuestion.of("ces", text("Easy?")))
      .question(RatingQuestion.of("rating", text("Rate us")))
      .question(TextQuestion.of("comment", text("Why?")))
      .build();

  static LocalizedText text(String s) {
    return LocalizedText.of(Locale.ENGLISH, s);
  }

  private int ids;

  Response.Builder response(String survey, String at) {
    return Response.builder(TENANT, survey).id("r" + ids++).submittedAt(Instant.parse(at));
  }

  Response nps(int score, String touchpoint, String region, String at) {
    Response.Builder b = response("post-delivery", at).answer("nps", score);
    if (!touchpoint.isEmpty()) {
      b.touchpoint(touchpoint);
    }
    if (!region.isEmpty()) {
      b.attribute("region", region);
    }
    return b.build();
  }

  static Map<String, String> key(String... nameValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      m.put(nameValues[i], nameValues[i + 1]);
    }
    return m;
  }

  static SegmentedScores<NpsResult> npsByTouchpointAndRegion() {
    return SegmentedScores.npsBuilder(SURVEY, "nps")
        .groupBy(Dimension.touchpoint(), Dimension.attribute("region"))
        .scorer(Scorer.of(0.95, 2))
        .build();
  }

  @Test
  void segmentsByTouchpointAndRegionMatchHandComputedFigures() {
    SegmentedScores<NpsResult> s = npsByTouchpointAndRegion();
    String t = "2026-11-20T10:00:00Z";
    s.accept(nps(10, "delivery", "north", t)).accept(nps(9, "delivery", "north", t))
        .accept(nps(3, "delivery", "north", t)).accept(nps(7, "delivery", "south", t))
        .accept(nps(8, "delivery", "south", t)).accept(nps(0, "purchase", "", t))
        .accept(response("post-delivery", t).touchpoint("delivery").attribute("region", "north")
            .answer("comment", "late").build());

    Map<SegmentKey, NpsResult> segments = s.segments();
    assertThat(segments.keySet()).as("sorted by touchpoint, then region; absent region is ''")
        .containsExactly(
            SegmentKey.of(key("touchpoint", "delivery", "region", "north")),
            SegmentKey.of(key("touchpoint", "delivery", "region", "south")),
            SegmentKey.of(key("touchpoint", "purchase", "region", SegmentKey.ABSENT)));
    NpsResult north = segments.get(SegmentKey.of(key("region", "north", "touchpoint", "delivery")));
    assertThat(north.n()).as("n of delivery/north").isEqualTo(3);
    assertThat(north.promoters()).as("promoters").isEqualTo(2);
    assertThat(north.detractors()).as("detractors").isEqualTo(1);
    assertThat(north.score().getAsDouble()).as("(2 - 1) / 3").isCloseTo(100.0 / 3, within(1e-9));
    assertThat(north.belowMinimum()).as("3 >= minimum 2").isFalse();
    NpsResult south = segments.get(SegmentKey.of(key("touchpoint", "delivery", "region", "south")));
    assertThat(south.score().getAsDouble()).as("two passives").isEqualTo(0.0);
    assertThat(south.passives()).as("passives").isEqualTo(2);
    NpsResult purchase = segments.get(SegmentKey.of(key("touchpoint", "purchase", "region", "")));
    assertThat(purchase.score().getAsDouble()).as("one detractor").isEqualTo(-100.0);
    assertThat(purchase.belowMinimum()).as("1 < minimum 2").isTrue();

    NpsResult overall = s.overall();
    assertThat(overall.n()).as("overall n").isEqualTo(6);
    assertThat(overall.score().getAsDouble()).as("(2 - 2) / 6").isEqualTo(0.0);
    assertThat(s.missing()).as("one response without an nps answer").isEqualTo(1);
    assertThat(s.missing(SegmentKey.of(key("touchpoint", "delivery", "region", "north"))))
        .as("missing in delivery/north").isEqualTo(1);
    assertThat(s.missing(SegmentKey.of(key("touchpoint", "delivery", "region", "south"))))
        .as("missing in delivery/south").isZero();
    assertThat(s.missing(SegmentKey.of(key("touchpoint", "x", "region", "south"))))
        .as("unknown segment").isZero();
    assertThat(s.missing(SegmentKey.of(key("touchpoint", "delivery"))))
        .as("key with too few dimensions").isZero();
    assertThat(s.missing(SegmentKey.of(key("touchpoint", "delivery", "city", "north"))))
        .as("key with another dimension").isZero();
    assertThat(s.segmentCount()).as("segments").isEqualTo(3);
    assertThat(s.segmentTotals()).as("unwindowed totals equal segments").isEqualTo(segments);
    assertThat(s.skipped()).as("skipped").isZero();
    assertThat(s.toString()).as("toString")
        .contains("question=nps", "metric=NPS", "segments=3", "skipped=0");
  }

  @Test
  void segmentResultsEqualTheScorerOnTheSameValues() {
    Scorer scorer = Scorer.of(0.9, 5);
    SegmentedScores<NpsResult> s = SegmentedScores.npsBuilder(SURVEY, "nps")
        .groupBy(Dimension.channel()).scorer(scorer).build();
    int[] email = {10, 9, 9, 6, 7, 0, 10};
    int[] sms = {5, 8, 10};
    for (int v : email) {
      s.accept(response("post-delivery", "2026-11-20T10:00:00Z").channel(Channel.EMAIL)
          .answer("nps", v).build());
    }
    for (int v : sms) {
      s.accept(response("post-delivery", "2026-11-20T10:00:00Z").channel(Channel.SMS)
          .answer("nps", v).build());
    }
    assertThat(s.segments().get(SegmentKey.of(key("channel", "email"))))
        .as("email segment").isEqualTo(scorer.nps(email));
    assertThat(s.segments().get(SegmentKey.of(key("channel", "sms"))))
        .as("sms segment").isEqualTo(scorer.nps(sms));
    assertThat(s.overall()).as("overall")
        .isEqualTo(scorer.nps(new int[] {10, 9, 9, 6, 7, 0, 10, 5, 8, 10}));
  }

  @Test
  void weightedResultsEqualTheWeightedScorer() {
    SegmentedScores<NpsResult> s = SegmentedScores.npsBuilder(SURVEY, "nps")
        .weightAttribute("w").build();
    int[] scores = {10, 3, 8, 9};
    double[] weights = {1.5, 0.5, 0, 2};
    for (int i = 0; i < scores.length; i++) {
      s.accept(response("post-delivery", "2026-11-20T10:00:00Z").answer("nps", scores[i])
          .attribute("w", Double.toString(weights[i])).build());
    }
    s.accept(response("post-delivery", "2026-11-20T10:00:00Z").build());
    assertThat(s.overall()).as("weighted overall")
        .isEqualTo(Scorer.ofDefaults().nps(scores, weights));
    assertThat(s.missing()).as("missing answer needs no weight").isEqualTo(1);
  }

  @Test
  void invalidWeightsAreClearErrorsAndCountNothing() {
    SegmentedScores<NpsResult> s = SegmentedScores.npsBuilder(SURVEY, "nps")
        .weightAttribute("w").build();
    assertThatThrownBy(() -> s.accept(response("post-delivery", "2026-11-20T10:00:00Z")
        .id("no-weight").answer("nps", 9).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight attribute 'w' of response 'no-weight' must be a finite number >= 0,"
            + " but was missing");
    for (String bad : List.of("heavy", "-1", "Infinity", "NaN")) {
      assertThatThrownBy(() -> s.accept(response("post-delivery", "2026-11-20T10:00:00Z")
          .id("bad").answer("nps", 9).attribute("w", bad).build()))
          .as("weight %s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("weight attribute 'w' of response 'bad' must be a finite number >= 0,"
              + " but was '" + bad + "'");
    }
    assertThat(s.overall().n()).as("nothing counted").isZero();
    assertThat(s.missing()).as("nothing counted as missing").isZero();
  }

  @Test
  void answersThatAreNotScoresOnTheScaleAreClearErrors() {
    SegmentedScores<NpsResult> s = npsByTouchpointAndRegion();
    assertThatThrownBy(() -> s.accept(response("post-delivery", "2026-11-20T10:00:00Z")
        .id("r-11").answer("nps", 11).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer to question 'nps' of response 'r-11' must be on the scale 0..10 step 1,"
            + " but was 11");
    assertThatThrownBy(() -> s.accept(response("post-delivery", "2026-11-20T10:00:00Z")
        .id("r-neg").answer("nps", -1).build()))
        .hasMessageEndingWith("but was -1");
    assertThatThrownBy(() -> s.accept(response("post-delivery", "2026-11-20T10:00:00Z")
        .id("r-text").answer("nps", "ten").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer to question 'nps' of response 'r-text' must be a score, but was a text"
            + " answer");
    assertThat(s.segmentCount()).as("no segment created by a refused response").isZero();
    assertThat(s.overall().n()).as("nothing counted").isZero();
    assertThatThrownBy(() -> s.accept(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("response must not be null");
  }

  @Test
  void onlyTheFirstAnswerToTheQuestionCountsAndOtherAnswersAreIgnored() {
    SegmentedScores<NpsResult> s = SegmentedScores.npsBuilder(SURVEY, "nps").build();
    s.accept(response("post-delivery", "2026-11-20T10:00:00Z").answer("comment", "fine")
        .answer("nps", 10).answer("nps", 0).build());
    assertThat(s.overall().promoters()).as("first answer counts").isEqualTo(1);
    assertThat(s.overall().n()).as("one answer per response").isEqualTo(1);
  }

  @Test
  void responsesOfAnotherSurveyAreSkippedAndCounted() {
    SegmentedScores<NpsResult> s = npsByTouchpointAndRegion();
    s.accept(response("other-survey", "2026-11-20T10:00:00Z").answer("nps", 0).build());
    s.accept(nps(9, "delivery", "north", "2026-11-20T10:00:00Z"));
    assertThat(s.skipped()).as("skipped").isEqualTo(1);
    assertThat(s.overall().n()).as("only the survey's response").isEqualTo(1);
    assertThat(s.missing()).as("a skipped response is not missing").isZero();
    assertThat(s.segmentCount()).as("segments").isEqualTo(1);
  }

  @Test
  void aQuestionThatFeedsNoMetricIsRefusedByName() {
    assertThatThrownBy(() -> SegmentedScores.npsBuilder(SURVEY, "rating"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question 'rating' must have a scale that feeds metric NPS, but its scale feeds"
            + " NONE");
    assertThatThrownBy(() -> SegmentedScores.scaleBuilder(SURVEY, "rating"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question 'rating' must have a scale that feeds metric CSAT or CES, but its"
            + " scale feeds NONE");
    assertThatThrownBy(() -> SegmentedScores.npsBuilder(SURVEY, "comment"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question 'comment' must be a scaled question (NPS, CSAT or CES), but is a"
            + " TEXT question");
    assertThatThrownBy(() -> SegmentedScores.scaleBuilder(SURVEY, "comment"))
        .hasMessageContaining("question 'comment' must be a scaled question");
    assertThatThrownBy(() -> SegmentedScores.npsBuilder(SURVEY, "csat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question 'csat' must have a scale that feeds metric NPS, but its scale feeds"
            + " CSAT; use scaleBuilder");
    assertThatThrownBy(() -> SegmentedScores.scaleBuilder(SURVEY, "nps"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question 'nps' must have a scale that feeds metric CSAT or CES, but its scale"
            + " feeds NPS; use npsBuilder");
    assertThatThrownBy(() -> SegmentedScores.npsBuilder(SURVEY, "missing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("questionId must name a question of survey 'post-delivery', but was"
            + " 'missing'");
    assertThatThrownBy(() -> SegmentedScores.npsBuilder(null, "nps"))
        .isInstanceOf(NullPointerException.class).hasMessage("survey must not be null");
    assertThatThrownBy(() -> SegmentedScores.npsBuilder(SURVEY, null))
        .isInstanceOf(NullPointerException.class).hasMessage("questionId must not be null");
  }

  @Test
  void csatAndCesUseTheQuestionsScale() {
    SegmentedScores<ScaleResult> csat = SegmentedScores.scaleBuilder(SURVEY, "csat")
        .groupBy(Dimension.attribute("tier")).build();
    SegmentedScores<ScaleResult> ces = SegmentedScores.scaleBuilder(SURVEY, "ces").build();
    int[] gold = {5, 4, 3, 1};
    for (int v : gold) {
      Response r = response("post-delivery", "2026-11-20T10:00:00Z").attribute("tier", "gold")
          .answer("csat", v).answer("ces", v + 2).build();
      csat.accept(r);
      ces.accept(r);
    }
    ScaleResult g = csat.segments().get(SegmentKey.of(key("tier", "gold")));
    assertThat(g).as("gold CSAT equals the scorer").isEqualTo(Scorer.ofDefaults().csat(gold));
    assertThat(g.positive()).as("top-2-box").isEqualTo(2);
    assertThat(csat.scale()).as("scale").isEqualTo(SURVEY.question("csat").map(q ->
        ((CsatQuestion) q).scale()).orElseThrow());
    assertThat(ces.overall().metric()).as("metric").isEqualTo(Metric.CES);
    assertThat(ces.overall()).as("CES equals the scorer")
        .isEqualTo(Scorer.ofDefaults().ces(new int[] {7, 6, 5, 3}));
    assertThat(ces.dimensions()).as("no dimensions").isEmpty();
    assertThat(csat.dimensions()).as("dimensions").containsExactly(Dimension.attribute("tier"));
    assertThat(ces.segments()).as("one segment without dimensions").hasSize(1)
        .containsKey(SegmentKey.of(Map.of()));
  }

  @Test
  void dayWindowsAreLocalDaysAcrossMidnightAndDaylightSavingChanges() {
    SegmentedScores<NpsResult> s = SegmentedScores.npsBuilder(SURVEY, "nps")
        .groupBy(Dimension.attribute("region"))
        .window(TimeWindow.DAY, STOCKHOLM).build();
    // Sunday 2026-11-22 22:30Z = 23:30 Sunday in Stockholm; 23:30Z = 00:30 Monday
    s.accept(nps(10, "", "north", "2026-11-22T22:30:00Z"));
    s.accept(nps(0, "", "north", "2026-11-22T23:30:00Z"));
    // DST ends on 2026-10-25 (a 25-hour day): 22:00Z on the 24th .. 23:00Z on the 25th
    s.accept(nps(9, "", "north", "2026-10-24T21:59:59Z"));
    s.accept(nps(9, "", "north", "2026-10-24T22:00:00Z"));
    s.accept(nps(8, "", "north", "2026-10-25T22:59:59.999Z"));
    s.accept(nps(3, "", "north", "2026-10-25T23:00:00Z"));
    // DST starts on 2026-03-29 (a 23-hour day): 23:00Z on the 28th .. 22:00Z on the 29th
    s.accept(nps(10, "", "north", "2026-03-29T21:59:00Z"));
    s.accept(nps(0, "", "north", "2026-03-29T22:00:00Z"));

    Map<LocalDate, NpsResult> trend = s.trend(SegmentKey.of(key("region", "north")));
    assertThat(trend.keySet()).as("local days, ordered").containsExactly(
        LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-30"),
        LocalDate.parse("2026-10-24"), LocalDate.parse("2026-10-25"),
        LocalDate.parse("2026-10-26"), LocalDate.parse("2026-11-22"),
        LocalDate.parse("2026-11-23"));
    assertThat(trend.get(LocalDate.parse("2026-10-25")).n()).as("25-hour day").isEqualTo(2);
    assertThat(trend.get(LocalDate.parse("2026-10-25")).promoters()).as("25-hour day promoters")
        .isEqualTo(1);
    assertThat(trend.get(LocalDate.parse("2026-11-22")).promoters()).as("Sunday").isEqualTo(1);
    assertThat(trend.get(LocalDate.parse("2026-11-23")).detractors()).as("Monday").isEqualTo(1);
    assertThat(trend.get(LocalDate.parse("2026-03-29")).promoters()).as("23-hour day")
        .isEqualTo(1);
    assertThat(trend.get(LocalDate.parse("2026-03-30")).detractors()).as("after 23-hour day")
        .isEqualTo(1);
    assertThat(s.segments().keySet()).as("segment keys carry the window")
        .contains(SegmentKey.of(key("region", "north"), LocalDate.parse("2026-11-23")))
        .hasSize(7);
    assertThat(s.segmentTotals().get(SegmentKey.of(key("region", "north"))).n())
        .as("total over windows").isEqualTo(8);
    assertThat(s.overallTrend()).as("overall trend equals the only segment's")
        .isEqualTo(trend);
    assertThat(s.trend(SegmentKey.of(key("region", "north"), LocalDate.parse("2026-11-23"))))
        .as("window of the key is ignored").isEqualTo(trend);
    assertThat(s.trend(SegmentKey.of(key("region", "south")))).as("unknown segment").isEmpty();
    assertThat(s.window()).as("window").contains(TimeWindow.DAY);
  }

  @Test
  void weekWindowsStartOnMondayAndMonthWindowsOnTheFirstInTheZone() {
    SegmentedScores<NpsResult> weeks = SegmentedScores.npsBuilder(SURVEY, "nps")
        .window(TimeWindow.WEEK, STOCKHOLM).build();
    SegmentedScores<NpsResult> months = SegmentedScores.npsBuilder(SURVEY, "nps")
        .window(TimeWindow.MONTH, STOCKHOLM).build();
    for (String at : List.of("2026-11-22T22:30:00Z", "2026-11-22T23:30:00Z",
        "2026-11-16T00:00:00Z", "2026-11-15T22:59:59Z", "2026-11-30T22:59:59Z",
        "2026-11-30T23:00:00Z", "2026-12-31T23:00:00Z")) {
      Response r = nps(9, "", "", at);
      weeks.accept(r);
      months.accept(r);
    }
    Map<LocalDate, Long> weekCounts = new LinkedHashMap<>();
    weeks.overallTrend().forEach((d, r) -> weekCounts.put(d, r.n()));
    assertThat(weekCounts).as("ISO weeks in Stockholm").containsExactly(
        Map.entry(LocalDate.parse("2026-11-09"), 1L),
        Map.entry(LocalDate.parse("2026-11-16"), 2L),
        Map.entry(LocalDate.parse("2026-11-23"), 1L),
        Map.entry(LocalDate.parse("2026-11-30"), 2L),
        Map.entry(LocalDate.parse("2026-12-28"), 1L));
    Map<LocalDate, Long> monthCounts = new LinkedHashMap<>();
    months.overallTrend().forEach((d, r) -> monthCounts.put(d, r.n()));
    assertThat(monthCounts).as("months in Stockholm").containsExactly(
        Map.entry(LocalDate.parse("2026-11-01"), 5L),
        Map.entry(LocalDate.parse("2026-12-01"), 1L),
        Map.entry(LocalDate.parse("2027-01-01"), 1L));
  }

  @Test
  void trendsNeedAWindow() {
    SegmentedScores<NpsResult> s = npsByTouchpointAndRegion();
    assertThatThrownBy(s::overallTrend).isInstanceOf(IllegalStateException.class)
        .hasMessage("window must be configured for a trend series, but was none; use"
            + " Builder.window");
    assertThatThrownBy(() -> s.trend(SegmentKey.of(Map.of())))
        .isInstanceOf(IllegalStateException.class);
    assertThat(s.window()).as("no window").isEmpty();
  }

  @Test
  void streamsFromAStoreQueryInOnePassAndClosesTheStream() {
    InMemoryResponseStore store = InMemoryResponseStore.create();
    store.append(nps(10, "delivery", "north", "2026-11-02T08:00:00Z"));
    store.append(nps(2, "delivery", "north", "2026-11-03T08:00:00Z"));
    store.append(nps(9, "delivery", "south", "2026-11-03T09:00:00Z"));
    store.append(nps(0, "delivery", "north", "2026-11-10T08:00:00Z"));
    store.append(response("other-survey", "2026-11-03T08:00:00Z").answer("nps", 0).build());
    store.append(nps(9, "delivery", "north", "2026-12-24T08:00:00Z"));
    AtomicBoolean closed = new AtomicBoolean();
    ResponseStore closing = (ResponseStore) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ResponseStore.class}, (p, m, args) -> {
          try {
            Object result = m.invoke(store, args);
            return result instanceof Stream<?> st ? st.onClose(() -> closed.set(true)) : result;
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    ResponseQuery query = ResponseQuery.builder(TENANT).survey("post-delivery")
        .submittedBetween(Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"))
        .attribute("region", "north").build();

    SegmentedScores<NpsResult> s = SegmentedScores.npsBuilder(SURVEY, "nps")
        .groupBy(Dimension.attribute("region"))
        .window(TimeWindow.WEEK, STOCKHOLM).build()
        .from(closing, query);

    assertThat(closed).as("stream closed").isTrue();
    assertThat(s.overall().n()).as("north in November").isEqualTo(3);
    Map<LocalDate, NpsResult> trend = s.trend(SegmentKey.of(key("region", "north")));
    assertThat(trend.keySet()).as("weeks").containsExactly(LocalDate.parse("2026-11-02"),
        LocalDate.parse("2026-11-09"));
    assertThat(trend.get(LocalDate.parse("2026-11-02")).score().getAsDouble())
        .as("week 45: one promoter, one detractor").isEqualTo(0.0);
    assertThat(trend.get(LocalDate.parse("2026-11-09")).score().getAsDouble())
        .as("week 46: one detractor").isEqualTo(-100.0);

    SegmentedScores<NpsResult> all = SegmentedScores.npsBuilder(SURVEY, "nps").build()
        .from(store, ResponseQuery.of(TENANT));
    assertThat(all.overall().n()).as("whole tenant").isEqualTo(5);
    assertThat(all.skipped()).as("other survey skipped").isEqualTo(1);
  }

  @Test
  void theStreamIsClosedAlsoOnAnError() {
    AtomicBoolean closed = new AtomicBoolean();
    Stream<Response> bad = Stream.of(nps(9, "", "", "2026-11-02T08:00:00Z"),
        response("post-delivery", "2026-11-02T08:00:00Z").answer("nps", 12).build())
        .onClose(() -> closed.set(true));
    InMemoryResponseStore store = InMemoryResponseStore.create();
    ResponseStore failing = (ResponseStore) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ResponseStore.class},
        (p, m, args) -> m.getName().equals("stream") ? bad : m.invoke(store, args));
    SegmentedScores<NpsResult> s = SegmentedScores.npsBuilder(SURVEY, "nps").build();
    assertThatThrownBy(() -> s.from(failing, ResponseQuery.of(TENANT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was 12");
    assertThat(closed).as("closed after the error").isTrue();
    assertThat(s.overall().n()).as("the response before the bad one stays counted")
        .isEqualTo(1);
  }

  @Test
  void addAllCountsAStreamWithoutClosingIt() {
    AtomicBoolean closed = new AtomicBoolean();
    SegmentedScores<NpsResult> s = SegmentedScores.npsBuilder(SURVEY, "nps").build()
        .addAll(Stream.of(nps(9, "", "", "2026-11-02T08:00:00Z"),
            nps(1, "", "", "2026-11-02T08:00:00Z")).onClose(() -> closed.set(true)));
    assertThat(s.overall().n()).as("n").isEqualTo(2);
    assertThat(closed).as("not closed").isFalse();
  }

  @Test
  void builderRefusesBadArguments() {
    SegmentedScores.Builder<NpsResult> b = SegmentedScores.npsBuilder(SURVEY, "nps");
    assertThatThrownBy(() -> b.groupBy(Dimension.attribute("touchpoint"), Dimension.touchpoint()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dimensions must have distinct names, but 'touchpoint' came twice");
    assertThatThrownBy(() -> b.groupBy((Dimension) null))
        .isInstanceOf(NullPointerException.class).hasMessage("dimension must not be null");
    assertThatThrownBy(() -> b.weightAttribute(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, but was ' '");
    assertThatThrownBy(() -> b.window(TimeWindow.DAY, null))
        .isInstanceOf(NullPointerException.class).hasMessage("zone must not be null");
    assertThatThrownBy(() -> b.window(null, STOCKHOLM))
        .isInstanceOf(NullPointerException.class).hasMessage("window must not be null");
    assertThatThrownBy(() -> b.scorer(null))
        .isInstanceOf(NullPointerException.class).hasMessage("scorer must not be null");
  }

  @Test
  void mergeRefusesAnotherConfiguration() {
    SegmentedScores.Builder<NpsResult> b = SegmentedScores.npsBuilder(SURVEY, "nps")
        .groupBy(Dimension.touchpoint());
    SegmentedScores<NpsResult> base = b.build();
    List<SegmentedScores<NpsResult>> others = List.of(
        SegmentedScores.npsBuilder(SURVEY, "nps").build(),
        SegmentedScores.npsBuilder(SURVEY, "nps").groupBy(Dimension.channel()).build(),
        SegmentedScores.npsBuilder(SURVEY, "nps").groupBy(Dimension.touchpoint())
            .window(TimeWindow.DAY, STOCKHOLM).build(),
        SegmentedScores.npsBuilder(SURVEY, "nps").groupBy(Dimension.touchpoint())
            .weightAttribute("w").build(),
        SegmentedScores.npsBuilder(SURVEY, "nps").groupBy(Dimension.touchpoint())
            .scorer(Scorer.of(0.9, 30)).build(),
        SegmentedScores.npsBuilder(SURVEY, "nps").groupBy(Dimension.touchpoint())
            .scorer(Scorer.of(0.95, 10)).build(),
        SegmentedScores.npsBuilder(
            Survey.builder("other").question(NpsQuestion.of("nps", text("?"))).build(), "nps")
            .groupBy(Dimension.touchpoint()).build());
    for (SegmentedScores<NpsResult> other : others) {
      assertThatThrownBy(() -> base.merge(other)).as("%s", other)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("other must have the configuration survey=post-delivery,"
              + " question=nps, metric=NPS, dimensions=[touchpoint()], window=null");
    }
    SegmentedScores<NpsResult> week = SegmentedScores.npsBuilder(SURVEY, "nps")
        .window(TimeWindow.WEEK, STOCKHOLM).build();
    assertThatThrownBy(() -> week.merge(SegmentedScores.npsBuilder(SURVEY, "nps")
        .window(TimeWindow.WEEK, ZoneId.of("UTC")).build()))
        .as("other zone").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window=WEEK Europe/Stockholm");
    assertThat(base.merge(b.build()).overall().n()).as("same configuration merges").isZero();
  }

  @Test
  void mergeCombinesSegmentsWindowsMissingAndSkipped() {
    SegmentedScores.Builder<NpsResult> b = SegmentedScores.npsBuilder(SURVEY, "nps")
        .groupBy(Dimension.attribute("region")).window(TimeWindow.DAY, ZoneId.of("UTC"));
    SegmentedScores<NpsResult> x = b.build();
    SegmentedScores<NpsResult> y = b.build();
    x.accept(nps(9, "", "north", "2026-11-02T08:00:00Z"));
    y.accept(nps(0, "", "north", "2026-11-02T09:00:00Z"));
    y.accept(nps(10, "", "south", "2026-11-03T09:00:00Z"));
    y.accept(response("post-delivery", "2026-11-03T09:00:00Z").attribute("region", "south")
        .build());
    y.accept(response("other", "2026-11-03T09:00:00Z").build());
    x.merge(y);
    assertThat(x.segments().get(SegmentKey.of(key("region", "north"),
        LocalDate.parse("2026-11-02"))).n()).as("north merged").isEqualTo(2);
    assertThat(x.missing(SegmentKey.of(key("region", "south"), LocalDate.parse("2026-11-03"))))
        .as("missing in south on the 3rd").isEqualTo(1);
    assertThat(x.missing(SegmentKey.of(key("region", "south"), LocalDate.parse("2026-11-02"))))
        .as("missing in south on the 2nd").isZero();
    assertThat(x.skipped()).as("skipped merged").isEqualTo(1);
    assertThat(x.overall().n()).as("overall merged").isEqualTo(3);
    assertThat(y.overall().n()).as("other unchanged").isEqualTo(2);
  }
}
