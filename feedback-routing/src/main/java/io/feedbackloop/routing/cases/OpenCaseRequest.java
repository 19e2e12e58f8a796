package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.Action.CasePriority;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What {@link CaseService#open} needs to open a case: the creation key (tenant, source response,
 * rule), the team and priority, and optionally the respondent, the response's attributes (for
 * choosing the SLA policy and the owner), SLA due times and tags. Opening is idempotent per
 * creation key. {@link #of(Action.OpenCase, Response, String)} makes one from the rule engine's
 * action. Immutable and thread-safe.
 */
public final class OpenCaseRequest {
  private final TenantId tenant;
  private final String sourceResponseId;
  private final String ruleId;
  private final String team;
  private final CasePriority priority;
  private final @Nullable RespondentId respondent;
  private final @Nullable Instant firstContactDue;
  private final @Nullable Instant resolutionDue;
  private final Set<String> tags;
  private final Map<String, String> attributes;
  private final String actor;

  private OpenCaseRequest(Builder b) {
    this.tenant = b.tenant;
    this.sourceResponseId = b.sourceResponseId;
    this.ruleId = b.ruleId;
    this.team = Checks.notNull("team", b.team);
    this.priority = b.priority;
    this.respondent = b.respondent;
    this.firstContactDue = b.firstContactDue;
    this.resolutionDue = b.resolutionDue;
    this.tags = Set.copyOf(b.tags);
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    this.actor = b.actor;
  }

  /**
   * Starts a request with its creation key.
   *
   * @param tenant the tenant
   * @param sourceResponseId the response the case is about (an identifier)
   * @param ruleId the rule that asks for the case (an identifier)
   * @throws IllegalArgumentException if an id is not an identifier
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(TenantId tenant, String sourceResponseId, String ruleId) {
    return new Builder(
        Checks.notNull("tenant", tenant),
        Checks.identifier("sourceResponseId", sourceResponseId),
        Checks.identifier("ruleId", ruleId));
  }

  /**
   * The request for the case a rule's {@code openCase} action asks for about {@code response}: its
   * tenant, id, respondent and attributes, the action's team and priority, and a first-contact due
   * time of the action's SLA after the response was submitted (kept only if the {@link
   * CaseService} has no {@link io.feedbackloop.routing.sla.SlaPolicies}; with policies, the policy
   * chosen by rule, priority and attributes sets both due times).
   *
   * @param action the rule's action
   * @param response the response the rule matched
   * @param ruleId the id of the rule
   * @throws IllegalArgumentException if the response id or rule id is not an identifier
   * @throws NullPointerException if an argument is null
   */
  public static OpenCaseRequest of(Action.OpenCase action, Response response, String ruleId) {
    Checks.notNull("action", action);
    Checks.notNull("response", response);
    return builder(response.tenant(), response.id(), ruleId)
        .team(action.team())
        .priority(action.priority())
        .respondent(response.respondent().orElse(null))
        .attributes(response.attributes())
        .firstContactDue(response.submittedAt().plus(action.sla()))
        .build();
  }

  /** The tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** The response the case is about. */
  public String sourceResponseId() {
    return sourceResponseId;
  }

  /** The rule that asks for the case. */
  public String ruleId() {
    return ruleId;
  }

  /** The team the case goes to. */
  public String team() {
    return team;
  }

  /** The priority; default {@link CasePriority#NORMAL}. */
  public CasePriority priority() {
    return priority;
  }

  /** The respondent, if known. */
  public Optional<RespondentId> respondent() {
    return Optional.ofNullable(respondent);
  }

  /** When the customer must be contacted by, if there is a target. */
  public Optional<Instant> firstContactDue() {
    return Optional.ofNullable(firstContactDue);
  }

  /** When the case must be resolved by, if there is a target. */
  public Optional<Instant> resolutionDue() {
    return Optional.ofNullable(resolutionDue);
  }

  /** The tags to start with; default none. */
  public Set<String> tags() {
    return tags;
  }

  /** The response's attributes (segment values such as {@code plan}); default none. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** Who opens the case, recorded in the audit trail; default {@code system}. */
  public String actor() {
    return actor;
  }

  @Override
  public String toString() {
    return "OpenCaseRequest[tenant=" + tenant + ", response=" + sourceResponseId + ", rule=" + ruleId + ", team=" + team + "]";
  }

  /** Builds an {@link OpenCaseRequest}. Not thread-safe. */
  public static final class Builder {
    private final TenantId tenant;
    private final String sourceResponseId;
    private final String ruleId;
    private @Nullable String team;
    private CasePriority priority = CasePriority.NORMAL;
    private @Nullable RespondentId respondent;
    private @Nullable Instant firstContactDue;
    private @Nullable Instant resolutionDue;
    private final Set<String> tags = new TreeSet<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private String actor = "system";

    private Builder(TenantId tenant, String sourceResponseId, String ruleId) {
      this.tenant = tenant;
      this.sourceResponseId = sourceResponseId;
      this.ruleId = ruleId;
    }

    /** Sets the team (required; an identifier). */
    public Builder team(String value) {
      this.team = Checks.identifier("team", value);
      return this;
    }

    /** Sets the priority; default {@link CasePriority#NORMAL}. */
    public Builder priority(CasePriority value) {
      this.priority = Checks.notNull("priority", value);
      return this;
    }

    /** Sets the respondent, or none with null. */
    public Builder respondent(@Nullable RespondentId value) {
      this.respondent = value;
      return this;
    }

    /** Sets the first-contact due time, or none with null. */
    public Builder firstContactDue(@Nullable Instant value) {
      this.firstContactDue = value;
      return this;
    }

    /** Sets the resolution due time, or none with null. */
    public Builder resolutionDue(@Nullable Instant value) {
      this.resolutionDue = value;
      return this;
    }

    /** Adds a tag (an identifier). */
    public Builder tag(String value) {
      tags.add(Checks.identifier("tag", value));
      return this;
    }

    /** Adds the response's attributes (for choosing the SLA policy and the owner). */
    public Builder attributes(Map<String, String> values) {
      Checks.notNull("attributes", values)
          .forEach((k, v) -> attributes.put(Checks.notNull("attribute name", k), Checks.notNull("attribute " + k, v)));
      return this;
    }

    /** Sets who opens the case (an identifier); default {@code system}. */
    public Builder actor(String value) {
      this.actor = Checks.identifier("actor", value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws NullPointerException if no team was set
     */
    public OpenCaseRequest build() {
      return new OpenCaseRequest(this);
    }
  }
}
