package io.feedbackloop.core.internal.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The codec's engine: two private {@link JsonFactory} instances (one per document kind, each with
 * its own read constraints), size checks before parsing, and the translation of every failure into
 * a {@link ValidationException}. Immutable and thread-safe; Jackson's factories are.
 */
public final class JsonEngine {
  private static final String DEFINITION = "survey definition";
  private static final String RESPONSE = "response";

  private final int maxDefinitionBytes;
  private final int maxResponseBytes;
  private final int maxDepth;
  private final JsonFactory definitions;
  private final JsonFactory responses;

  /**
   * Creates an engine with these limits (each {@code > 0}, checked by the caller).
   *
   * @param maxDefinitionBytes largest survey definition, in bytes of UTF-8
   * @param maxResponseBytes largest response, in bytes of UTF-8
   * @param maxDepth deepest nesting of objects and arrays
   */
  public JsonEngine(int maxDefinitionBytes, int maxResponseBytes, int maxDepth) {
    this.maxDefinitionBytes = maxDefinitionBytes;
    this.maxResponseBytes = maxResponseBytes;
    this.maxDepth = maxDepth;
    this.definitions = factory(maxDefinitionBytes, maxDepth);
    this.responses = factory(maxResponseBytes, maxDepth);
  }

  private static JsonFactory factory(int maxBytes, int maxDepth) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth)
                .maxDocumentLength(maxBytes)
                .maxStringLength(maxBytes)
                .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** Reads a survey definition from UTF-8 bytes. */
  public Survey readSurvey(byte[] utf8) {
    checkSize(DEFINITION, utf8.length, maxDefinitionBytes);
    return read(DEFINITION, definitions, utf8, null, SurveyReader::read);
  }

  /** Reads a survey definition from a string. */
  public Survey readSurvey(String json) {
    checkSize(DEFINITION, utf8Length(json, maxDefinitionBytes), maxDefinitionBytes);
    return read(DEFINITION, definitions, null, json, SurveyReader::read);
  }

  /** Reads a survey definition from a stream (at most the limit plus one byte is read). */
  public Survey readSurvey(InputStream in) {
    return readSurvey(readAtMost(DEFINITION, in, maxDefinitionBytes));
  }

  /** Reads a response from UTF-8 bytes. */
  public Response readResponse(byte[] utf8) {
    checkSize(RESPONSE, utf8.length, maxResponseBytes);
    return read(RESPONSE, responses, utf8, null, ResponseReader::read);
  }

  /** Reads a response from a string. */
  public Response readResponse(String json) {
    checkSize(RESPONSE, utf8Length(json, maxResponseBytes), maxResponseBytes);
    return read(RESPONSE, responses, null, json, ResponseReader::read);
  }

  /** Reads a response from a stream (at most the limit plus one byte is read). */
  public Response readResponse(InputStream in) {
    return readResponse(readAtMost(RESPONSE, in, maxResponseBytes));
  }

  /** Writes a survey definition. */
  public String writeSurvey(Survey survey) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = definitions.createGenerator(out)) {
      SurveyWriter.write(g, survey);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Writes a response as a string. */
  public String writeResponse(Response response) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = responses.createGenerator(out)) {
      ResponseWriter.write(g, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes a response as UTF-8 bytes. */
  public byte[] writeResponseBytes(Response response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = responses.createGenerator(out, JsonEncoding.UTF8)) {
      ResponseWriter.write(g, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** What a reader does with a cursor. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(JsonCursor cursor) throws IOException;
  }

  private <T> T read(
      String subject,
      JsonFactory factory,
      byte @Nullable [] bytes,
      @Nullable String text,
      Reader<T> reader) {
    JsonParser parser = null;
    try {
      parser = bytes != null ? factory.createParser(bytes) : factory.createParser(requireText(text));
      return reader.read(new JsonCursor(parser, subject));
    } catch (IOException e) {
      throw JacksonProblems.toValidation(subject, parser, e, maxDepth);
    } catch (IllegalArgumentException | DateTimeException e) {
      // a model rule the readers did not check first: report it where the parser stands
      String path = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
      throw new ValidationException(
          subject,
          List.of(new Problem(path, ProblemCode.JSON_INVALID_VALUE, JsonCursor.messageOf(e))));
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // closing an in-memory parser does not fail
        }
      }
    }
  }

  private static String requireText(@Nullable String text) {
    if (text == null) {
      throw new IllegalStateException("neither bytes nor text");
    }
    return text;
  }

  private static void checkSize(String subject, long size, int limit) {
    if (size > limit) {
      throw tooLarge(subject, "the document has " + size + " bytes, more than the limit of " + limit);
    }
  }

  private static ValidationException tooLarge(String subject, String message) {
    return new ValidationException(
        subject, List.of(new Problem("", ProblemCode.JSON_TOO_LARGE, message)));
  }

  /** The UTF-8 length of {@code s}, or {@code limit + 1} as soon as it is known to exceed it. */
  static long utf8Length(String s, int limit) {
    int n = s.length();
    if (n > limit) {
      return (long) limit + 1;
    }
    if ((long) n * 3 <= limit) {
      return n; // small enough whatever it holds; the exact size does not matter
    }
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
      if (bytes > limit) {
        return bytes;
      }
    }
    return bytes;
  }

  private static byte[] readAtMost(String subject, InputStream in, int limit) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(limit + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the " + subject + " failed", e);
    }
    if (bytes.length > limit) {
      throw tooLarge(subject, "the document has more than the limit of " + limit + " bytes");
    }
    return bytes;
  }
}
