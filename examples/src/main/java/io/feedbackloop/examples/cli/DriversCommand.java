package io.feedbackloop.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.scoring.Interval;
import io.feedbackloop.scoring.insight.DriverReport;
import io.feedbackloop.scoring.insight.TopicDriver;
import io.feedbackloop.scoring.insight.TopicDrivers;
import io.feedbackloop.scoring.text.TextInsight;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code drivers}: what drives the NPS of a CSV or JSON Lines file: per topic of a text column, its
 * share among detractors and promoters, lift with an interval, NPS with and without it, and the
 * points fixing it would gain, as one JSON object on stdout (topics by impact), a summary on
 * stderr. Streams the file: memory grows with the number of topics, not rows.
 */
public final class DriversCommand implements Command {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final CommentReader reader;

  /** The command with the SDK's default text analyzer. */
  public DriversCommand() {
    this(CommentReader.ofDefaults());
  }

  DriversCommand(CommentReader reader) {
    this.reader = reader;
  }

  @Override
  public String name() {
    return "drivers";
  }

  @Override
  public String summary() {
    return "which comment topics drive the NPS of a CSV or JSONL file, by impact";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    TopicsOptions options = TopicsOptions.parseOrExplain(args, true, err);
    if (options == null) {
      return USAGE;
    }
    TopicDrivers drivers = TopicDrivers.builder().confidence(options.confidence).build();
    long rows = 0;
    long skipped = 0;
    long missing = 0;
    try (RowReader in = RowReader.open(options.file)) {
      Row row;
      while ((row = in.next()) != null) {
        rows++;
        try {
          String cell = TopicsCommand.cell(row, options.column);
          Integer score = cell.isBlank() ? null : score(row, options.column, cell);
          // read the text even without a score, so a missing text column is an error either way
          TextInsight insight = TopicsCommand.analyze(reader, options, row);
          if (score == null) {
            missing++;
          } else {
            drivers.add(score, insight.topics());
          }
        } catch (InputFormatException e) {
          if (!options.skipInvalid) {
            err.println("error: " + e.getMessage());
            return USAGE;
          }
          skipped++;
        }
      }
    } catch (InputFormatException e) {
      String message = String.valueOf(e.getMessage());
      err.println("error: " + message);
      if (message.startsWith("FILE")) {
        err.println(TopicsOptions.DRIVERS_USAGE);
      }
      return USAGE;
    }
    out.println(toJson(drivers.report()));
    err.println("drivers: " + rows + " rows, " + missing + " without a score, " + skipped + " skipped");
    return OK;
  }

  private static int score(Row row, String column, String cell) throws InputFormatException {
    int value;
    try {
      value = Integer.parseInt(cell.strip());
    } catch (NumberFormatException e) {
      throw new InputFormatException("line " + row.line() + ", column " + column
          + ": '" + cell + "' is not a whole number");
    }
    if (value < 0 || value > 10) {
      throw new InputFormatException("line " + row.line() + ", column " + column
          + ": " + value + " is off the scale 0-10");
    }
    return value;
  }

  private static String toJson(DriverReport report) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("n", report.n());
      g.writeArrayFieldStart("topics");
      for (TopicDriver d : report.topics()) {
        g.writeStartObject();
        g.writeStringField("topic", d.topic());
        g.writeNumberField("mentions", d.mentions());
        g.writeNumberField("detractorShare", d.detractorShare());
        g.writeNumberField("promoterShare", d.promoterShare());
        number(g, "lift", d.lift());
        Interval ci = d.liftCi().orElse(null);
        if (ci == null) {
          g.writeNullField("liftCi");
        } else {
          g.writeObjectFieldStart("liftCi");
          g.writeNumberField("low", ci.low());
          g.writeNumberField("high", ci.high());
          g.writeNumberField("level", ci.level());
          g.writeEndObject();
        }
        number(g, "npsWith", d.npsWith());
        number(g, "npsWithout", d.npsWithout());
        g.writeNumberField("impact", d.impact());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return text.toString();
  }

  private static void number(JsonGenerator g, String name, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsDouble());
    } else {
      g.writeNullField(name);
    }
  }
}
