package io.feedbackloop.core.store;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which responses of one tenant to read: optionally of one survey, submitted in a half-open time
 * range {@code [from, to)}, of one respondent, and with given attribute values (all must match).
 * Results are ordered by submission time, then response id.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(TenantId)}, or take all of a
 * tenant's responses with {@link #of(TenantId)}.
 */
public final class ResponseQuery {
  /** Most attribute filters in one query. */
  public static final int MAX_ATTRIBUTE_FILTERS = 16;

  private final TenantId tenant;
  private final @Nullable String surveyId;
  private final @Nullable Instant from;
  private final @Nullable Instant to;
  private final @Nullable RespondentId respondent;
  private final Map<String, String> attributes;

  private ResponseQuery(Builder b) {
    this.tenant = b.tenant;
    this.surveyId = b.surveyId;
    this.from = b.from;
    this.to = b.to;
    this.respondent = b.respondent;
    this.attributes = Collections.unmodifiableMap(new TreeMap<>(b.attributes));
  }

  /**
   * All responses of {@code tenant}.
   *
   * @throws NullPointerException if {@code tenant} is null
   */
  public static ResponseQuery of(TenantId tenant) {
    return builder(tenant).build();
  }

  /**
   * Starts a query over the responses of {@code tenant}; without further conditions it matches all
   * of them.
   *
   * @throws NullPointerException if {@code tenant} is null
   */
  public static Builder builder(TenantId tenant) {
    return new Builder(tenant);
  }

  /** A builder holding this query's conditions, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(tenant);
    b.surveyId = surveyId;
    b.from = from;
    b.to = to;
    b.respondent = respondent;
    b.attributes.putAll(attributes);
    return b;
  }

  /** The tenant whose responses are read. */
  public TenantId tenant() {
    return tenant;
  }

  /** The survey the responses answer, if restricted. */
  public Optional<String> surveyId() {
    return Optional.ofNullable(surveyId);
  }

  /** The earliest submission time, inclusive, if restricted. */
  public Optional<Instant> submittedFrom() {
    return Optional.ofNullable(from);
  }

  /** The submission time the responses must be before (exclusive), if restricted. */
  public Optional<Instant> submittedBefore() {
    return Optional.ofNullable(to);
  }

  /** The respondent, if restricted. */
  public Optional<RespondentId> respondent() {
    return Optional.ofNullable(respondent);
  }

  /** The attribute values the responses must all have, sorted by name; empty for none. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Tells whether {@code response} matches every condition of this query, its tenant included.
   *
   * @throws NullPointerException if {@code response} is null
   */
  public boolean matches(Response response) {
    Args.notNull("response", response);
    if (!tenant.equals(response.tenant())) {
      return false;
    }
    if (surveyId != null && !surveyId.equals(response.surveyId())) {
      return false;
    }
    Instant at = response.submittedAt();
    if ((from != null && at.isBefore(from)) || (to != null && !at.isBefore(to))) {
      return false;
    }
    if (respondent != null && !response.respondent().map(respondent::equals).orElse(false)) {
      return false;
    }
    Map<String, String> actual = response.attributes();
    for (Map.Entry<String, String> wanted : attributes.entrySet()) {
      if (!wanted.getValue().equals(actual.get(wanted.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResponseQuery q
        && tenant.equals(q.tenant)
        && Objects.equals(surveyId, q.surveyId)
        && Objects.equals(from, q.from)
        && Objects.equals(to, q.to)
        && Objects.equals(respondent, q.respondent)
        && attributes.equals(q.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, surveyId, from, to, respondent, attributes);
  }

  /** The conditions, with attribute names but not their values. */
  @Override
  public String toString() {
    return "ResponseQuery[tenant="
        + tenant
        + (surveyId == null ? "" : ", survey=" + surveyId)
        + (from == null ? "" : ", from=" + from)
        + (to == null ? "" : ", to=" + to)
        + (respondent == null ? "" : ", respondent=" + respondent)
        + (attributes.isEmpty() ? "" : ", attributes=" + attributes.keySet())
        + "]";
  }

  /** Builds a {@link ResponseQuery}. Not thread-safe. */
  public static final class Builder {
    private final TenantId tenant;
    private @Nullable String surveyId;
    private @Nullable Instant from;
    private @Nullable Instant to;
    private @Nullable RespondentId respondent;
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(TenantId tenant) {
      this.tenant = Args.notNull("tenant", tenant);
    }

    /**
     * Restricts to responses to one survey.
     *
     * @throws IllegalArgumentException if {@code surveyId} is not an identifier
     */
    public Builder survey(String surveyId) {
      this.surveyId = Args.identifier("surveyId", surveyId);
      return this;
    }

    /** Restricts to responses submitted at or after {@code from}. */
    public Builder submittedFrom(Instant from) {
      this.from = Args.notNull("from", from);
      return this;
    }

    /** Restricts to responses submitted strictly before {@code to}. */
    public Builder submittedBefore(Instant to) {
      this.to = Args.notNull("to", to);
      return this;
    }

    /** Restricts to responses submitted in {@code [from, to)}. */
    public Builder submittedBetween(Instant from, Instant to) {
      return submittedFrom(from).submittedBefore(to);
    }

    /** Restricts to the responses of one respondent. */
    public Builder respondent(RespondentId respondent) {
      this.respondent = Args.notNull("respondent", respondent);
      return this;
    }

    /**
     * Restricts to responses whose attribute {@code name} equals {@code value}; several calls
     * combine with AND (a second call for one name replaces the value).
     *
     * @throws IllegalArgumentException if the name is not an identifier, the value is longer than
     *     {@value Response#MAX_ATTRIBUTE_LENGTH} characters, or there would be more than {@value
     *     #MAX_ATTRIBUTE_FILTERS} filters
     */
    public Builder attribute(String name, String value) {
      Args.identifier("attribute name", name);
      Args.notNull("value of attribute " + name, value);
      Args.check(
          value.length() <= Response.MAX_ATTRIBUTE_LENGTH,
          "length of attribute " + name,
          "<= " + Response.MAX_ATTRIBUTE_LENGTH,
          value.length());
      Args.check(
          attributes.containsKey(name) || attributes.size() < MAX_ATTRIBUTE_FILTERS,
          "number of attribute filters",
          "<= " + MAX_ATTRIBUTE_FILTERS,
          attributes.size() + 1);
      attributes.put(name, value);
      return this;
    }

    /**
     * Builds the query.
     *
     * @throws IllegalArgumentException if both ends of the time range are set and {@code from} is
     *     not before {@code to}
     */
    public ResponseQuery build() {
      Instant f = from;
      Instant t = to;
      if (f != null && t != null && !f.isBefore(t)) {
        throw new IllegalArgumentException(
            "from must be before to, but was from=" + f + ", to=" + t);
      }
      return new ResponseQuery(this);
    }
  }
}
