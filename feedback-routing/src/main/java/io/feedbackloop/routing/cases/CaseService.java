package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.assign.Assigner;
import io.feedbackloop.routing.assign.Assignment;
import io.feedbackloop.routing.internal.cases.CaseEditor;
import io.feedbackloop.routing.internal.cases.SlaMath;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.routing.sla.SlaPolicies;
import io.feedbackloop.routing.sla.SlaPolicy;
import io.feedbackloop.routing.sla.SlaSelection;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands on follow-up cases: open, assign, start progress, hold, resume, resolve, close,
 * reopen, notes, tags, priority and links.
 *
 * <p><b>Versions.</b> Every command but {@link #open} takes the version the caller last saw. If the
 * stored case has moved on, the command fails with {@link CaseConflictException} and changes
 * nothing: read the case again and decide anew. Every change appends its audit entries (who,
 * when, from, to) and raises the version by one; a command that changes nothing (a tag already
 * there) returns the case as it is.
 *
 * <p><b>Transactions.</b> Each command runs in one transaction of the store's {@link
 * io.feedbackloop.core.tx.UnitOfWork}, joining the caller's if one is open; what later joins the
 * commands (outbox messages to the customer, SLA schedules, assignment strategies) will run in the
 * same transaction, between the change and the store's compare-and-set, so that a case change and
 * its consequences commit together.
 *
 * <p><b>SLA and owner.</b> With {@linkplain Builder#slaPolicies SLA policies}, {@link #open} chooses
 * the policy by rule, priority and the response's attributes, records it in the audit trail
 * ({@link AuditEntry#SLA}), sets both due instants (in the policy's business time) and gives the
 * case a {@link CaseSchedule} for the {@link EscalationWorker}. With an {@linkplain Builder#assigner
 * assigner}, it chooses the owner: the case opens ASSIGNED, or stays NEW with the assigner's
 * reason in the audit trail ({@link AuditEntry#ASSIGNMENT}). Every status change of a case with a
 * schedule asks the escalation worker to look at the case again (resolving or closing it ends the
 * schedule); resuming from hold moves the due instants later by the business time the case spent
 * on hold.
 *
 * <p><b>Errors.</b> Illegal moves throw {@link CaseTransitionException}, a missing root cause or
 * resolution summary (see {@link ClosePolicy}) {@link CaseIncompleteException}, an unknown case
 * {@link CaseNotFoundException}, bad arguments {@link IllegalArgumentException} or {@link
 * NullPointerException}, storage failures {@link io.feedbackloop.core.StoreException}. Actors,
 * owners, tags and root causes are identifiers (letters, digits, '.', '_', '-').
 *
 * <p>Thread-safe; holds no lock. Logs (at debug) carry ids and versions only.
 */
public final class CaseService {
  private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);

  private final CaseStore store;
  private final Clock clock;
  private final ClosePolicy closePolicy;
  private final Supplier<CaseId> ids;
  private final @Nullable SlaPolicies slaPolicies;
  private final @Nullable Assigner assigner;

  private CaseService(Builder b, CaseStore store) {
    this.store = store;
    this.clock = b.clock;
    this.closePolicy = b.closePolicy;
    this.ids = b.ids;
    this.slaPolicies = b.slaPolicies;
    this.assigner = b.assigner;
  }

  /** Starts a service; a {@linkplain Builder#store store} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The store the service works on. */
  public CaseStore store() {
    return store;
  }

  /** The close policy the service applies. */
  public ClosePolicy closePolicy() {
    return closePolicy;
  }

  /**
   * Opens a case, unless the rule already opened one for the response (then returns that one,
   * unchanged, with {@code created == false}). Safe to call any number of times, from any node.
   *
   * @throws NullPointerException if {@code request} is null
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public OpenedCase open(OpenCaseRequest request) {
    Checks.notNull("request", request);
    return store
        .unitOfWork()
        .inTransaction(
            tx -> {
              Optional<FollowUpCase> existing =
                  store.findByCreationKey(request.tenant(), request.sourceResponseId(), request.ruleId());
              if (existing.isPresent()) {
                return new OpenedCase(existing.get(), false);
              }
              Instant now = clock.instant();
              FollowUpCase fresh = CaseEditor.open(ids.get(), request, now);
              SlaPolicy policy = null;
              SlaPolicies policies = slaPolicies;
              if (policies != null) {
                SlaSelection chosen =
                    policies.select(request.ruleId(), request.priority(), request.attributes());
                policy = chosen.policy();
                fresh =
                    SlaMath.withDueTimes(
                        policy,
                        CaseEditor.openedWith(
                            fresh,
                            request.actor(),
                            AuditEntry.SLA,
                            policy.name() + " (" + chosen.reason() + ")"),
                        now);
              }
              if (assigner != null) {
                fresh = assign(fresh, request, assigner);
              }
              OpenedCase opened = store.createIfAbsent(fresh);
              if (opened.created() && policy != null) {
                // the worker computes the exact next check; "now" makes it look at once
                store.schedule(new CaseSchedule(fresh.tenant(), fresh.id(), policy.name(), 0, now));
              }
              if (opened.created()) {
                LOG.debug(
                    "opened case {} in tenant {} for response {} by rule {}",
                    fresh.id(),
                    fresh.tenant(),
                    fresh.sourceResponseId(),
                    fresh.ruleId());
              }
              return opened;
            });
  }

  private static FollowUpCase assign(FollowUpCase c, OpenCaseRequest request, Assigner assigner) {
    Assignment a = assigner.assign(request.tenant(), request.team(), request.attributes());
    FollowUpCase withReason =
        CaseEditor.openedWith(c, request.actor(), AuditEntry.ASSIGNMENT, a.reason());
    return a.assignedOwner()
        .map(owner -> CaseEditor.openedAssigned(withReason, owner.id(), request.actor()))
        .orElse(withReason);
  }

  /**
   * The case with this id, if there is one.
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<FollowUpCase> find(TenantId tenant, CaseId id) {
    return store.find(Checks.notNull("tenant", tenant), Checks.notNull("id", id));
  }

  /**
   * Gives the case to {@code owner}. A NEW or REOPENED case moves to ASSIGNED; an ASSIGNED,
   * IN_PROGRESS or ON_HOLD case keeps its status and only changes owner; RESOLVED and CLOSED cases
   * refuse ({@link CaseTransitionException}).
   */
  public FollowUpCase assign(
      TenantId tenant, CaseId id, String owner, String actor, long expectedVersion) {
    return apply(tenant, id, expectedVersion, c -> CaseEditor.assign(c, owner, actor, now()));
  }

  /**
   * Records that the owner contacted the customer: moves an ASSIGNED or REOPENED case to
   * IN_PROGRESS; the first such move sets {@link FollowUpCase#firstContactAt()}.
   */
  public FollowUpCase startProgress(TenantId tenant, CaseId id, String actor, long expectedVersion) {
    return apply(tenant, id, expectedVersion, c -> CaseEditor.startProgress(c, actor, now()));
  }

  /**
   * Puts an ASSIGNED, IN_PROGRESS or REOPENED case ON_HOLD; the SLA clock pauses until {@link
   * #resume}.
   */
  public FollowUpCase hold(TenantId tenant, CaseId id, String actor, long expectedVersion) {
    return apply(tenant, id, expectedVersion, c -> CaseEditor.hold(c, actor, now()));
  }

  /**
   * Returns an ON_HOLD case to the status it was held from and adds the pause to its {@link
   * FollowUpCase#holds()}.
   *
   * @throws CaseException if the case is not ON_HOLD
   */
  public FollowUpCase resume(TenantId tenant, CaseId id, String actor, long expectedVersion) {
    return apply(tenant, id, expectedVersion, c -> CaseEditor.resume(c, actor, now()));
  }

  /**
   * Resolves an IN_PROGRESS case.
   *
   * @param rootCauses the root-cause codes (identifiers); the default policy requires one
   * @param summary the resolution summary (free text), or null; the default policy requires it
   * @param customerMessage the message sent to the customer (free text), or null
   * @throws CaseIncompleteException if the close policy requires what is missing
   */
  public FollowUpCase resolve(
      TenantId tenant,
      CaseId id,
      Collection<String> rootCauses,
      @Nullable String summary,
      @Nullable String customerMessage,
      String actor,
      long expectedVersion) {
    return apply(
        tenant,
        id,
        expectedVersion,
        c -> CaseEditor.resolve(c, rootCauses, summary, customerMessage, closePolicy, actor, now()));
  }

  /**
   * Closes a RESOLVED case.
   *
   * @throws CaseIncompleteException if the close policy requires what the case lacks
   */
  public FollowUpCase close(TenantId tenant, CaseId id, String actor, long expectedVersion) {
    return apply(tenant, id, expectedVersion, c -> CaseEditor.close(c, closePolicy, actor, now()));
  }

  /**
   * Reopens a RESOLVED or CLOSED case; the reason (free text, not blank) is kept as a note.
   */
  public FollowUpCase reopen(
      TenantId tenant, CaseId id, String reason, String actor, long expectedVersion) {
    return apply(tenant, id, expectedVersion, c -> CaseEditor.reopen(c, reason, actor, now()));
  }

  /** Adds a note (free text, not blank, at most {@value CaseNote#MAX_LENGTH} characters). */
  public FollowUpCase addNote(
      TenantId tenant, CaseId id, String text, String actor, long expectedVersion) {
    return apply(tenant, id, expectedVersion, c -> CaseEditor.addNote(c, text, actor, now()));
  }

  /** Adds a tag (an identifier); changes nothing if the case has it. */
  public FollowUpCase tag(TenantId tenant, CaseId id, String tag, String actor, long expectedVersion) {
    return apply(tenant, id, expectedVersion, c -> CaseEditor.tag(c, tag, actor, now()));
  }

  /** Removes a tag; changes nothing if the case does not have it. */
  public FollowUpCase untag(
      TenantId tenant, CaseId id, String tag, String actor, long expectedVersion) {
    return apply(tenant, id, expectedVersion, c -> CaseEditor.untag(c, tag, actor, now()));
  }

  /** Changes the priority; changes nothing if the case has it. */
  public FollowUpCase prioritize(
      TenantId tenant, CaseId id, CasePriority priority, String actor, long expectedVersion) {
    return apply(tenant, id, expectedVersion, c -> CaseEditor.prioritize(c, priority, actor, now()));
  }

  /**
   * Links another response and/or respondent to the case (a problem case about a recurring issue
   * collects many). Changes nothing if both are linked already.
   *
   * @param responseId a response id, or null
   * @param respondent a respondent, or null
   * @throws IllegalArgumentException if both are null
   */
  public FollowUpCase link(
      TenantId tenant,
      CaseId id,
      @Nullable String responseId,
      @Nullable RespondentId respondent,
      String actor,
      long expectedVersion) {
    return apply(
        tenant, id, expectedVersion, c -> CaseEditor.link(c, responseId, respondent, actor, now()));
  }

  private Instant now() {
    return clock.instant();
  }

  /** Loads, checks the version, changes and compare-and-sets, all in one transaction. */
  private FollowUpCase apply(
      TenantId tenant, CaseId id, long expectedVersion, UnaryOperator<FollowUpCase> change) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("id", id);
    Checks.check(expectedVersion >= 0, "expectedVersion", ">= 0", expectedVersion);
    return store
        .unitOfWork()
        .inTransaction(
            tx -> {
              FollowUpCase current =
                  store.find(tenant, id).orElseThrow(() -> new CaseNotFoundException(tenant, id));
              if (current.version() != expectedVersion) {
                throw new CaseConflictException(id, expectedVersion, current.version());
              }
              FollowUpCase next = change.apply(current);
              if (next.version() == current.version()) {
                return current;
              }
              Optional<CaseSchedule> schedule =
                  next.status() == current.status()
                      ? Optional.empty()
                      : store.findSchedule(tenant, id);
              if (schedule.isPresent()) {
                next = rescheduled(next, schedule.get());
              }
              FollowUpCase stored = store.update(next, expectedVersion);
              LOG.debug("case {} in tenant {} now at version {}", id, tenant, stored.version());
              return stored;
            });
  }

  /**
   * Re-derives the due instants of a case whose status changed and asks the worker to look again:
   * holds shift the clocks; a resolved or closed case needs no more checks.
   */
  private FollowUpCase rescheduled(FollowUpCase next, CaseSchedule schedule) {
    Instant now = now();
    FollowUpCase out = next;
    SlaPolicy policy = slaPolicies == null ? null : slaPolicies.named(schedule.policy()).orElse(null);
    if (policy != null && next.status() != CaseStatus.ON_HOLD) {
      out = SlaMath.withDueTimes(policy, next, now);
    }
    store.schedule(
        new CaseSchedule(
            schedule.tenant(),
            schedule.caseId(),
            schedule.policy(),
            schedule.version() + 1,
            out.isOpen() ? now : null));
    return out;
  }

  /** Builds a {@link CaseService}. Not thread-safe. */
  public static final class Builder {
    private @Nullable CaseStore store;
    private Clock clock = Clock.systemUTC();
    private ClosePolicy closePolicy = ClosePolicy.ofDefaults();
    private Supplier<CaseId> ids = CaseId::random;
    private @Nullable SlaPolicies slaPolicies;
    private @Nullable Assigner assigner;

    private Builder() {}

    /**
     * Sets the SLA policies that {@link #open} chooses from (by rule, priority, attributes); then
     * every new case gets due instants and a {@link CaseSchedule} for the {@link
     * EscalationWorker}. Default none: due instants are taken from the request as given and no
     * escalation is scheduled. Give the worker the same policies.
     */
    public Builder slaPolicies(SlaPolicies value) {
      this.slaPolicies = Checks.notNull("slaPolicies", value);
      return this;
    }

    /**
     * Sets the assigner that chooses the owner of each new case; default none (cases open NEW and
     * wait for {@link CaseService#assign}). For least-loaded assignment give the assigner {@link
     * CaseLookups#workload(CaseStore)} on this service's store.
     */
    public Builder assigner(Assigner value) {
      this.assigner = Checks.notNull("assigner", value);
      return this;
    }

    /** Sets the store (required). */
    public Builder store(CaseStore value) {
      this.store = Checks.notNull("store", value);
      return this;
    }

    /** Sets the clock that dates changes; default the system clock in UTC. */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull("clock", value);
      return this;
    }

    /** Sets what resolving and closing require; default {@link ClosePolicy#ofDefaults()}. */
    public Builder closePolicy(ClosePolicy value) {
      this.closePolicy = Checks.notNull("closePolicy", value);
      return this;
    }

    /**
     * Sets where new case ids come from; default {@link CaseId#random()}. Ids must be unique per
     * tenant (readable sequences such as {@code c-12} need a host-side counter).
     */
    public Builder ids(Supplier<CaseId> value) {
      this.ids = Checks.notNull("ids", value);
      return this;
    }

    /**
     * Builds the service.
     *
     * @throws IllegalStateException if no store was set
     */
    public CaseService build() {
      CaseStore s = store;
      if (s == null) {
        throw new IllegalStateException("CaseService needs a store(...), but none was set");
      }
      return new CaseService(this, s);
    }
  }
}
