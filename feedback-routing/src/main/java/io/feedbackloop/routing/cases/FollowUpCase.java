package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.cases.Micros;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.rules.Action.CasePriority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up case: the work a rule opened because a response needs a human. Named {@code
 * FollowUpCase} because {@code case} is a Java keyword.
 *
 * <p>A case is about one response (the source, whose id and the rule's id make the case's creation
 * key: one response never opens two cases for the same rule) and possibly more responses and
 * respondents linked later (a problem case for a recurring issue). It carries its {@link
 * CaseStatus}, priority, team, owner, SLA due times, tags, notes, root-cause codes, resolution
 * summary, the message sent to the customer, the times of first contact, resolution and closing,
 * its pauses ({@link #holds()}), a version for optimistic concurrency and an append-only audit
 * trail.
 *
 * <p>Immutable and thread-safe; a final class with a {@linkplain #builder() builder} rather than a
 * record so that fields can be added compatibly. Instants are kept to the microsecond (what
 * PostgreSQL stores), so that every store gives back an equal case. Equal when every field is
 * equal. {@link #toString()} leaves out notes, the resolution summary and the customer message
 * (free text that may hold personal data).
 */
public final class FollowUpCase {
  private final CaseId id;
  private final TenantId tenant;
  private final String ruleId;
  private final String sourceResponseId;
  private final List<String> responseIds;
  private final List<RespondentId> respondents;
  private final CaseStatus status;
  private final @Nullable CaseStatus heldFrom;
  private final @Nullable Instant onHoldSince;
  private final CasePriority priority;
  private final String team;
  private final @Nullable String owner;
  private final @Nullable Instant firstContactDue;
  private final @Nullable Instant resolutionDue;
  private final Set<String> tags;
  private final List<CaseNote> notes;
  private final Set<String> rootCauses;
  private final @Nullable String resolutionSummary;
  private final @Nullable String customerMessage;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final @Nullable Instant firstContactAt;
  private final @Nullable Instant resolvedAt;
  private final @Nullable Instant closedAt;
  private final List<HoldInterval> holds;
  private final List<AuditEntry> audit;

  private FollowUpCase(Builder b) {
    this.id = Checks.notNull("id", b.id);
    this.tenant = Checks.notNull("tenant", b.tenant);
    this.ruleId = Checks.identifier("ruleId", b.ruleId);
    this.sourceResponseId = Checks.identifier("sourceResponseId", b.sourceResponseId);
    LinkedHashSet<String> responses = new LinkedHashSet<>();
    responses.add(sourceResponseId);
    for (String r : b.responseIds) {
      responses.add(Checks.identifier("responseId", r));
    }
    this.responseIds = List.copyOf(responses);
    this.respondents = List.copyOf(new LinkedHashSet<>(b.respondents));
    this.status = Checks.notNull("status", b.status);
    this.heldFrom = b.heldFrom;
    this.onHoldSince = Micros.truncateOrNull(b.onHoldSince);
    boolean held = status == CaseStatus.ON_HOLD;
    Checks.check(
        held == (heldFrom != null) && held == (onHoldSince != null),
        "heldFrom and onHoldSince",
        "set exactly when the status is ON_HOLD (status " + status + ")",
        "heldFrom " + heldFrom + ", onHoldSince " + onHoldSince);
    if (heldFrom != null) {
      Checks.check(
          CaseLifecycle.canMove(heldFrom, CaseStatus.ON_HOLD),
          "heldFrom",
          "a status that may be put on hold",
          heldFrom);
    }
    this.priority = Checks.notNull("priority", b.priority);
    this.team = Checks.identifier("team", b.team);
    this.owner = b.owner == null ? null : Checks.identifier("owner", b.owner);
    this.firstContactDue = Micros.truncateOrNull(b.firstContactDue);
    this.resolutionDue = Micros.truncateOrNull(b.resolutionDue);
    this.tags = sortedIdentifiers("tag", b.tags);
    this.notes = List.copyOf(b.notes);
    this.rootCauses = sortedIdentifiers("rootCause", b.rootCauses);
    this.resolutionSummary =
        b.resolutionSummary == null ? null : CaseNote.checkText("resolutionSummary", b.resolutionSummary);
    this.customerMessage =
        b.customerMessage == null ? null : CaseNote.checkText("customerMessage", b.customerMessage);
    Checks.check(b.version >= 0, "version", ">= 0", b.version);
    this.version = b.version;
    this.createdAt = Micros.truncate(Checks.notNull("createdAt", b.createdAt));
    this.updatedAt = Micros.truncate(Checks.notNull("updatedAt", b.updatedAt));
    Checks.check(
        !updatedAt.isBefore(createdAt), "updatedAt", "not before createdAt (" + createdAt + ")", updatedAt);
    this.firstContactAt = Micros.truncateOrNull(b.firstContactAt);
    this.resolvedAt = Micros.truncateOrNull(b.resolvedAt);
    this.closedAt = Micros.truncateOrNull(b.closedAt);
    this.holds = List.copyOf(b.holds);
    this.audit = List.copyOf(b.audit);
    long last = 0;
    for (AuditEntry e : audit) {
      Checks.check(
          e.version() >= last && e.version() <= version,
          "audit entry version",
          "between the previous entry's (" + last + ") and the case version (" + version + ")",
          e.version());
      last = e.version();
    }
  }

  private static Set<String> sortedIdentifiers(String name, Collection<String> values) {
    TreeSet<String> out = new TreeSet<>();
    for (String v : values) {
      out.add(Checks.identifier(name, v));
    }
    return Collections.unmodifiableSortedSet(out);
  }

  /** Starts a case from scratch; stores and {@link CaseService} use it. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every field of this case, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The case id, unique within the tenant. */
  public CaseId id() {
    return id;
  }

  /** The tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** The id of the rule that opened the case; with {@link #sourceResponseId()} the creation key. */
  public String ruleId() {
    return ruleId;
  }

  /** The id of the response that opened the case. */
  public String sourceResponseId() {
    return sourceResponseId;
  }

  /** The ids of the responses the case is about: the source first, then linked ones in order. */
  public List<String> responseIds() {
    return responseIds;
  }

  /** The respondents the case is about, in the order they were linked; may be empty. */
  public List<RespondentId> respondents() {
    return respondents;
  }

  /** The status. */
  public CaseStatus status() {
    return status;
  }

  /** While {@link CaseStatus#ON_HOLD}: the status the case returns to when resumed. */
  public Optional<CaseStatus> heldFrom() {
    return Optional.ofNullable(heldFrom);
  }

  /** While {@link CaseStatus#ON_HOLD}: when the current pause began. */
  public Optional<Instant> onHoldSince() {
    return Optional.ofNullable(onHoldSince);
  }

  /** The priority. */
  public CasePriority priority() {
    return priority;
  }

  /** The team the case belongs to. */
  public String team() {
    return team;
  }

  /** The agent who owns the case, if any. */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  /** When the customer must be contacted by (SLA), if there is such a target. */
  public Optional<Instant> firstContactDue() {
    return Optional.ofNullable(firstContactDue);
  }

  /** When the case must be resolved by (SLA), if there is such a target. */
  public Optional<Instant> resolutionDue() {
    return Optional.ofNullable(resolutionDue);
  }

  /** The tags, sorted. */
  public Set<String> tags() {
    return tags;
  }

  /** The notes, oldest first. */
  public List<CaseNote> notes() {
    return notes;
  }

  /** The root-cause codes recorded at resolution, sorted. */
  public Set<String> rootCauses() {
    return rootCauses;
  }

  /** The resolution summary (free text), once resolved. */
  public Optional<String> resolutionSummary() {
    return Optional.ofNullable(resolutionSummary);
  }

  /** The message sent to the customer at resolution (free text), if any. */
  public Optional<String> customerMessage() {
    return Optional.ofNullable(customerMessage);
  }

  /** The version: 0 when opened, one more with every change. */
  public long version() {
    return version;
  }

  /** When the case was opened. */
  public Instant createdAt() {
    return createdAt;
  }

  /** When the case last changed. */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** When the customer was first contacted (the first move to IN_PROGRESS), if yet. */
  public Optional<Instant> firstContactAt() {
    return Optional.ofNullable(firstContactAt);
  }

  /** When the case was last resolved, while it is RESOLVED or CLOSED. */
  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  /** When the case was closed, while it is CLOSED. */
  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  /** The finished pauses, oldest first; the current one, if on hold, is {@link #onHoldSince()}. */
  public List<HoldInterval> holds() {
    return holds;
  }

  /** The audit trail, oldest first: every change, with who, when, from and to. */
  public List<AuditEntry> audit() {
    return audit;
  }

  /** Tells whether the case still needs work (see {@link CaseStatus#isOpen()}). */
  public boolean isOpen() {
    return status.isOpen();
  }

  /**
   * The total time the case has spent on hold up to {@code now}: the finished pauses plus the
   * current one, if any (counted up to {@code now}, or zero if {@code now} is before its start).
   *
   * @throws NullPointerException if {@code now} is null
   */
  public Duration timeOnHold(Instant now) {
    Checks.notNull("now", now);
    Duration total = Duration.ZERO;
    for (HoldInterval h : holds) {
      total = total.plus(h.duration());
    }
    if (onHoldSince != null && now.isAfter(onHoldSince)) {
      total = total.plus(Duration.between(onHoldSince, now));
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FollowUpCase c)) {
      return false;
    }
    return version == c.version
        && id.equals(c.id)
        && tenant.equals(c.tenant)
        && ruleId.equals(c.ruleId)
        && sourceResponseId.equals(c.sourceResponseId)
        && responseIds.equals(c.responseIds)
        && respondents.equals(c.respondents)
        && status == c.status
        && heldFrom == c.heldFrom
        && Objects.equals(onHoldSince, c.onHoldSince)
        && priority == c.priority
        && team.equals(c.team)
        && Objects.equals(owner, c.owner)
        && Objects.equals(firstContactDue, c.firstContactDue)
        && Objects.equals(resolutionDue, c.resolutionDue)
        && tags.equals(c.tags)
        && notes.equals(c.notes)
        && rootCauses.equals(c.rootCauses)
        && Objects.equals(resolutionSummary, c.resolutionSummary)
        && Objects.equals(customerMessage, c.customerMessage)
        && createdAt.equals(c.createdAt)
        && updatedAt.equals(c.updatedAt)
        && Objects.equals(firstContactAt, c.firstContactAt)
        && Objects.equals(resolvedAt, c.resolvedAt)
        && Objects.equals(closedAt, c.closedAt)
        && holds.equals(c.holds)
        && audit.equals(c.audit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, id, version, status, updatedAt);
  }

  /** Ids, status, priority, team, owner and times; never notes or other free text. */
  @Override
  public String toString() {
    return "FollowUpCase[id="
        + id
        + ", tenant="
        + tenant
        + ", version="
        + version
        + ", status="
        + status
        + ", priority="
        + priority
        + ", team="
        + team
        + ", owner="
        + owner
        + ", rule="
        + ruleId
        + ", responses="
        + responseIds
        + ", createdAt="
        + createdAt
        + ", notes="
        + notes.size()
        + ", auditEntries="
        + audit.size()
        + "]";
  }

  /**
   * Builds a {@link FollowUpCase}. Required: id, tenant, rule id, source response id, status,
   * priority, team, created and updated instants. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable CaseId id;
    private @Nullable TenantId tenant;
    private @Nullable String ruleId;
    private @Nullable String sourceResponseId;
    private List<String> responseIds = new ArrayList<>();
    private List<RespondentId> respondents = new ArrayList<>();
    private @Nullable CaseStatus status;
    private @Nullable CaseStatus heldFrom;
    private @Nullable Instant onHoldSince;
    private @Nullable CasePriority priority;
    private @Nullable String team;
    private @Nullable String owner;
    private @Nullable Instant firstContactDue;
    private @Nullable Instant resolutionDue;
    private List<String> tags = new ArrayList<>();
    private List<CaseNote> notes = new ArrayList<>();
    private List<String> rootCauses = new ArrayList<>();
    private @Nullable String resolutionSummary;
    private @Nullable String customerMessage;
    private long version;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant firstContactAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant closedAt;
    private List<HoldInterval> holds = new ArrayList<>();
    private List<AuditEntry> audit = new ArrayList<>();

    private Builder() {}

    private Builder(FollowUpCase c) {
      id = c.id;
      tenant = c.tenant;
      ruleId = c.ruleId;
      sourceResponseId = c.sourceResponseId;
      responseIds = new ArrayList<>(c.responseIds);
      respondents = new ArrayList<>(c.respondents);
      status = c.status;
      heldFrom = c.heldFrom;
      onHoldSince = c.onHoldSince;
      priority = c.priority;
      team = c.team;
      owner = c.owner;
      firstContactDue = c.firstContactDue;
      resolutionDue = c.resolutionDue;
      tags = new ArrayList<>(c.tags);
      notes = new ArrayList<>(c.notes);
      rootCauses = new ArrayList<>(c.rootCauses);
      resolutionSummary = c.resolutionSummary;
      customerMessage = c.customerMessage;
      version = c.version;
      createdAt = c.createdAt;
      updatedAt = c.updatedAt;
      firstContactAt = c.firstContactAt;
      resolvedAt = c.resolvedAt;
      closedAt = c.closedAt;
      holds = new ArrayList<>(c.holds);
      audit = new ArrayList<>(c.audit);
    }

    /** Sets the id (required). */
    public Builder id(CaseId value) {
      this.id = Checks.notNull("id", value);
      return this;
    }

    /** Sets the tenant (required). */
    public Builder tenant(TenantId value) {
      this.tenant = Checks.notNull("tenant", value);
      return this;
    }

    /** Sets the id of the rule that opened the case (required; an identifier). */
    public Builder ruleId(String value) {
      this.ruleId = Checks.identifier("ruleId", value);
      return this;
    }

    /** Sets the id of the response that opened the case (required; an identifier). */
    public Builder sourceResponseId(String value) {
      this.sourceResponseId = Checks.identifier("sourceResponseId", value);
      return this;
    }

    /** Sets the ids of the responses the case is about; the source is always included, first. */
    public Builder responseIds(Collection<String> values) {
      this.responseIds = new ArrayList<>(Checks.notNull("responseIds", values));
      return this;
    }

    /** Sets the respondents the case is about (duplicates are dropped). */
    public Builder respondents(Collection<RespondentId> values) {
      this.respondents = new ArrayList<>(Checks.notNull("respondents", values));
      return this;
    }

    /** Sets the status (required). */
    public Builder status(CaseStatus value) {
      this.status = Checks.notNull("status", value);
      return this;
    }

    /** Sets the status a held case returns to; null unless ON_HOLD. */
    public Builder heldFrom(@Nullable CaseStatus value) {
      this.heldFrom = value;
      return this;
    }

    /** Sets when the current pause began; null unless ON_HOLD. */
    public Builder onHoldSince(@Nullable Instant value) {
      this.onHoldSince = value;
      return this;
    }

    /** Sets the priority (required). */
    public Builder priority(CasePriority value) {
      this.priority = Checks.notNull("priority", value);
      return this;
    }

    /** Sets the team (required; an identifier). */
    public Builder team(String value) {
      this.team = Checks.identifier("team", value);
      return this;
    }

    /** Sets the owner (an identifier), or none with null. */
    public Builder owner(@Nullable String value) {
      this.owner = value == null ? null : Checks.identifier("owner", value);
      return this;
    }

    /** Sets when the customer must be contacted by, or none with null. */
    public Builder firstContactDue(@Nullable Instant value) {
      this.firstContactDue = value;
      return this;
    }

    /** Sets when the case must be resolved by, or none with null. */
    public Builder resolutionDue(@Nullable Instant value) {
      this.resolutionDue = value;
      return this;
    }

    /** Sets the tags (identifiers). */
    public Builder tags(Collection<String> values) {
      this.tags = new ArrayList<>(Checks.notNull("tags", values));
      return this;
    }

    /** Sets the notes, oldest first. */
    public Builder notes(Collection<CaseNote> values) {
      this.notes = new ArrayList<>(Checks.notNull("notes", values));
      return this;
    }

    /** Sets the root-cause codes (identifiers). */
    public Builder rootCauses(Collection<String> values) {
      this.rootCauses = new ArrayList<>(Checks.notNull("rootCauses", values));
      return this;
    }

    /** Sets the resolution summary (free text, not blank), or none with null. */
    public Builder resolutionSummary(@Nullable String value) {
      this.resolutionSummary = value;
      return this;
    }

    /** Sets the message sent to the customer (free text, not blank), or none with null. */
    public Builder customerMessage(@Nullable String value) {
      this.customerMessage = value;
      return this;
    }

    /** Sets the version, {@code >= 0}; default 0. */
    public Builder version(long value) {
      this.version = value;
      return this;
    }

    /** Sets when the case was opened (required). */
    public Builder createdAt(Instant value) {
      this.createdAt = Checks.notNull("createdAt", value);
      return this;
    }

    /** Sets when the case last changed (required, not before {@code createdAt}). */
    public Builder updatedAt(Instant value) {
      this.updatedAt = Checks.notNull("updatedAt", value);
      return this;
    }

    /** Sets when the customer was first contacted, or not yet with null. */
    public Builder firstContactAt(@Nullable Instant value) {
      this.firstContactAt = value;
      return this;
    }

    /** Sets when the case was resolved, or null. */
    public Builder resolvedAt(@Nullable Instant value) {
      this.resolvedAt = value;
      return this;
    }

    /** Sets when the case was closed, or null. */
    public Builder closedAt(@Nullable Instant value) {
      this.closedAt = value;
      return this;
    }

    /** Sets the finished pauses, oldest first. */
    public Builder holds(Collection<HoldInterval> values) {
      this.holds = new ArrayList<>(Checks.notNull("holds", values));
      return this;
    }

    /** Sets the audit trail, oldest first; entry versions must not decrease nor exceed the case's. */
    public Builder audit(Collection<AuditEntry> values) {
      this.audit = new ArrayList<>(Checks.notNull("audit", values));
      return this;
    }

    /**
     * Builds the case.
     *
     * @throws NullPointerException if a required field is missing
     * @throws IllegalArgumentException if a field is invalid or the fields contradict each other
     *     (hold fields without ON_HOLD, audit entries newer than the version, ...)
     */
    public FollowUpCase build() {
      return new FollowUpCase(this);
    }
  }
}
