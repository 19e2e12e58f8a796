package io.feedbackloop.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.feedbackloop.scoring.text.TextInsight;
import io.feedbackloop.scoring.text.TextLanguage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code topics}: the language, topics and sentiment of a text column of a CSV or JSON Lines file,
 * one JSON object per data row on stdout (JSON Lines, in input order), a summary on stderr. Streams
 * the file.
 */
public final class TopicsCommand implements Command {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final CommentReader reader;

  /** The command with the SDK's default text analyzer. */
  public TopicsCommand() {
    this(CommentReader.ofDefaults());
  }

  TopicsCommand(CommentReader reader) {
    this.reader = reader;
  }

  @Override
  public String name() {
    return "topics";
  }

  @Override
  public String summary() {
    return "language, topics and sentiment of each comment of a CSV or JSONL column (JSON Lines)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    TopicsOptions options = TopicsOptions.parseOrExplain(args, false, err);
    if (options == null) {
      return USAGE;
    }
    long rows = 0;
    long skipped = 0;
    try (RowReader in = RowReader.open(options.file)) {
      Row row;
      while ((row = in.next()) != null) {
        rows++;
        try {
          out.println(line(rows, analyze(reader, options, row)));
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
        err.println(TopicsOptions.TOPICS_USAGE);
      }
      return USAGE;
    }
    err.println("topics: " + rows + " rows, " + skipped + " skipped");
    return OK;
  }

  /** Reads the row's text, with the language column's code as the hint when it is a known one. */
  static TextInsight analyze(CommentReader reader, TopicsOptions options, Row row)
      throws InputFormatException {
    String text = cell(row, options.textColumn);
    Locale hint = null;
    String languageColumn = options.languageColumn;
    if (languageColumn != null) {
      hint = hint(cell(row, languageColumn));
    }
    return text.isBlank() ? TextInsight.EMPTY : reader.read(text, hint);
  }

  private static @Nullable Locale hint(String code) {
    String tag = code.strip();
    Optional<TextLanguage> language = TextLanguage.of(Locale.forLanguageTag(tag.replace('_', '-')));
    return language.map(TextLanguage::locale).orElse(null);
  }

  static String cell(Row row, String column) throws InputFormatException {
    Optional<String> value = row.cell(column);
    if (value.isEmpty()) {
      throw new InputFormatException("line " + row.line() + ", column " + column + ": the column is missing");
    }
    return value.get();
  }

  private static String line(long row, TextInsight insight) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("row", row);
      g.writeStringField("language", insight.languageCode());
      g.writeArrayFieldStart("topics");
      for (String topic : insight.topics()) {
        g.writeString(topic);
      }
      g.writeEndArray();
      g.writeStringField("sentiment", insight.sentiment().sentiment().label());
      g.writeEndObject();
    }
    return text.toString();
  }
}
