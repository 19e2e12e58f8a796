package io.feedbackloop.benchmarks;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a user would bind a response to with Jackson data binding instead of our codec: public
 * fields mirroring the JSON, no validation, the instant left as a string.
 */
@SuppressWarnings("NullAway.Init") // filled by Jackson
public final class ResponseDto {
  /** The response id. */
  public @Nullable String id;

  /** The tenant. */
  public String tenant;

  /** The survey answered. */
  public SurveyRef survey;

  /** The channel name. */
  public String channel;

  /** The submission time, unparsed. */
  public String submittedAt;

  /** The answers by question id. */
  public Map<String, AnswerDto> answers;

  /** The survey reference. */
  @SuppressWarnings("NullAway.Init")
  public static final class SurveyRef {
    /** The survey id. */
    public String id;

    /** The survey version. */
    public int version;
  }

  /** One answer: a type name and a value (number, boolean, string or list). */
  @SuppressWarnings("NullAway.Init")
  public static final class AnswerDto {
    /** The answer type name. */
    public String type;

    /** The value, as Jackson binds it to {@code Object}. */
    public Object value;
  }
}
