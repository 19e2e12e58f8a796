package io.feedbackloop.examples.flink;

import io.feedbackloop.scoring.Scorer;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * The example Flink job: NPS, CSAT and CES with intervals per segment per tumbling event-time
 * window, from a CSV file (or a directory of them) of {@link SurveyResponse} lines, printed as one
 * {@link WindowScores#toCsvLine() CSV line} per segment and window.
 *
 * <pre>
 * flink run -c io.feedbackloop.examples.flink.ScoreJob examples/target/feedback-examples.jar \
 *     responses.csv P1D PT1H
 * </pre>
 *
 * <p>Arguments: the input path (file or directory, any Flink file system), the window size as an
 * ISO-8601 duration (default {@code P1D}) and how far responses may arrive out of order (default
 * {@code PT1H}; later ones are dropped by Flink's windowing). A line that is not a valid response
 * fails the job with a message that quotes it. The job forbids Flink's Kryo fallback: every type
 * on the way has a serializer of its own.
 */
public final class ScoreJob {
  /** The default window size. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(1);

  /** The default bound on how far responses arrive out of order. */
  public static final Duration DEFAULT_OUT_OF_ORDERNESS = Duration.ofHours(1);

  static final String USAGE =
      "usage: ScoreJob <input file or directory> [window, ISO-8601, default P1D]"
          + " [out-of-orderness, ISO-8601, default PT1H]";

  private ScoreJob() {}

  /**
   * Runs the job on the environment {@code flink run} provides (or a local one).
   *
   * @throws IllegalArgumentException on a wrong number of arguments or a duration that does not
   *     parse or is not positive
   * @throws Exception if the job fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 3) {
      throw new IllegalArgumentException(USAGE);
    }
    Duration window = args.length > 1 ? duration("window", args[1]) : DEFAULT_WINDOW;
    Duration outOfOrderness =
        args.length > 2 ? duration("out-of-orderness", args[2]) : DEFAULT_OUT_OF_ORDERNESS;
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    scores(readResponses(env, args[0], outOfOrderness), window, Scorer.ofDefaults())
        .map(WindowScores::toCsvLine)
        .returns(Types.STRING)
        .print();
    env.execute("feedback-loop scores");
  }

  static Duration duration(String name, String text) {
    Duration d;
    try {
      d = Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be an ISO-8601 duration such as P1D or PT1H, but was '" + text + "'", e);
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, but was " + d);
    }
    return d;
  }

  /**
   * The responses in the CSV file or directory at {@code path} (header and blank lines skipped),
   * with event time from {@code submittedAt} and watermarks that trail by {@code outOfOrderness}.
   * Also switches off Flink's Kryo fallback for {@code env}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static DataStream<SurveyResponse> readResponses(
      StreamExecutionEnvironment env, String path, Duration outOfOrderness) {
    Objects.requireNonNull(outOfOrderness, "outOfOrderness must not be null");
    forbidKryo(env);
    FileSource<String> source =
        FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(path)).build();
    return env.fromSource(source, WatermarkStrategy.noWatermarks(), "responses " + path)
        .flatMap(new ParseLines())
        .returns(SurveyResponse.class)
        .assignTimestampsAndWatermarks(
            WatermarkStrategy.<SurveyResponse>forBoundedOutOfOrderness(outOfOrderness)
                .withTimestampAssigner((r, previous) -> r.submittedAt().toEpochMilli()));
  }

  /**
   * NPS, CSAT and CES per segment per tumbling event-time window of {@code windowSize}: the
   * responses must carry timestamps and watermarks.
   *
   * @throws NullPointerException if an argument is null
   */
  public static DataStream<WindowScores> scores(
      DataStream<SurveyResponse> responses, Duration windowSize, Scorer scorer) {
    ScoresAggregate aggregate = ScoresAggregate.of(scorer);
    return responses
        .keyBy(SurveyResponse::segment, Types.STRING)
        .window(TumblingEventTimeWindows.of(Objects.requireNonNull(windowSize, "windowSize")))
        .aggregate(aggregate, new ToWindowScores(), aggregate.accumulatorType(),
            aggregate.resultType(), ScoreTypes.windowScores())
        .name("scores per segment and window");
  }

  /** Makes Flink fail rather than silently serialize a type it does not know with Kryo. */
  public static void forbidKryo(StreamExecutionEnvironment env) {
    Configuration config = new Configuration();
    config.set(PipelineOptions.GENERIC_TYPES, false);
    env.configure(config);
  }

  /** Parses CSV lines, skipping the header and blank lines. */
  static final class ParseLines implements FlatMapFunction<String, SurveyResponse> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(String line, Collector<SurveyResponse> out) {
      if (!line.isBlank() && !line.startsWith("submittedAt")) {
        out.collect(SurveyResponse.parse(line));
      }
    }
  }

  /** Puts the segment and the window around the aggregate's one result. */
  static final class ToWindowScores
      extends ProcessWindowFunction<Scores, WindowScores, String, TimeWindow> {
    private static final long serialVersionUID = 1L;

    @Override
    public void process(String segment, Context context, Iterable<Scores> results,
        Collector<WindowScores> out) {
      TimeWindow window = context.window();
      Iterator<Scores> it = results.iterator();
      out.collect(new WindowScores(segment, Instant.ofEpochMilli(window.getStart()),
          Instant.ofEpochMilli(window.getEnd()), it.next()));
    }
  }
}
