package io.feedbackloop.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.core.survey.Metric;
import io.feedbackloop.core.survey.Scale;
import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.Mean;
import io.feedbackloop.scoring.NpsAccumulator;
import io.feedbackloop.scoring.NpsResult;
import io.feedbackloop.scoring.Proportion;
import io.feedbackloop.scoring.ScaleAccumulator;
import io.feedbackloop.scoring.ScaleResult;
import io.feedbackloop.scoring.Scorer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code score}: NPS, CSAT or CES of a column of a CSV or JSON Lines file, overall and per segment
 * and time window, as one JSON object on stdout. Streams the file: memory grows with the number of
 * segments, not rows.
 */
public final class ScoreCommand implements Command {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  @Override
  public String name() {
    return "score";
  }

  @Override
  public String summary() {
    return "NPS/CSAT/CES with intervals of a CSV or JSONL column, per segment and window";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    ScoreOptions options;
    try {
      options = ScoreOptions.parse(args);
    } catch (InputFormatException e) {
      err.println("error: " + e.getMessage());
      err.println(ScoreOptions.USAGE);
      return USAGE;
    }
    if (!Files.isRegularFile(options.file)) {
      err.println("error: FILE '" + options.file + "' does not exist or is not a file");
      err.println(ScoreOptions.USAGE);
      return USAGE;
    }
    Tallies tallies = new Tallies(options);
    try (RowReader rows = RowReader.open(options.file)) {
      Row row;
      while ((row = rows.next()) != null) {
        try {
          tallies.add(row);
        } catch (InputFormatException e) {
          if (!options.skipInvalid) {
            err.println("error: " + e.getMessage());
            return USAGE;
          }
          tallies.skipped++;
        }
      }
    } catch (InputFormatException e) {
      String message = String.valueOf(e.getMessage());
      err.println("error: " + message);
      if (message.startsWith("FILE")) {
        err.println(ScoreOptions.USAGE);
      }
      return USAGE;
    }
    out.println(tallies.toJson());
    return OK;
  }

  /** The running totals, overall and per segment key. */
  private static final class Tallies {
    private final ScoreOptions options;
    private final Scale scale;
    private final Scorer scorer;
    private final Tally overall;
    private final Map<List<String>, Tally> segments = new TreeMap<>(Tallies::compareKeys);
    private long skipped;

    Tallies(ScoreOptions options) {
      this.options = options;
      this.scale = options.scale();
      this.scorer = Scorer.of(options.confidence, options.minN);
      this.overall = new Tally(scale);
    }

    void add(Row row) throws InputFormatException {
      String cell = cell(row, options.column);
      Integer value = null;
      if (!cell.isBlank()) {
        value = score(row, cell);
      }
      double weight = 1;
      String weightColumn = options.weight;
      if (value != null && weightColumn != null) {
        weight = weight(row, weightColumn);
      }
      List<String> key = new ArrayList<>();
      for (String column : options.by) {
        key.add(cell(row, column));
      }
      String timeColumn = options.timeColumn;
      if (timeColumn != null) {
        key.add(window(row, timeColumn).toString());
      }
      // all checks passed: only now count the row anywhere
      overall.add(value, weight, options.weight != null);
      if (!key.isEmpty()) {
        segments.computeIfAbsent(key, k -> new Tally(scale)).add(value, weight, options.weight != null);
      }
    }

    private static int compareKeys(List<String> a, List<String> b) {
      for (int i = 0; i < a.size(); i++) {
        int c = a.get(i).compareTo(b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }

    private static String cell(Row row, String column) throws InputFormatException {
      Optional<String> value = row.cell(column);
      if (value.isEmpty()) {
        throw new InputFormatException("line " + row.line() + ", column " + column + ": the column is missing");
      }
      return value.get();
    }

    private int score(Row row, String cell) throws InputFormatException {
      int value;
      try {
        value = Integer.parseInt(cell.strip());
      } catch (NumberFormatException e) {
        throw new InputFormatException("line " + row.line() + ", column " + options.column
            + ": '" + cell + "' is not a whole number");
      }
      if (!scale.contains(value)) {
        throw new InputFormatException("line " + row.line() + ", column " + options.column
            + ": " + value + " is off the scale " + scale.min() + "-" + scale.max());
      }
      return value;
    }

    private static double weight(Row row, String column) throws InputFormatException {
      String cell = cell(row, column);
      try {
        double w = Double.parseDouble(cell.strip());
        if (Double.isFinite(w) && w >= 0) {
          return w;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new InputFormatException("line " + row.line() + ", column " + column
          + ": the weight must be a finite number >= 0, but was '" + cell + "'");
    }

    private LocalDate window(Row row, String column) throws InputFormatException {
      String cell = cell(row, column).strip();
      LocalDate date;
      try {
        date = parseTime(cell);
      } catch (DateTimeParseException e) {
        throw new InputFormatException("line " + row.line() + ", column " + column
            + ": '" + cell + "' is not an ISO-8601 instant or local date-time");
      }
      ScoreOptions.Window window = options.window;
      if (window == ScoreOptions.Window.WEEK) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      }
      if (window == ScoreOptions.Window.MONTH) {
        return date.withDayOfMonth(1);
      }
      return date;
    }

    private LocalDate parseTime(String cell) {
      String text = cell.length() > 10 && cell.charAt(10) == ' '
          ? cell.substring(0, 10) + 'T' + cell.substring(11) : cell;
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        Instant instant = text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
        return instant.atZone(options.zone).toLocalDate();
      }
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      return LocalDateTime.parse(text).toLocalDate();
    }

    String toJson() throws IOException {
      StringWriter text = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(text)) {
        g.writeStartObject();
        writeFigures(g, overall, true);
        if (!options.by.isEmpty() || options.window != null) {
          g.writeArrayFieldStart("segments");
          for (Map.Entry<List<String>, Tally> e : segments.entrySet()) {
            g.writeStartObject();
            g.writeObjectFieldStart("key");
            List<String> key = e.getKey();
            for (int i = 0; i < options.by.size(); i++) {
              g.writeStringField(options.by.get(i), key.get(i));
            }
            if (options.window != null) {
              g.writeStringField("window", key.get(key.size() - 1));
            }
            g.writeEndObject();
            writeFigures(g, e.getValue(), false);
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      return text.toString();
    }

    private void writeFigures(JsonGenerator g, Tally tally, boolean top) throws IOException {
      g.writeStringField("metric", options.metric.wireName());
      if (options.metric == Metric.NPS) {
        NpsResult r = scorer.nps(tally.nps);
        common(g, r.n(), tally.missing, top, r.belowMinimum());
        number(g, "score", r.score().isPresent() ? r.score().getAsDouble() : null);
        interval(g, "ci", r.interval().orElse(null), 1);
        g.writeObjectFieldStart("counts");
        g.writeNumberField("promoters", r.promoters());
        g.writeNumberField("passives", r.passives());
        g.writeNumberField("detractors", r.detractors());
        g.writeEndObject();
        effectiveN(g, r.effectiveSampleSize());
      } else {
        ScaleResult r = scorer.score(tally.scale);
        common(g, r.n(), tally.missing, top, r.belowMinimum());
        Proportion share = r.positiveShare().orElse(null);
        number(g, "score", share == null ? null : share.percent());
        interval(g, "ci", share == null ? null : share.interval(), 100);
        Mean mean = r.mean().orElse(null);
        number(g, "mean", mean == null ? null : mean.value());
        if (options.metric == Metric.CES) {
          interval(g, "meanCi", mean == null ? null : mean.interval().orElse(null), 1);
        }
        g.writeObjectFieldStart("counts");
        g.writeNumberField("positive", r.positive());
        g.writeNumberField("neutral", r.neutral());
        g.writeNumberField("negative", r.negative());
        g.writeEndObject();
        effectiveN(g, r.effectiveSampleSize());
      }
    }

    private void common(JsonGenerator g, long n, long missing, boolean top, boolean below)
        throws IOException {
      g.writeNumberField("n", n);
      g.writeNumberField("missing", missing);
      if (top) {
        g.writeNumberField("skipped", skipped);
      }
      g.writeBooleanField("belowMinimum", below);
    }

    private void effectiveN(JsonGenerator g, double value) throws IOException {
      if (options.weight != null) {
        g.writeNumberField("effectiveN", value);
      }
    }

    private static void number(JsonGenerator g, String name, @Nullable Double value)
        throws IOException {
      if (value == null) {
        g.writeNullField(name);
      } else {
        g.writeNumberField(name, value);
      }
    }

    private void interval(JsonGenerator g, String name, @Nullable Interval interval, double factor)
        throws IOException {
      if (interval == null) {
        g.writeNullField(name);
        return;
      }
      g.writeObjectFieldStart(name);
      g.writeNumberField("low", interval.low() * factor);
      g.writeNumberField("high", interval.high() * factor);
      g.writeNumberField("level", options.confidence);
      g.writeEndObject();
    }
  }

  /** Counts of one segment: NPS answers go to an NPS accumulator, CSAT and CES to a scale one. */
  private static final class Tally {
    final NpsAccumulator nps = new NpsAccumulator();
    final ScaleAccumulator scale;
    final boolean isNps;
    long missing;

    Tally(Scale scale) {
      this.isNps = scale.metric() == Metric.NPS;
      this.scale = ScaleAccumulator.of(isNps ? Scale.csat() : scale);
    }

    void add(@Nullable Integer value, double weight, boolean weighted) {
      if (value == null) {
        missing++;
      } else if (isNps) {
        if (weighted) {
          nps.add(value, weight);
        } else {
          nps.add(value);
        }
      } else if (weighted) {
        scale.add(value, weight);
      } else {
        scale.add(value);
      }
    }
  }
}
