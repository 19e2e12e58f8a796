package io.feedbackloop.core.json;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.internal.json.JsonEngine;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.validation.ValidationException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads and writes survey definitions and responses as JSON (the wire format is described in the
 * {@linkplain io.feedbackloop.core.json package documentation}).
 *
 * <p><b>Reading</b> is strict and streaming: unknown properties, duplicate keys, missing required
 * properties, values of the wrong JSON type, invalid values, trailing content, documents larger than
 * the byte limit and documents nested deeper than the depth limit are all rejected with a {@link
 * ValidationException} whose {@linkplain ValidationException#problems() problems} point at the
 * offending value (a JSON pointer such as {@code /questions/2/scale/max}) with a {@code json_*}
 * code. A definition that is well-formed but breaks a survey rule fails with the survey's own
 * {@code ValidationException}, whose paths point into the same document. Reading a response does
 * not validate it against its survey: use {@link io.feedbackloop.core.validation.ResponseValidator}
 * (which, for example, reports a question answered twice). Messages never quote free-text answers.
 *
 * <p><b>Writing</b> produces schema version 1 with every property explicit; what is written reads
 * back to an equal value.
 *
 * <p>Defaults: definitions up to 1 MiB, responses up to 64 KiB, nesting up to 64 levels.
 * Immutable and thread-safe; share one instance.
 */
public final class FeedbackJson {
  /** The default {@link Builder#maxDefinitionBytes}: 1 MiB. */
  public static final int DEFAULT_MAX_DEFINITION_BYTES = 1_048_576;

  /** The default {@link Builder#maxResponseBytes}: 64 KiB. */
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 65_536;

  /** The default {@link Builder#maxDepth}. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  private static final FeedbackJson DEFAULTS = builder().build();

  private final int maxDefinitionBytes;
  private final int maxResponseBytes;
  private final int maxDepth;
  private final JsonEngine engine;

  private FeedbackJson(Builder b) {
    this.maxDefinitionBytes = b.maxDefinitionBytes;
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxDepth = b.maxDepth;
    this.engine = new JsonEngine(maxDefinitionBytes, maxResponseBytes, maxDepth);
  }

  /** The codec with the default limits. */
  public static FeedbackJson ofDefaults() {
    return DEFAULTS;
  }

  /** Starts a codec with the default limits, to change some. */
  public static Builder builder() {
    return new Builder();
  }

  /** The largest survey definition read, in bytes of UTF-8. */
  public int maxDefinitionBytes() {
    return maxDefinitionBytes;
  }

  /** The largest response read, in bytes of UTF-8. */
  public int maxResponseBytes() {
    return maxResponseBytes;
  }

  /** The deepest nesting of objects and arrays read. */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Reads a survey definition.
   *
   * @throws ValidationException if the document is not a valid definition (see the class
   *     description)
   * @throws NullPointerException if {@code json} is null
   */
  public Survey readSurvey(String json) {
    return engine.readSurvey(Args.notNull("json", json));
  }

  /**
   * Reads a survey definition from UTF-8 bytes.
   *
   * @throws ValidationException if the document is not a valid definition
   * @throws NullPointerException if {@code utf8} is null
   */
  public Survey readSurvey(byte[] utf8) {
    return engine.readSurvey(Args.notNull("utf8", utf8));
  }

  /**
   * Reads a survey definition from a stream of UTF-8, reading at most the limit plus one byte. The
   * stream is not closed.
   *
   * @throws ValidationException if the document is not a valid definition
   * @throws UncheckedIOException if reading the stream fails
   * @throws NullPointerException if {@code in} is null
   */
  public Survey readSurvey(InputStream in) {
    return engine.readSurvey(Args.notNull("in", in));
  }

  /**
   * Writes a survey definition (schema version 1, every property explicit).
   *
   * @throws NullPointerException if {@code survey} is null
   */
  public String writeSurvey(Survey survey) {
    return engine.writeSurvey(Args.notNull("survey", survey));
  }

  /**
   * Reads a response. The response is not checked against its survey.
   *
   * @throws ValidationException if the document is not a well-formed response
   * @throws NullPointerException if {@code json} is null
   */
  public Response readResponse(String json) {
    return engine.readResponse(Args.notNull("json", json));
  }

  /**
   * Reads a response from UTF-8 bytes. The response is not checked against its survey.
   *
   * @throws ValidationException if the document is not a well-formed response
   * @throws NullPointerException if {@code utf8} is null
   */
  public Response readResponse(byte[] utf8) {
    return engine.readResponse(Args.notNull("utf8", utf8));
  }

  /**
   * Reads a response from a stream of UTF-8, reading at most the limit plus one byte. The stream
   * is not closed.
   *
   * @throws ValidationException if the document is not a well-formed response
   * @throws UncheckedIOException if reading the stream fails
   * @throws NullPointerException if {@code in} is null
   */
  public Response readResponse(InputStream in) {
    return engine.readResponse(Args.notNull("in", in));
  }

  /**
   * Writes a response as a string.
   *
   * @throws NullPointerException if {@code response} is null
   */
  public String writeResponse(Response response) {
    return engine.writeResponse(Args.notNull("response", response));
  }

  /**
   * Writes a response as UTF-8 bytes.
   *
   * @throws NullPointerException if {@code response} is null
   */
  public byte[] writeResponseBytes(Response response) {
    return engine.writeResponseBytes(Args.notNull("response", response));
  }

  @Override
  public String toString() {
    return "FeedbackJson[maxDefinitionBytes=" + maxDefinitionBytes + ", maxResponseBytes="
        + maxResponseBytes + ", maxDepth=" + maxDepth + "]";
  }

  /** Builds a {@link FeedbackJson}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private int maxDefinitionBytes = DEFAULT_MAX_DEFINITION_BYTES;
    private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;

    private Builder() {}

    /**
     * Sets the largest survey definition read, in bytes of UTF-8 (default 1 MiB).
     *
     * @throws IllegalArgumentException unless {@code 0 < value < Integer.MAX_VALUE}
     */
    public Builder maxDefinitionBytes(int value) {
      this.maxDefinitionBytes = limit("maxDefinitionBytes", value);
      return this;
    }

    /**
     * Sets the largest response read, in bytes of UTF-8 (default 64 KiB).
     *
     * @throws IllegalArgumentException unless {@code 0 < value < Integer.MAX_VALUE}
     */
    public Builder maxResponseBytes(int value) {
      this.maxResponseBytes = limit("maxResponseBytes", value);
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays read (default 64; the root object is level
     * 1).
     *
     * @throws IllegalArgumentException if {@code value <= 0}
     */
    public Builder maxDepth(int value) {
      this.maxDepth = Args.positive("maxDepth", value);
      return this;
    }

    private static int limit(String name, int value) {
      Args.positive(name, value);
      Args.check(value < Integer.MAX_VALUE, name, "< " + Integer.MAX_VALUE, value);
      return value;
    }

    /** Builds the codec. */
    public FeedbackJson build() {
      return new FeedbackJson(this);
    }
  }
}
