package io.feedbackloop.routing.internal.cases;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseException;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseIncompleteException;
import io.feedbackloop.routing.cases.CaseLifecycle;
import io.feedbackloop.routing.cases.CaseNote;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.CaseTransitionException;
import io.feedbackloop.routing.cases.ClosePolicy;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.HoldInterval;
import io.feedbackloop.routing.cases.OpenCaseRequest;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.rules.Action.CasePriority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The commands on a case as pure functions: each takes the current case and returns the next one
 * (one version later, with its audit entries), or the same instance when the command changes
 * nothing, or throws when the lifecycle or the close policy forbids it. No I/O, no clock: the
 * service passes {@code now}.
 */
public final class CaseEditor {
  private final FollowUpCase current;
  private final FollowUpCase.Builder next;
  private final Instant now;
  private final String actor;
  private final long version;
  private final List<AuditEntry> entries = new ArrayList<>();
  private final List<CaseNote> notes;

  private CaseEditor(FollowUpCase current, Instant now, String actor) {
    this.current = current;
    this.next = current.toBuilder();
    this.now = Micros.truncate(Checks.notNull("now", now));
    this.actor = Checks.identifier("actor", actor);
    this.version = current.version() + 1;
    this.notes = new ArrayList<>(current.notes());
  }

  private static CaseEditor edit(FollowUpCase current, Instant now, String actor) {
    return new CaseEditor(Checks.notNull("case", current), now, actor);
  }

  /** A new case at version 0, status NEW, with its creation entries. */
  public static FollowUpCase open(CaseId id, OpenCaseRequest r, Instant now) {
    Instant at = Micros.truncate(now);
    List<AuditEntry> audit = new ArrayList<>();
    audit.add(new AuditEntry(0, at, r.actor(), AuditEntry.CREATED, null, r.ruleId()));
    audit.add(new AuditEntry(0, at, r.actor(), AuditEntry.STATUS, null, CaseStatus.NEW.name()));
    return FollowUpCase.builder()
        .id(id)
        .tenant(r.tenant())
        .ruleId(r.ruleId())
        .sourceResponseId(r.sourceResponseId())
        .respondents(r.respondent().map(List::of).orElse(List.of()))
        .status(CaseStatus.NEW)
        .priority(r.priority())
        .team(r.team())
        .firstContactDue(r.firstContactDue().orElse(null))
        .resolutionDue(r.resolutionDue().orElse(null))
        .tags(r.tags())
        .version(0)
        .createdAt(at)
        .updatedAt(at)
        .audit(audit)
        .build();
  }

  /**
   * Gives the case to {@code owner}: NEW and REOPENED cases move to ASSIGNED; ASSIGNED,
   * IN_PROGRESS and ON_HOLD cases only change owner.
   */
  public static FollowUpCase assign(FollowUpCase c, String owner, String actor, Instant now) {
    Checks.identifier("owner", owner);
    CaseEditor e = edit(c, now, actor);
    CaseStatus s = c.status();
    boolean reassign = s == CaseStatus.ASSIGNED || s == CaseStatus.IN_PROGRESS || s == CaseStatus.ON_HOLD;
    if (!reassign) {
      e.move(CaseStatus.ASSIGNED);
    }
    if (!owner.equals(c.owner().orElse(null))) {
      e.record(AuditEntry.OWNER, c.owner().orElse(null), owner);
      e.next.owner(owner);
    }
    return e.done();
  }

  /** Records that the owner contacted the customer: moves to IN_PROGRESS, notes the first contact. */
  public static FollowUpCase startProgress(FollowUpCase c, String actor, Instant now) {
    CaseEditor e = edit(c, now, actor);
    e.move(CaseStatus.IN_PROGRESS);
    if (c.firstContactAt().isEmpty()) {
      e.next.firstContactAt(e.now);
      e.record(AuditEntry.FIRST_CONTACT, null, e.now.toString());
    }
    return e.done();
  }

  /** Pauses the case (and its SLA clock): moves to ON_HOLD, remembering the status to return to. */
  public static FollowUpCase hold(FollowUpCase c, String actor, Instant now) {
    CaseEditor e = edit(c, now, actor);
    e.move(CaseStatus.ON_HOLD);
    e.next.heldFrom(c.status()).onHoldSince(e.now);
    return e.done();
  }

  /**
   * Ends the pause: moves back to the status the case was held from and adds the pause to its
   * holds.
   *
   * @throws CaseException if the case is not ON_HOLD
   */
  public static FollowUpCase resume(FollowUpCase c, String actor, Instant now) {
    CaseEditor e = edit(c, now, actor);
    CaseStatus back = c.heldFrom().orElse(null);
    Instant since = c.onHoldSince().orElse(null);
    if (back == null || since == null) {
      throw new CaseException(
          c.id(), "case " + c.id() + " cannot resume: it is " + c.status() + ", not ON_HOLD");
    }
    e.move(back);
    Instant end = e.now.isBefore(since) ? since : e.now;
    List<HoldInterval> holds = new ArrayList<>(c.holds());
    holds.add(new HoldInterval(since, end));
    e.next.heldFrom(null).onHoldSince(null).holds(holds);
    e.record(AuditEntry.HOLD, since.toString(), end.toString());
    return e.done();
  }

  /**
   * Resolves the case: moves to RESOLVED with root causes, resolution summary and the message sent
   * to the customer.
   *
   * @throws CaseIncompleteException if the policy requires a root cause or summary not given
   */
  public static FollowUpCase resolve(
      FollowUpCase c,
      Collection<String> rootCauses,
      @Nullable String summary,
      @Nullable String customerMessage,
      ClosePolicy policy,
      String actor,
      Instant now) {
    Checks.notNull("rootCauses", rootCauses);
    Checks.notNull("policy", policy);
    Set<String> causes = new TreeSet<>();
    for (String cause : rootCauses) {
      causes.add(Checks.identifier("rootCause", cause));
    }
    CaseEditor e = edit(c, now, actor);
    e.move(CaseStatus.RESOLVED);
    requireComplete(c.id(), "resolved", "given", policy, !causes.isEmpty(), summary != null);
    if (!causes.equals(c.rootCauses())) {
      e.record(AuditEntry.ROOT_CAUSES, join(c.rootCauses()), join(causes));
      e.next.rootCauses(causes);
    }
    e.text(AuditEntry.RESOLUTION, c.resolutionSummary().orElse(null), summary);
    e.next.resolutionSummary(summary);
    e.text(AuditEntry.CUSTOMER_MESSAGE, c.customerMessage().orElse(null), customerMessage);
    e.next.customerMessage(customerMessage);
    e.next.resolvedAt(e.now);
    return e.done();
  }

  /**
   * Closes a resolved case.
   *
   * @throws CaseIncompleteException if the policy requires a root cause or summary it lacks
   */
  public static FollowUpCase close(FollowUpCase c, ClosePolicy policy, String actor, Instant now) {
    Checks.notNull("policy", policy);
    CaseEditor e = edit(c, now, actor);
    e.move(CaseStatus.CLOSED);
    requireComplete(
        c.id(),
        "closed",
        "recorded",
        policy,
        !c.rootCauses().isEmpty(),
        c.resolutionSummary().isPresent());
    e.next.closedAt(e.now);
    return e.done();
  }

  /** Reopens a resolved or closed case, keeping the reason as a note. */
  public static FollowUpCase reopen(FollowUpCase c, String reason, String actor, Instant now) {
    CaseEditor e = edit(c, now, actor);
    e.move(CaseStatus.REOPENED);
    e.next.resolvedAt(null).closedAt(null);
    e.note(reason);
    return e.done();
  }

  /** Adds a note. */
  public static FollowUpCase addNote(FollowUpCase c, String text, String actor, Instant now) {
    CaseEditor e = edit(c, now, actor);
    e.note(text);
    return e.done();
  }

  /** Adds a tag; the same case if it is there already. */
  public static FollowUpCase tag(FollowUpCase c, String tag, String actor, Instant now) {
    Checks.identifier("tag", tag);
    CaseEditor e = edit(c, now, actor);
    if (!c.tags().contains(tag)) {
      Set<String> tags = new TreeSet<>(c.tags());
      tags.add(tag);
      e.next.tags(tags);
      e.record(AuditEntry.TAG, null, tag);
    }
    return e.done();
  }

  /** Removes a tag; the same case if it is not there. */
  public static FollowUpCase untag(FollowUpCase c, String tag, String actor, Instant now) {
    Checks.identifier("tag", tag);
    CaseEditor e = edit(c, now, actor);
    if (c.tags().contains(tag)) {
      Set<String> tags = new TreeSet<>(c.tags());
      tags.remove(tag);
      e.next.tags(tags);
      e.record(AuditEntry.TAG, tag, null);
    }
    return e.done();
  }

  /** Changes the priority; the same case if it already has it. */
  public static FollowUpCase prioritize(
      FollowUpCase c, CasePriority priority, String actor, Instant now) {
    Checks.notNull("priority", priority);
    CaseEditor e = edit(c, now, actor);
    if (priority != c.priority()) {
      e.record(AuditEntry.PRIORITY, c.priority().name(), priority.name());
      e.next.priority(priority);
    }
    return e.done();
  }

  /**
   * Links a response and/or a respondent to the case (a problem case collects many); the same case
   * if both are linked already.
   */
  public static FollowUpCase link(
      FollowUpCase c,
      @Nullable String responseId,
      @Nullable RespondentId respondent,
      String actor,
      Instant now) {
    Checks.check(
        responseId != null || respondent != null, "responseId or respondent", "given", "neither");
    CaseEditor e = edit(c, now, actor);
    if (responseId != null && !c.responseIds().contains(Checks.identifier("responseId", responseId))) {
      List<String> ids = new ArrayList<>(c.responseIds());
      ids.add(responseId);
      e.next.responseIds(ids);
      e.record(AuditEntry.RESPONSE, null, responseId);
    }
    if (respondent != null && !c.respondents().contains(respondent)) {
      List<RespondentId> people = new ArrayList<>(c.respondents());
      people.add(respondent);
      e.next.respondents(people);
      e.record(AuditEntry.RESPONDENT, null, respondent.value());
    }
    return e.done();
  }

  /**
   * The version-0 case {@code c} (just built by {@link #open}) with more creation entries: what
   * {@code field} became and why (an SLA policy, an assignment outcome). Still version 0.
   */
  public static FollowUpCase openedWith(
      FollowUpCase c, String actor, String field, @Nullable String to) {
    Checks.check(c.version() == 0, "version of an opening case", "0", c.version());
    List<AuditEntry> audit = new ArrayList<>(c.audit());
    audit.add(new AuditEntry(0, c.createdAt(), actor, field, null, to));
    return c.toBuilder().audit(audit).build();
  }

  /** The version-0 case {@code c} given to {@code owner} at opening: ASSIGNED, still version 0. */
  public static FollowUpCase openedAssigned(FollowUpCase c, String owner, String actor) {
    Checks.check(c.version() == 0, "version of an opening case", "0", c.version());
    List<AuditEntry> audit = new ArrayList<>(c.audit());
    Instant at = c.createdAt();
    audit.add(
        new AuditEntry(0, at, actor, AuditEntry.STATUS, c.status().name(), CaseStatus.ASSIGNED.name()));
    audit.add(new AuditEntry(0, at, actor, AuditEntry.OWNER, null, owner));
    return c.toBuilder().status(CaseStatus.ASSIGNED).owner(owner).audit(audit).build();
  }

  /** Records that escalation step {@code stepId} fired: one version later, one audit entry. */
  public static FollowUpCase escalated(
      FollowUpCase c, String stepId, String recipients, String actor, Instant now) {
    CaseEditor e = edit(c, now, actor);
    e.record(AuditEntry.ESCALATION, null, stepId + " -> " + recipients);
    return e.done();
  }

  private static void requireComplete(
      CaseId id,
      String verb,
      String participle,
      ClosePolicy policy,
      boolean hasRootCause,
      boolean hasSummary) {
    String missing = null;
    if (policy.requireRootCause() && !hasRootCause) {
      missing = "a root cause";
    } else if (policy.requireResolution() && !hasSummary) {
      missing = "a resolution summary";
    }
    if (missing != null) {
      throw new CaseIncompleteException(
          id,
          "case "
              + id
              + " cannot be "
              + verb
              + ": the close policy requires "
              + missing
              + ", but none was "
              + participle);
    }
  }

  private static String join(Set<String> values) {
    return String.join(",", values);
  }

  private void move(CaseStatus to) {
    CaseStatus from = current.status();
    if (!CaseLifecycle.canMove(from, to)) {
      throw new CaseTransitionException(current.id(), from, to, CaseLifecycle.allowedFrom(from));
    }
    record(AuditEntry.STATUS, from.name(), to.name());
    next.status(to);
  }

  private void note(String text) {
    notes.add(new CaseNote(version, now, actor, text));
    next.notes(notes);
    record(AuditEntry.NOTE, null, "note " + notes.size());
  }

  /** Records a change of free text without the text itself. */
  private void text(String field, @Nullable String before, @Nullable String after) {
    if (!Objects.equals(before, after)) {
      record(field, before == null ? null : AuditEntry.TEXT_SET, after == null ? null : AuditEntry.TEXT_SET);
    }
  }

  private void record(String field, @Nullable String from, @Nullable String to) {
    entries.add(new AuditEntry(version, now, actor, field, from, to));
  }

  private FollowUpCase done() {
    if (entries.isEmpty()) {
      return current;
    }
    List<AuditEntry> audit = new ArrayList<>(current.audit());
    audit.addAll(entries);
    Instant updated = now.isBefore(current.updatedAt()) ? current.updatedAt() : now;
    return next.version(version).updatedAt(updated).audit(audit).build();
  }
}
