package io.feedbackloop.scoring;

import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.store.ResponseStore;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Question;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.core.survey.ScaledQuestion;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.scoring.internal.Checks;
import io.feedbackloop.scoring.internal.Tally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Scores one question of one survey per segment and time window, in one pass over {@link Response}
 * objects, for example while streaming a {@link ResponseStore} query. Memory grows with the number
 * of segments and windows, never with the number of responses: each (segment, window) keeps one
 * accumulator of per-value counts and a counter of missing answers.
 *
 * <pre>{@code
 * SegmentedScores<NpsResult> nps = SegmentedScores.npsBuilder(survey, "nps")
 *     .groupBy(Dimension.touchpoint(), Dimension.attribute("region"))
 *     .window(TimeWindow.WEEK, ZoneId.of("Europe/Stockholm"))
 *     .build()
 *     .from(store, ResponseQuery.builder(tenant).survey("post-delivery").build());
 * NpsResult overall = nps.overall();
 * Map<SegmentKey, NpsResult> perSegmentAndWeek = nps.segments();
 * }</pre>
 *
 * <p><b>Which question.</b> The metric comes from the question's {@link Scale}: {@link
 * #npsBuilder} takes an NPS question and produces {@link NpsResult}s, {@link #scaleBuilder} takes a
 * CSAT or CES question and produces {@link ScaleResult}s. A question that is not a {@link
 * ScaledQuestion}, whose scale feeds no metric, or feeds the other kind of metric is refused when
 * the builder is created, with an {@link IllegalArgumentException} naming the question.
 *
 * <p><b>Which responses.</b> Every response given to {@link #accept} is counted exactly once in
 * {@link #overall()} and in one segment:
 *
 * <ul>
 *   <li>a response to another survey id is <em>skipped</em> and counted in {@link #skipped()}
 *       only, so a store query over a whole tenant can be streamed in; responses to any version of
 *       the survey are scored on the configured question's scale;
 *   <li>a response without an answer to the question counts as <em>missing</em> in its segment
 *       and window ({@link #missing()}, {@link #missing(SegmentKey)}), not as an error;
 *   <li>an answer that is not a {@link ScoreAnswer} or lies off the scale is an error (validation
 *       should have refused the response): {@link IllegalArgumentException} naming the response;
 *   <li>with a {@linkplain Builder#weightAttribute weight attribute}, an answered response whose
 *       weight is missing, not a number, negative or infinite is an error as well; a weight of 0 is
 *       allowed (counted in n, in no share).
 * </ul>
 *
 * <p>On an error the offending response changes nothing; responses accepted before it stay
 * counted.
 *
 * <p><b>Results</b> are computed on each call from the counts collected so far with the
 * configured {@link Scorer}; they equal what that scorer gives for the same values. Maps iterate in
 * {@link SegmentKey} order (dimension values, then window).
 *
 * <p><b>Shards.</b> Instances with the same configuration {@linkplain #merge merge} exactly (counts)
 * and associatively; weight sums up to floating-point rounding.
 *
 * <p>Mutable and <b>not thread-safe</b>: give each thread its own instance and merge them.
 *
 * @param <R> the result type, {@link NpsResult} or {@link ScaleResult}
 */
public final class SegmentedScores<R> {
  /** A cell: the answers and missing answers of one segment in one window. */
  private static final class Cell {
    final Tally tally;
    long missing;

    Cell(Scale scale) {
      tally = new Tally(scale);
    }
  }

  /** The windows of one segment, with a one-entry cache for the window seen last. */
  private static final class Bucket {
    final String[] values;
    final HashMap<LocalDate, Cell> cells = new HashMap<>();
    @Nullable LocalDate lastDate;
    @Nullable Cell lastCell;

    Bucket(String[] values) {
      this.values = values;
    }

    // identity is enough and cheap: the caller passes the same cached date object per window
    @SuppressWarnings("ReferenceEquality")
    Cell cell(LocalDate date, Scale scale) {
      Cell c = lastCell;
      if (date == lastDate && c != null) {
        return c;
      }
      c = cells.computeIfAbsent(date, d -> new Cell(scale));
      lastDate = date;
      lastCell = c;
      return c;
    }
  }

  /** One level of the segment trie: the value of the next dimension, then the bucket at the end. */
  private static final class Level {
    final HashMap<String, Level> children = new HashMap<>();
    @Nullable Bucket bucket;
  }

  /** Key of the only window when results are not windowed. */
  private static final LocalDate NO_WINDOW = LocalDate.MIN;

  private final Config<R> config;
  private final Level root = new Level();
  private final Bucket overall = new Bucket(new String[0]);
  private final String[] path;
  private long skipped;
  private long windowFrom = Long.MAX_VALUE;
  private long windowTo = Long.MIN_VALUE;
  private LocalDate windowDate = NO_WINDOW;

  private SegmentedScores(Config<R> config) {
    this.config = config;
    this.path = new String[config.dimensions.size()];
  }

  /**
   * Starts a builder scoring the NPS question {@code questionId} of {@code survey}.
   *
   * @throws IllegalArgumentException if the survey has no such question, or it is not a scaled
   *     question whose scale feeds NPS
   * @throws NullPointerException if an argument is null
   */
  public static Builder<NpsResult> npsBuilder(Survey survey, String questionId) {
    Scale scale = scaleOf(survey, questionId);
    if (scale.metric() != Metric.NPS) {
      throw new IllegalArgumentException("question '" + questionId
          + "' must have a scale that feeds metric NPS, but its scale feeds " + scale.metric()
          + (scale.metric() == Metric.NONE ? "" : "; use scaleBuilder"));
    }
    return new Builder<>(survey.id(), questionId, scale,
        (scorer, tally) -> scorer.nps(NpsAccumulator.wrap(tally)));
  }

  /**
   * Starts a builder scoring the CSAT or CES question {@code questionId} of {@code survey}, on the
   * question's own scale (its satisfied or easy threshold included).
   *
   * @throws IllegalArgumentException if the survey has no such question, or it is not a scaled
   *     question whose scale feeds CSAT or CES
   * @throws NullPointerException if an argument is null
   */
  public static Builder<ScaleResult> scaleBuilder(Survey survey, String questionId) {
    Scale scale = scaleOf(survey, questionId);
    if (scale.metric() != Metric.CSAT && scale.metric() != Metric.CES) {
      throw new IllegalArgumentException("question '" + questionId
          + "' must have a scale that feeds metric CSAT or CES, but its scale feeds "
          + scale.metric() + (scale.metric() == Metric.NPS ? "; use npsBuilder" : ""));
    }
    return new Builder<>(survey.id(), questionId, scale,
        (scorer, tally) -> scorer.score(ScaleAccumulator.wrap(tally)));
  }

  private static Scale scaleOf(Survey survey, String questionId) {
    Checks.notNull("survey", survey);
    Checks.notNull("questionId", questionId);
    Question q = survey.question(questionId).orElseThrow(() -> new IllegalArgumentException(
        "questionId must name a question of survey '" + survey.id() + "', but was '"
            + questionId + "'"));
    if (!(q instanceof ScaledQuestion sq)) {
      throw new IllegalArgumentException("question '" + questionId
          + "' must be a scaled question (NPS, CSAT or CES), but is a "
          + q.type().name() + " question");
    }
    return sq.scale();
  }

  /**
   * Counts one response (see the class description for the rules).
   *
   * @return this
   * @throws IllegalArgumentException if the answer is not a score on the scale, or its weight is
   *     invalid; nothing is counted then
   * @throws NullPointerException if {@code response} is null
   */
  public SegmentedScores<R> accept(Response response) {
    Checks.notNull("response", response);
    if (!config.surveyId.equals(response.surveyId())) {
      skipped++;
      return this;
    }
    boolean answered = false;
    int value = 0;
    List<Answer> answers = response.answers();
    for (int i = 0, n = answers.size(); i < n; i++) {
      Answer a = answers.get(i);
      if (a.questionId().equals(config.questionId)) {
        if (!(a instanceof ScoreAnswer score)) {
          throw new IllegalArgumentException("answer to question '" + config.questionId
              + "' of response '" + response.id() + "' must be a score, but was a "
              + a.typeName() + " answer");
        }
        value = score.value();
        if (!config.scale.contains(value)) {
          throw new IllegalArgumentException("answer to question '" + config.questionId
              + "' of response '" + response.id() + "' must be on the scale "
              + config.scale.min() + ".." + config.scale.max() + " step " + config.scale.step()
              + ", but was " + value);
        }
        answered = true;
        break;
      }
    }
    double weight = answered && config.weightAttribute != null
        ? weightOf(response, config.weightAttribute) : Double.NaN;
    LocalDate date = window(response.submittedAt());
    Level level = root;
    String[] p = path;
    List<Dimension> dims = config.dimensions;
    for (int d = 0; d < p.length; d++) {
      String v = dims.get(d).valueOf(response);
      p[d] = v;
      Level next = level.children.get(v);
      if (next == null) {
        next = new Level();
        level.children.put(v, next);
      }
      level = next;
    }
    Bucket bucket = level.bucket;
    if (bucket == null) {
      bucket = new Bucket(p.clone());
      level.bucket = bucket;
    }
    Cell segment = bucket.cell(date, config.scale);
    Cell all = overall.cell(date, config.scale);
    if (!answered) {
      segment.missing++;
      all.missing++;
    } else if (config.weightAttribute == null) {
      segment.tally.add(value);
      all.tally.add(value);
    } else {
      segment.tally.add(value, weight);
      all.tally.add(value, weight);
    }
    return this;
  }

  private static double weightOf(Response response, String attribute) {
    String raw = response.attributes().get(attribute);
    double w;
    try {
      w = raw == null ? Double.NaN : Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      w = Double.NaN;
    }
    if (!(w >= 0) || Double.isInfinite(w)) {
      throw new IllegalArgumentException("weight attribute '" + attribute + "' of response '"
          + response.id() + "' must be a finite number >= 0, but was "
          + (raw == null ? "missing" : "'" + raw + "'"));
    }
    return w;
  }

  /** The window start of {@code at}; the last window is cached because input is mostly sorted. */
  private LocalDate window(Instant at) {
    TimeWindow w = config.window;
    if (w == null) {
      return NO_WINDOW;
    }
    long s = at.getEpochSecond();
    if (s >= windowFrom && s < windowTo) {
      return windowDate;
    }
    ZoneId zone = Objects.requireNonNull(config.zone);
    LocalDate start = w.start(at, zone);
    long from = start.atStartOfDay(zone).toEpochSecond();
    long to = w.next(start).atStartOfDay(zone).toEpochSecond();
    windowDate = start;
    windowFrom = from;
    windowTo = to;
    return start;
  }

  /**
   * Counts every response of {@code responses}, in order; the stream is consumed but not closed.
   *
   * @return this
   * @throws IllegalArgumentException as {@link #accept}; the responses before the bad one stay
   *     counted
   * @throws NullPointerException if {@code responses} or an element is null
   */
  public SegmentedScores<R> addAll(Stream<Response> responses) {
    Checks.notNull("responses", responses);
    responses.forEachOrdered(this::accept);
    return this;
  }

  /**
   * Streams the responses matching {@code query} from {@code store} into this instance in one
   * pass, and closes the stream (also on an error).
   *
   * @return this
   * @throws IllegalArgumentException as {@link #accept}
   * @throws io.feedbackloop.core.StoreException if the store fails
   * @throws NullPointerException if an argument is null
   */
  public SegmentedScores<R> from(ResponseStore store, ResponseQuery query) {
    Checks.notNull("store", store);
    Checks.notNull("query", query);
    try (Stream<Response> s = store.stream(query)) {
      return addAll(s);
    }
  }

  /**
   * Adds everything {@code other} has collected; {@code other} is not changed.
   *
   * @return this
   * @throws IllegalArgumentException if {@code other} has another configuration (survey,
   *     question, scale, dimensions, window, zone, weight attribute or scorer)
   * @throws NullPointerException if {@code other} is null
   */
  public SegmentedScores<R> merge(SegmentedScores<R> other) {
    Checks.notNull("other", other);
    if (!config.equals(other.config)) {
      throw new IllegalArgumentException(
          "other must have the configuration " + config + ", but had " + other.config);
    }
    mergeBucket(overall, other.overall);
    List<Bucket> buckets = new ArrayList<>();
    collect(other.root, buckets);
    for (Bucket b : buckets) {
      Level level = root;
      for (String v : b.values) {
        level = level.children.computeIfAbsent(v, k -> new Level());
      }
      Bucket mine = level.bucket;
      if (mine == null) {
        mine = new Bucket(b.values.clone());
        level.bucket = mine;
      }
      mergeBucket(mine, b);
    }
    skipped += other.skipped;
    return this;
  }

  private void mergeBucket(Bucket into, Bucket from) {
    for (Map.Entry<LocalDate, Cell> e : from.cells.entrySet()) {
      Cell c = into.cell(e.getKey(), config.scale);
      c.tally.merge(e.getValue().tally);
      c.missing += e.getValue().missing;
    }
  }

  private static void collect(Level level, List<Bucket> out) {
    Bucket b = level.bucket;
    if (b != null) {
      out.add(b);
    }
    for (Level child : level.children.values()) {
      collect(child, out);
    }
  }

  /** The result over every accepted response of the survey, all segments and windows together. */
  public R overall() {
    return config.finish(total(overall));
  }

  /**
   * The overall result per window, ordered by window start.
   *
   * @throws IllegalStateException if no window is configured
   */
  public NavigableMap<LocalDate, R> overallTrend() {
    requireWindow();
    return trendOf(overall);
  }

  /**
   * The result of every segment in every window it has responses in (keys carry the window start
   * when windowed), in {@link SegmentKey} order. A segment whose responses all miss the answer is
   * present with {@code n == 0}.
   */
  public Map<SegmentKey, R> segments() {
    TreeMap<SegmentKey, R> sorted = new TreeMap<>();
    for (Bucket b : buckets()) {
      Map<String, String> values = values(b);
      for (Map.Entry<LocalDate, Cell> e : b.cells.entrySet()) {
        SegmentKey key = config.window == null
            ? SegmentKey.of(values) : SegmentKey.of(values, e.getKey());
        sorted.put(key, config.finish(e.getValue().tally));
      }
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
  }

  /**
   * The result of every segment over all windows together, keyed without window, in {@link
   * SegmentKey} order. Equals {@link #segments()} when not windowed.
   */
  public Map<SegmentKey, R> segmentTotals() {
    TreeMap<SegmentKey, R> sorted = new TreeMap<>();
    for (Bucket b : buckets()) {
      sorted.put(SegmentKey.of(values(b)), config.finish(total(b)));
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
  }

  /**
   * The trend series of one segment: its result per window, ordered by window start; empty for a
   * segment without responses. The window of {@code segment}, if any, is ignored.
   *
   * @throws IllegalStateException if no window is configured
   * @throws NullPointerException if {@code segment} is null
   */
  public NavigableMap<LocalDate, R> trend(SegmentKey segment) {
    Checks.notNull("segment", segment);
    requireWindow();
    Bucket b = find(segment);
    return b == null ? Collections.emptyNavigableMap() : trendOf(b);
  }

  /** Number of accepted responses of the survey without an answer to the question. */
  public long missing() {
    long m = 0;
    for (Cell c : overall.cells.values()) {
      m += c.missing;
    }
    return m;
  }

  /**
   * Number of responses of {@code segment} without an answer to the question: in its window when
   * the key has one, over all windows when it has none; 0 for an unknown segment.
   *
   * @throws NullPointerException if {@code segment} is null
   */
  public long missing(SegmentKey segment) {
    Checks.notNull("segment", segment);
    Bucket b = find(segment);
    if (b == null) {
      return 0;
    }
    long m = 0;
    for (Map.Entry<LocalDate, Cell> e : b.cells.entrySet()) {
      if (segment.windowStart().isEmpty() || segment.windowStart().get().equals(e.getKey())) {
        m += e.getValue().missing;
      }
    }
    return m;
  }

  /** Number of responses skipped because they belong to another survey. */
  public long skipped() {
    return skipped;
  }

  /** The scale answers are scored on (the question's). */
  public Scale scale() {
    return config.scale;
  }

  /** The grouping dimensions, in order; empty when only {@link #overall()} is wanted. */
  public List<Dimension> dimensions() {
    return config.dimensions;
  }

  /** The window length, if results are windowed. */
  public Optional<TimeWindow> window() {
    return Optional.ofNullable(config.window);
  }

  /** Number of segments seen so far (not counting windows). */
  public int segmentCount() {
    return buckets().size();
  }

  private void requireWindow() {
    if (config.window == null) {
      throw new IllegalStateException(
          "window must be configured for a trend series, but was none; use Builder.window");
    }
  }

  private @Nullable Bucket find(SegmentKey key) {
    if (key.values().size() != config.dimensions.size()) {
      return null;
    }
    Level level = root;
    for (Dimension d : config.dimensions) {
      String v = key.values().get(d.name());
      Level next = v == null ? null : level.children.get(v);
      if (next == null) {
        return null;
      }
      level = next;
    }
    return level.bucket;
  }

  private NavigableMap<LocalDate, R> trendOf(Bucket b) {
    TreeMap<LocalDate, R> trend = new TreeMap<>();
    for (Map.Entry<LocalDate, Cell> e : b.cells.entrySet()) {
      trend.put(e.getKey(), config.finish(e.getValue().tally));
    }
    return Collections.unmodifiableNavigableMap(trend);
  }

  private Tally total(Bucket b) {
    Tally t = new Tally(config.scale);
    for (Cell c : b.cells.values()) {
      t.merge(c.tally);
    }
    return t;
  }

  private List<Bucket> buckets() {
    List<Bucket> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private Map<String, String> values(Bucket b) {
    LinkedHashMap<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < b.values.length; i++) {
      m.put(config.dimensions.get(i).name(), b.values[i]);
    }
    return m;
  }

  @Override
  public String toString() {
    return "SegmentedScores[" + config + ", segments=" + segmentCount() + ", skipped=" + skipped
        + "]";
  }

  /** The immutable configuration; equal configurations merge. */
  private static final class Config<R> {
    final String surveyId;
    final String questionId;
    final Scale scale;
    final List<Dimension> dimensions;
    final @Nullable TimeWindow window;
    final @Nullable ZoneId zone;
    final @Nullable String weightAttribute;
    final Scorer scorer;
    final BiFunction<Scorer, Tally, R> finisher;

    Config(Builder<R> b) {
      surveyId = b.surveyId;
      questionId = b.questionId;
      scale = b.scale;
      dimensions = b.dimensions;
      window = b.window;
      zone = b.zone;
      weightAttribute = b.weightAttribute;
      scorer = b.scorer;
      finisher = b.finisher;
    }

    R finish(Tally tally) {
      return finisher.apply(scorer, tally);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Config<?> c
          && surveyId.equals(c.surveyId)
          && questionId.equals(c.questionId)
          && scale.equals(c.scale)
          && dimensions.equals(c.dimensions)
          && window == c.window
          && Objects.equals(zone, c.zone)
          && Objects.equals(weightAttribute, c.weightAttribute)
          && scorer.confidence() == c.scorer.confidence()
          && scorer.minimumSample() == c.scorer.minimumSample();
    }

    @Override
    public int hashCode() {
      return Objects.hash(surveyId, questionId, dimensions, window);
    }

    @Override
    public String toString() {
      return "survey=" + surveyId + ", question=" + questionId + ", metric=" + scale.metric()
          + ", dimensions=" + dimensions + ", window=" + window + (zone == null ? "" : " " + zone)
          + ", weightAttribute=" + weightAttribute + ", " + scorer;
    }
  }

  /**
   * Configures a {@link SegmentedScores}. Defaults: no grouping (overall only), no window,
   * unweighted, {@link Scorer#ofDefaults()}. Not thread-safe; {@link #build()} may be called again
   * for further independent instances (e.g. one per shard).
   *
   * @param <R> the result type
   */
  public static final class Builder<R> {
    private final String surveyId;
    private final String questionId;
    private final Scale scale;
    private final BiFunction<Scorer, Tally, R> finisher;
    private List<Dimension> dimensions = List.of();
    private @Nullable TimeWindow window;
    private @Nullable ZoneId zone;
    private @Nullable String weightAttribute;
    private Scorer scorer = Scorer.ofDefaults();

    private Builder(String surveyId, String questionId, Scale scale,
        BiFunction<Scorer, Tally, R> finisher) {
      this.surveyId = surveyId;
      this.questionId = questionId;
      this.scale = scale;
      this.finisher = finisher;
    }

    /**
     * Groups by {@code dimensions}, in this order (replaces earlier calls); none for overall only.
     *
     * @return this
     * @throws IllegalArgumentException if two dimensions have the same name
     * @throws NullPointerException if a dimension is null
     */
    public Builder<R> groupBy(Dimension... dimensions) {
      Checks.notNull("dimensions", dimensions);
      List<String> names = new ArrayList<>();
      for (Dimension d : dimensions) {
        String name = Checks.notNull("dimension", d).name();
        if (names.contains(name)) {
          throw new IllegalArgumentException(
              "dimensions must have distinct names, but '" + name + "' came twice");
        }
        names.add(name);
      }
      this.dimensions = List.of(dimensions);
      return this;
    }

    /**
     * Splits results into windows of {@code window} as seen in {@code zone}.
     *
     * @return this
     * @throws NullPointerException if an argument is null
     */
    public Builder<R> window(TimeWindow window, ZoneId zone) {
      this.window = Checks.notNull("window", window);
      this.zone = Checks.notNull("zone", zone);
      return this;
    }

    /**
     * Weights each answer by the numeric response attribute {@code name} (parsed with {@link
     * Double#parseDouble}; finite and &gt;= 0). A missing or invalid weight on an answered
     * response is an error (see {@link SegmentedScores}).
     *
     * @return this
     * @throws IllegalArgumentException if {@code name} is blank
     * @throws NullPointerException if {@code name} is null
     */
    public Builder<R> weightAttribute(String name) {
      Checks.notNull("name", name);
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
      }
      this.weightAttribute = name;
      return this;
    }

    /**
     * Sets the scorer that turns counts into results; default {@link Scorer#ofDefaults()}.
     *
     * @return this
     * @throws NullPointerException if {@code scorer} is null
     */
    public Builder<R> scorer(Scorer scorer) {
      this.scorer = Checks.notNull("scorer", scorer);
      return this;
    }

    /** A new, empty instance with this configuration. */
    public SegmentedScores<R> build() {
      return new SegmentedScores<>(new Config<>(this));
    }
  }
}
