package io.feedbackloop.benchmarks.loop;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a user binds a response document to with Jackson data binding: public fields mirroring the
 * JSON, unknown fields ignored, no validation, the instant left as a string.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@SuppressWarnings("NullAway.Init") // filled by Jackson
public final class PeerResponse {
  /** The response id. */
  public String id;

  /** The tenant. */
  public String tenant;

  /** The survey answered. */
  public SurveyRef survey;

  /** The respondent's host id. */
  public @Nullable String respondent;

  /** The channel name. */
  public @Nullable String channel;

  /** The submission time, unparsed. */
  public String submittedAt;

  /** The language tag. */
  public @Nullable String locale;

  /** The answers by question id. */
  public Map<String, Answer> answers;

  /** The attributes. */
  public @Nullable Map<String, String> attributes;

  /** The survey reference. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @SuppressWarnings("NullAway.Init")
  public static final class SurveyRef {
    /** The survey id. */
    public String id;

    /** The survey version. */
    public int version;
  }

  /** One answer: a type name and a value (number, boolean, string or list). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @SuppressWarnings("NullAway.Init")
  public static final class Answer {
    /** The answer type name. */
    public String type;

    /** The value, as Jackson binds it to {@code Object}. */
    public Object value;
  }

  /** The NPS score, or -1 when the {@code nps} answer is missing or not a number. */
  int npsScore() {
    Answer a = answers == null ? null : answers.get("nps");
    return a != null && a.value instanceof Number n ? n.intValue() : -1;
  }
}
