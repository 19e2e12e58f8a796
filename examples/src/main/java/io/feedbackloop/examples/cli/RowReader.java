package io.feedbackloop.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads rows from CSV (RFC 4180: header row, comma separator, double-quote quoting with {@code ""}
 * escapes, CRLF or LF, quoted fields may span lines) or JSON Lines (one object per line, blank
 * lines skipped), chosen by the file extension. UTF-8; a leading byte-order mark is ignored.
 * Streams: one row in memory at a time.
 */
abstract class RowReader implements Closeable {

  /** Opens {@code file} by its extension, {@code .csv} or {@code .jsonl}. */
  static RowReader open(Path file) throws IOException, InputFormatException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    if (name.endsWith(".csv")) {
      return new Csv(reader);
    }
    if (name.endsWith(".jsonl")) {
      return new JsonLines(reader);
    }
    reader.close();
    throw new InputFormatException(
        "FILE must end in .csv or .jsonl, but was '" + file.getFileName() + "'");
  }

  /** The next row, or null at the end. */
  abstract @Nullable Row next() throws IOException, InputFormatException;

  /** CSV with a header row. */
  private static final class Csv extends RowReader {
    private final BufferedReader in;
    private final List<String> header;
    private long line = 1;
    private boolean sawQuote;

    Csv(BufferedReader in) throws IOException, InputFormatException {
      this.in = in;
      List<String> names = record();
      if (names == null) {
        throw new InputFormatException("line 1: the CSV file is empty (a header row is required)");
      }
      this.header = names;
    }

    @Override
    @Nullable Row next() throws IOException, InputFormatException {
      while (true) {
        long start = line;
        List<String> fields = record();
        if (fields == null) {
          return null;
        }
        if (fields.size() == 1 && fields.get(0).isEmpty() && !sawQuote) {
          continue; // an empty line (a quoted empty field, "", is a blank cell instead)
        }
        if (fields.size() != header.size()) {
          throw new InputFormatException(
              "line " + start + ": " + fields.size() + " fields, but the header has "
                  + header.size());
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
          cells.put(header.get(i), fields.get(i));
        }
        return new Row(start, cells);
      }
    }

    /** One record, counting physical lines; null at the end of input. */
    private @Nullable List<String> record() throws IOException, InputFormatException {
      int c = in.read();
      if (c == -1) {
        return null;
      }
      long start = line;
      sawQuote = false;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean afterQuote = false;
      while (true) {
        if (quoted) {
          if (c == -1) {
            throw new InputFormatException("line " + start + ": a quoted field is not closed");
          }
          if (c == '"') {
            int d = in.read();
            if (d == '"') {
              field.append('"');
            } else {
              quoted = false;
              afterQuote = true;
              c = d;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == ',' ) {
          fields.add(field.toString());
          field.setLength(0);
          afterQuote = false;
        } else if (c == '\n' || c == -1) {
          if (c == '\n') {
            line++;
          }
          int end = field.length();
          if (!afterQuote && end > 0 && field.charAt(end - 1) == '\r') {
            field.setLength(end - 1);
          }
          fields.add(field.toString());
          return fields;
        } else if (c == '\r' && afterQuote) {
          // CR of a CRLF after a closing quote
        } else if (c == '"' && field.length() == 0 && !afterQuote) {
          quoted = true;
          sawQuote = true;
        } else if (afterQuote) {
          throw new InputFormatException(
              "line " + line + ": unexpected character after a closing quote");
        } else {
          field.append((char) c);
        }
        c = in.read();
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** JSON Lines: one flat object per line. */
  private static final class JsonLines extends RowReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final BufferedReader in;
    private long line;

    JsonLines(BufferedReader in) {
      this.in = in;
    }

    @Override
    @Nullable Row next() throws IOException, InputFormatException {
      String text;
      do {
        text = in.readLine();
        line++;
        if (text == null) {
          return null;
        }
      } while (text.isBlank());
      Map<String, String> cells = new HashMap<>();
      try (JsonParser p = FACTORY.createParser(text)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new InputFormatException("line " + line + ": not a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            throw new InputFormatException(
                "line " + line + ", column " + name + ": nested values are not supported");
          }
          // null is a blank cell; a key that is absent is a missing column
          cells.put(name, value == JsonToken.VALUE_NULL ? "" : p.getText());
        }
        if (p.nextToken() != null) {
          throw new InputFormatException("line " + line + ": content after the JSON object");
        }
      } catch (com.fasterxml.jackson.core.JacksonException e) {
        throw new InputFormatException(
            "line " + line + ": not valid JSON (" + e.getOriginalMessage() + ")");
      }
      return new Row(line, cells);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
