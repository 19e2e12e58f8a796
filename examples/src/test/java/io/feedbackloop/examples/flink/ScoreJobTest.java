package io.feedbackloop.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows;
import org.apache.flink.table.api.Schema;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs {@link ScoreJob} and the aggregates in Flink's local mini cluster (one task manager, two
 * slots, parallelism 2) on seeded responses, and checks every window against the single-machine
 * {@link Scorer} on the same responses. Replay a failure with {@code -Dfeedback.seed=<seed>}.
 */
class ScoreJobTest {
  private static final int PARALLELISM = 2;
  private static final Duration DAY = Duration.ofDays(1);
  private static final Scorer SCORER = Scorer.of(0.90, 200);

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(PARALLELISM)
          .build());

  @TempDir static Path dir;

  private static List<SurveyResponse> responses;
  private static Path file;

  @BeforeAll
  static void data() throws Exception {
    responses = SeededResponses.generate(new Random(SeededResponses.seed()), 3000, 4,
        Duration.ofMinutes(20));
    file = SeededResponses.write(dir.resolve("responses.csv"), responses);
  }

  private static StreamExecutionEnvironment env(RuntimeExecutionMode mode) {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(PARALLELISM);
    env.setRuntimeMode(mode);
    return env;
  }

  private static <T> List<T> collect(DataStream<T> stream) throws Exception {
    return drain(stream.executeAndCollect());
  }

  // not try-with-resources: CloseableIterator.close() may throw InterruptedException (lint "try")
  private static <T> List<T> drain(CloseableIterator<T> it) throws Exception {
    List<T> out = new ArrayList<>();
    try {
      it.forEachRemaining(out::add);
    } finally {
      it.close();
    }
    return out;
  }

  /** What one machine computes: the Scorer on the answers of each segment's window. */
  private static Map<String, WindowScores> expected(List<SurveyResponse> data,
      Function<SurveyResponse, Instant> windowStart, Function<SurveyResponse, Instant> windowEnd) {
    Map<String, List<SurveyResponse>> groups = new TreeMap<>();
    for (SurveyResponse r : data) {
      groups.computeIfAbsent(r.segment() + "@" + windowStart.apply(r), k -> new ArrayList<>())
          .add(r);
    }
    Map<String, WindowScores> expected = new TreeMap<>();
    groups.forEach((key, group) -> {
      Instant start = windowStart.apply(group.get(0));
      Scores scores = new Scores(
          SCORER.nps(answers(group, SurveyResponse::nps)),
          SCORER.csat(answers(group, SurveyResponse::csat)),
          SCORER.ces(answers(group, SurveyResponse::ces)));
      expected.put(key, new WindowScores(group.get(0).segment(), start,
          windowEnd.apply(group.get(0)), scores));
    });
    return expected;
  }

  private static int[] answers(List<SurveyResponse> group,
      Function<SurveyResponse, @Nullable Integer> answer) {
    return group.stream().map(answer).filter(Objects::nonNull).mapToInt(Integer::intValue)
        .toArray();
  }

  private static Map<String, WindowScores> byKey(List<WindowScores> actual) {
    Map<String, WindowScores> map = new TreeMap<>();
    for (WindowScores w : actual) {
      assertThat(map.put(w.segment() + "@" + w.windowStart(), w)).as("one result per window")
          .isNull();
    }
    return map;
  }

  private static Instant day(SurveyResponse r) {
    return r.submittedAt().atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  @ParameterizedTest
  @EnumSource(value = RuntimeExecutionMode.class, names = {"STREAMING", "BATCH"})
  void everyDailyWindowEqualsTheSingleMachineScores(RuntimeExecutionMode mode) throws Exception {
    StreamExecutionEnvironment env = env(mode);

    List<WindowScores> actual = collect(ScoreJob.scores(
        ScoreJob.readResponses(env, file.toString(), Duration.ofHours(1)), DAY, SCORER));

    Map<String, WindowScores> expected = expected(responses, ScoreJobTest::day,
        r -> day(r).plus(DAY));
    // 3 segments x 4 days, every one of them with responses
    assertThat(expected).hasSize(12);
    assertThat(byKey(actual)).isEqualTo(expected);
    assertThat(actual.stream().mapToLong(w -> w.scores().nps().n()).sum())
        .as("no response dropped as late")
        .isEqualTo(responses.stream().filter(r -> r.nps() != null).count());
    assertThat(actual).anySatisfy(w -> assertThat(w.scores().nps().belowMinimum()).isFalse());
  }

  @Test
  void sessionWindowsMergeAccumulatorsAndStillEqualTheSingleMachineScores() throws Exception {
    Duration gap = Duration.ofMinutes(30);
    // sparse: a response every 30 minutes per segment on average, arriving up to 20 minutes late,
    // so late responses bridge sessions and Flink merges their accumulators
    List<SurveyResponse> sparse = SeededResponses.generate(new Random(7), 400, 3,
        Duration.ofMinutes(20));
    Path sparseFile = SeededResponses.write(dir.resolve("sparse.csv"), sparse);
    StreamExecutionEnvironment env = env(RuntimeExecutionMode.STREAMING);
    CountingMerges.MERGES.set(0);
    CountingMerges aggregate = new CountingMerges(ScoresAggregate.of(SCORER));

    List<WindowScores> actual = collect(
        ScoreJob.readResponses(env, sparseFile.toString(), Duration.ofHours(1))
            .keyBy(SurveyResponse::segment, Types.STRING)
            .window(EventTimeSessionWindows.withGap(gap))
            .aggregate(aggregate, new ScoreJob.ToWindowScores(), ScoreTypes.scoreTally(),
                ScoreTypes.scores(), ScoreTypes.windowScores()));

    Map<String, Instant[]> sessions = sessions(sparse, gap);
    Map<String, WindowScores> expected = expected(sparse,
        r -> Objects.requireNonNull(sessions.get(r.segment() + r.submittedAt()))[0],
        r -> Objects.requireNonNull(sessions.get(r.segment() + r.submittedAt()))[1]);
    assertThat(expected.size()).isGreaterThan(10);
    assertThat(byKey(actual)).isEqualTo(expected);
    assertThat(CountingMerges.MERGES.get()).as("accumulators merged").isPositive();
  }

  /**
   * Session {start, end} per segment and submission instant. Flink merges the windows {@code [t,
   * t + gap)} of a key that overlap or touch, so only a longer gap starts a new session.
   */
  private static Map<String, Instant[]> sessions(List<SurveyResponse> data, Duration gap) {
    Map<String, Instant[]> sessions = new TreeMap<>();
    for (String segment : SeededResponses.SEGMENTS) {
      List<Instant> times = data.stream().filter(r -> r.segment().equals(segment))
          .map(SurveyResponse::submittedAt).sorted(Comparator.naturalOrder()).toList();
      List<Instant> members = new ArrayList<>();
      for (Instant t : times) {
        if (!members.isEmpty() && t.isAfter(members.get(members.size() - 1).plus(gap))) {
          close(sessions, segment, members, gap);
        }
        members.add(t);
      }
      close(sessions, segment, members, gap);
    }
    return sessions;
  }

  private static void close(Map<String, Instant[]> sessions, String segment,
      List<Instant> members, Duration gap) {
    Instant[] window = {members.get(0), members.get(members.size() - 1).plus(gap)};
    members.forEach(t -> sessions.put(segment + t, window));
    members.clear();
  }

  @Test
  void sqlNpsPerSegmentAndTumblingDayEqualsTheSingleMachineScore() throws Exception {
    StreamExecutionEnvironment env = env(RuntimeExecutionMode.STREAMING);
    StreamTableEnvironment tables = StreamTableEnvironment.create(env);
    tables.getConfig().setLocalTimeZone(ZoneOffset.UTC);
    DataStream<Row> rows = ScoreJob.readResponses(env, file.toString(), Duration.ofHours(1))
        .map(r -> Row.of(r.segment(), r.nps()))
        .returns(Types.ROW_NAMED(new String[] {"segment", "nps"}, Types.STRING, Types.INT));
    tables.createTemporaryView("responses", tables.fromDataStream(rows, Schema.newBuilder()
        .columnByMetadata("rowtime", "TIMESTAMP_LTZ(3)")
        .watermark("rowtime", "SOURCE_WATERMARK()")
        .build()));
    tables.createTemporarySystemFunction("NPS", NpsFunction.class);

    List<Row> actual = drain(tables.executeSql(
        "SELECT segment, TUMBLE_START(rowtime, INTERVAL '1' DAY) AS day_start, NPS(nps) AS s"
            + " FROM responses GROUP BY segment, TUMBLE(rowtime, INTERVAL '1' DAY)").collect());

    Map<String, WindowScores> expected = expected(responses, ScoreJobTest::day,
        r -> day(r).plus(DAY));
    assertThat(actual).hasSize(expected.size());
    Scorer defaults = Scorer.ofDefaults();
    for (Row row : actual) {
      Instant start = instant(Objects.requireNonNull(row.getField("day_start")));
      String key = row.getField("segment") + "@" + start;
      assertThat(expected).containsKey(key);
      NpsResult want = defaults.nps(answers(responses.stream()
          .filter(r -> (r.segment() + "@" + day(r)).equals(key)).toList(), SurveyResponse::nps));
      Row s = (Row) Objects.requireNonNull(row.getField("s"));
      Interval interval = want.interval().orElseThrow();
      assertThat(s.getField("n")).isEqualTo(want.n());
      assertThat(s.getField("score")).isEqualTo(want.score().orElseThrow());
      assertThat(s.getField("low")).isEqualTo(interval.low());
      assertThat(s.getField("high")).isEqualTo(interval.high());
    }
  }

  /** The planner hands window bounds out as LocalDateTime (TIMESTAMP) or Instant (LTZ). */
  private static Instant instant(Object value) {
    return value instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC) : (Instant) value;
  }

  @Test
  void aBadLineFailsTheJobWithAMessageThatQuotesIt() throws Exception {
    Path bad = Files.write(dir.resolve("bad.csv"),
        List.of(SurveyResponse.HEADER, "2026-03-02T09:00:00Z,north,11,4,5"));
    StreamExecutionEnvironment env = env(RuntimeExecutionMode.STREAMING);
    DataStream<WindowScores> scores = ScoreJob.scores(
        ScoreJob.readResponses(env, bad.toString(), Duration.ofHours(1)), DAY, SCORER);

    assertThatThrownBy(() -> collect(scores))
        .hasStackTraceContaining("line must be a valid response, but nps must be in 0..10, but"
            + " was 11: '2026-03-02T09:00:00Z,north,11,4,5'")
        .rootCause()
        .hasMessage("nps must be in 0..10, but was 11");
  }

  /** Counts the merges Flink asks for; the mini cluster runs in this JVM. */
  static final class CountingMerges implements AggregateFunction<SurveyResponse, ScoreTally, Scores> {
    private static final long serialVersionUID = 1L;
    static final AtomicLong MERGES = new AtomicLong();
    private final ScoresAggregate delegate;

    CountingMerges(ScoresAggregate delegate) {
      this.delegate = delegate;
    }

    @Override
    public ScoreTally createAccumulator() {
      return delegate.createAccumulator();
    }

    @Override
    public ScoreTally add(SurveyResponse value, ScoreTally accumulator) {
      return delegate.add(value, accumulator);
    }

    @Override
    public Scores getResult(ScoreTally accumulator) {
      return delegate.getResult(accumulator);
    }

    @Override
    public ScoreTally merge(ScoreTally a, ScoreTally b) {
      MERGES.incrementAndGet();
      return delegate.merge(a, b);
    }
  }
}
