package io.feedbackloop.core.response;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.internal.Args;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One submitted answer sheet: who answered which survey version, when, through which channel, the
 * answers, and free-form attributes for segmentation (region, customer tier, order value).
 *
 * <p>A response is immutable and may be invalid: {@link
 * io.feedbackloop.core.validation.ResponseValidator} checks it against its survey and reports every
 * problem. It may even hold two answers to one question, so that validation can report that.
 *
 * <p><b>Idempotency.</b> Stores append a response at most once per tenant, survey and {@link
 * #idempotencyKey()} (which defaults to the response id). Two responses have the {@linkplain
 * #sameContentAs same content} when everything but the id, the submitted time and the key is
 * equal; a retry with the same key and content is harmless, one with other content is a conflict.
 */
public final class Response {
  /** Largest number of attributes on one response. */
  public static final int MAX_ATTRIBUTES = 64;

  /** Longest attribute value, in characters. */
  public static final int MAX_ATTRIBUTE_LENGTH = 1000;

  private final String id;
  private final TenantId tenant;
  private final String surveyId;
  private final int surveyVersion;
  private final @Nullable RespondentId respondent;
  private final @Nullable String touchpoint;
  private final Channel channel;
  private final Instant submittedAt;
  private final @Nullable Locale locale;
  private final List<Answer> answers;
  private final Map<String, String> attributes;
  private final String idempotencyKey;

  private Response(Builder b, Instant submittedAt, String id) {
    this.id = id;
    this.tenant = b.tenant;
    this.surveyId = b.surveyId;
    this.surveyVersion = b.surveyVersion;
    this.respondent = b.respondent;
    this.touchpoint = b.touchpoint;
    this.channel = b.channel;
    this.submittedAt = submittedAt;
    this.locale = b.locale;
    this.answers = List.copyOf(b.answers);
    this.attributes =
        b.attributes.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(b.attributes));
    this.idempotencyKey = b.idempotencyKey != null ? b.idempotencyKey : id;
  }

  /** Starts a response of {@code tenant} to the survey {@code surveyId} (version 1 by default). */
  public static Builder builder(TenantId tenant, String surveyId) {
    return new Builder(tenant, surveyId);
  }

  /** A builder holding everything this response holds, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b =
        new Builder(tenant, surveyId)
            .id(id)
            .surveyVersion(surveyVersion)
            .channel(channel)
            .submittedAt(submittedAt)
            .idempotencyKey(idempotencyKey);
    b.respondent = respondent;
    b.touchpoint = touchpoint;
    b.locale = locale;
    b.answers.addAll(answers);
    b.attributes.putAll(attributes);
    return b;
  }

  /** The response id, unique within the tenant. */
  public String id() {
    return id;
  }

  /** The tenant it belongs to. */
  public TenantId tenant() {
    return tenant;
  }

  /** The id of the survey answered. */
  public String surveyId() {
    return surveyId;
  }

  /** The version of the survey answered. */
  public int surveyVersion() {
    return surveyVersion;
  }

  /** The respondent, if known (anonymous QR answers have none). */
  public Optional<RespondentId> respondent() {
    return Optional.ofNullable(respondent);
  }

  /** The touchpoint (purchase, delivery, support), if given. */
  public Optional<String> touchpoint() {
    return Optional.ofNullable(touchpoint);
  }

  /** The channel it came through. */
  public Channel channel() {
    return channel;
  }

  /** When it was submitted. */
  public Instant submittedAt() {
    return submittedAt;
  }

  /** The language the respondent saw, if known. */
  public Optional<Locale> locale() {
    return Optional.ofNullable(locale);
  }

  /** The answers, in the order given (possibly with duplicates; see the class description). */
  public List<Answer> answers() {
    return answers;
  }

  /** The first answer to {@code questionId}, if any. */
  public Optional<Answer> answer(String questionId) {
    for (Answer a : answers) {
      if (a.questionId().equals(questionId)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The segmentation attributes, sorted by name. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The idempotency key (the id unless set otherwise). */
  public String idempotencyKey() {
    return idempotencyKey;
  }

  /**
   * Tells whether {@code other} has the same content: equal in everything but {@link #id()},
   * {@link #submittedAt()} and {@link #idempotencyKey()}.
   */
  public boolean sameContentAs(Response other) {
    return tenant.equals(other.tenant)
        && surveyId.equals(other.surveyId)
        && surveyVersion == other.surveyVersion
        && Objects.equals(respondent, other.respondent)
        && Objects.equals(touchpoint, other.touchpoint)
        && channel == other.channel
        && Objects.equals(locale, other.locale)
        && answers.equals(other.answers)
        && attributes.equals(other.attributes);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Response other
        && id.equals(other.id)
        && submittedAt.equals(other.submittedAt)
        && idempotencyKey.equals(other.idempotencyKey)
        && sameContentAs(other);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, surveyId, submittedAt, answers);
  }

  /** Ids and counts only: never answers' text or attribute values. */
  @Override
  public String toString() {
    return "Response[id="
        + id
        + ", tenant="
        + tenant
        + ", survey="
        + surveyId
        + " v"
        + surveyVersion
        + ", respondent="
        + respondent
        + ", submittedAt="
        + submittedAt
        + ", answers="
        + answers.size()
        + ", attributes="
        + attributes.keySet()
        + "]";
  }

  /**
   * Builds a {@link Response}. Defaults: version 1, a random UUID as id, channel {@link
   * Channel#API}, submitted now by the UTC system clock (set {@link #submittedAt} or {@link
   * #clock} to control it), the id as idempotency key. Not thread-safe.
   */
  public static final class Builder {
    private final TenantId tenant;
    private final String surveyId;
    private @Nullable String id;
    private int surveyVersion = 1;
    private @Nullable RespondentId respondent;
    private @Nullable String touchpoint;
    private Channel channel = Channel.API;
    private @Nullable Instant submittedAt;
    private Clock clock = Clock.systemUTC();
    private @Nullable Locale locale;
    private final List<Answer> answers = new ArrayList<>();
    private final Map<String, String> attributes = new TreeMap<>();
    private @Nullable String idempotencyKey;

    private Builder(TenantId tenant, String surveyId) {
      this.tenant = Args.notNull("tenant", tenant);
      this.surveyId = Args.identifier("surveyId", surveyId);
    }

    /** Sets the id (1-64 letters, digits, '.', '_', '-'). */
    public Builder id(String value) {
      this.id = Args.identifier("response id", value);
      return this;
    }

    /** Sets the survey version answered ({@code >= 1}). */
    public Builder surveyVersion(int value) {
      this.surveyVersion = Args.positive("surveyVersion", value);
      return this;
    }

    /** Sets the respondent by the host's opaque id. */
    public Builder respondent(String hostId) {
      this.respondent = RespondentId.of(hostId);
      return this;
    }

    /** Sets the respondent, or none with null. */
    public Builder respondent(@Nullable RespondentId value) {
      this.respondent = value;
      return this;
    }

    /** Sets the touchpoint (an identifier such as {@code delivery}), or none with null. */
    public Builder touchpoint(@Nullable String value) {
      this.touchpoint = value == null ? null : Args.identifier("touchpoint", value);
      return this;
    }

    /** Sets the channel. */
    public Builder channel(Channel value) {
      this.channel = Args.notNull("channel", value);
      return this;
    }

    /** Sets the submission time. */
    public Builder submittedAt(Instant value) {
      this.submittedAt = Args.notNull("submittedAt", value);
      return this;
    }

    /** Sets the clock that gives the submission time when none is set. */
    public Builder clock(Clock value) {
      this.clock = Args.notNull("clock", value);
      return this;
    }

    /** Sets the language the respondent saw, or none with null. */
    public Builder locale(@Nullable Locale value) {
      this.locale = value;
      return this;
    }

    /** Adds a score answer (NPS, CSAT, CES, rating, smiley). */
    public Builder answer(String questionId, int score) {
      return answer(new ScoreAnswer(questionId, score));
    }

    /** Adds a free-text answer. */
    public Builder answer(String questionId, String text) {
      return answer(new TextAnswer(questionId, text));
    }

    /** Adds a thumbs answer (true = up). */
    public Builder answer(String questionId, boolean thumbsUp) {
      return answer(new ThumbsAnswer(questionId, thumbsUp));
    }

    /** Adds a choice answer. */
    public Builder choices(String questionId, String... choiceIds) {
      return answer(ChoiceAnswer.of(questionId, choiceIds));
    }

    /** Adds an answer. */
    public Builder answer(Answer value) {
      answers.add(Args.notNull("answer", value));
      return this;
    }

    /**
     * Sets an attribute for segmentation.
     *
     * @throws IllegalArgumentException if the name is not an identifier, the value is longer than
     *     {@value Response#MAX_ATTRIBUTE_LENGTH} characters, or there would be more than {@value
     *     Response#MAX_ATTRIBUTES} attributes
     */
    public Builder attribute(String name, String value) {
      Args.identifier("attribute name", name);
      // messages are built only on failure: this runs for every attribute parsed
      if (value == null) {
        throw new NullPointerException("value of attribute " + name + " must not be null");
      }
      if (value.length() > MAX_ATTRIBUTE_LENGTH) {
        Args.check(
            false, "length of attribute " + name, "<= " + MAX_ATTRIBUTE_LENGTH, value.length());
      }
      if (attributes.size() >= MAX_ATTRIBUTES && !attributes.containsKey(name)) {
        Args.check(false, "number of attributes", "<= " + MAX_ATTRIBUTES, attributes.size() + 1);
      }
      attributes.put(name, value);
      return this;
    }

    /** Sets the idempotency key (1-128 printable characters). */
    public Builder idempotencyKey(String value) {
      Args.notBlank("idempotencyKey", value);
      Args.check(value.length() <= 128, "idempotencyKey length", "<= 128", value.length());
      for (int i = 0; i < value.length(); i++) {
        if (Character.isISOControl(value.charAt(i))) {
          Args.check(
              false, "idempotencyKey", "free of control characters", "'" + Args.printable(value) + "'");
        }
      }
      this.idempotencyKey = value;
      return this;
    }

    /** Builds the response. */
    public Response build() {
      Instant at = submittedAt != null ? submittedAt : clock.instant();
      String theId = id != null ? id : UUID.randomUUID().toString();
      return new Response(this, at, theId);
    }
  }
}
