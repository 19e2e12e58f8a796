package io.feedbackloop.routing.cases;

import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.assign.Member;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.internal.cases.CaseEditor;
import io.feedbackloop.routing.internal.cases.EscalationMessages;
import io.feedbackloop.routing.internal.cases.SlaMath;
import io.feedbackloop.routing.internal.outbox.OutboxArgs;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.jdbc.JdbcOutboxStore;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.Outbox;
import io.feedbackloop.routing.sla.EscalationLadder;
import io.feedbackloop.routing.sla.EscalationStep;
import io.feedbackloop.routing.sla.SlaPolicies;
import io.feedbackloop.routing.sla.SlaPolicy;
import io.feedbackloop.routing.sla.SlaState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the SLA escalation steps of open cases: each {@link #runDueWork()} claims the cases whose
 * {@linkplain CaseSchedule next check} is due, computes their due steps with {@link
 * EscalationLadder#dueSteps}, fires each, and sets each case's next check. The SDK starts no
 * thread: the host calls {@code runDueWork()} from its own scheduler, or starts an {@link
 * EscalationRunner} on its own executor. Time comes from the injected {@link Clock}.
 *
 * <p><b>Exactly once, across nodes.</b> Each step fires in one transaction of the case store's
 * unit of work: check that the step is due on the case as read, {@linkplain
 * CaseStore#recordFiredStep record it} (unique per tenant, case and step), and only if this call
 * recorded it queue one outbox message per recipient with idempotency key {@code
 * case:<id>:step:<step>:<member>} and append an {@link AuditEntry#ESCALATION} entry (one version
 * later, a compare-and-set). If the case changed meanwhile (a concurrent edit, a resolution), the
 * compare-and-set fails, the transaction rolls back whole and the step is tried again from a fresh
 * read. So a step has fired exactly when its record committed, and then its messages are in the
 * outbox, which delivers them at least once with that key. A worker that dies after claiming keeps
 * its cases only until its lease expires; another worker then takes them over and fires what was
 * not committed.
 *
 * <p><b>Configuration.</b> The outbox must run in the case store's unit of work (the stock outbox
 * stores are checked when the worker is built). Policies and ladders are found by the policy name
 * in the case's schedule: give the worker the {@link SlaPolicies} the {@link CaseService} uses.
 * Recipients are resolved through the case's {@link Team} ({@link Team#recipients}); a step whose
 * audience is empty in the team (no lead, an unassigned case) still fires, with {@code none}
 * recorded, so it does not fire again once someone is there.
 *
 * <p>Thread-safe: several threads and nodes may call {@link #runDueWork()} at once. Logs carry ids
 * only.
 */
public final class EscalationWorker {
  private static final Logger LOG = LoggerFactory.getLogger(EscalationWorker.class);

  /** The default number of cases claimed per run, 50. */
  public static final int DEFAULT_BATCH_SIZE = 50;

  /** The default lease, 5 minutes. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

  /** The default outbox channel of the notices, {@code staff}. */
  public static final String DEFAULT_CHANNEL = "staff";

  /** How often a step is tried again when concurrent edits keep winning the case's version. */
  private static final int CONFLICT_ATTEMPTS = 20;

  /** When a step due now could not be fired, look again after this long. */
  private static final Duration RETRY_DELAY = Duration.ofMinutes(1);

  private final CaseStore store;
  private final Outbox outbox;
  private final SlaPolicies policies;
  private final EscalationLadder ladder;
  private final Map<String, EscalationLadder> ladders;
  private final Map<String, Team> teams;
  private final Map<String, MessageTemplate> templates;
  private final StaffRecipients recipients;
  private final String channel;
  private final Clock clock;
  private final String workerId;
  private final Duration lease;
  private final int batchSize;
  private final EscalationStepListener stepListener;

  private EscalationWorker(Builder b, CaseStore store, Outbox outbox) {
    this.store = store;
    this.outbox = outbox;
    this.policies = b.policies;
    this.ladder = b.ladder;
    this.ladders = Map.copyOf(b.ladders);
    this.teams = Map.copyOf(b.teams);
    this.templates = Map.copyOf(b.templates);
    this.recipients = b.recipients;
    this.channel = b.channel;
    this.clock = b.clock;
    this.workerId = b.workerId != null ? b.workerId : "escalation-" + UUID.randomUUID();
    this.lease = b.lease;
    this.batchSize = b.batchSize;
    this.stepListener = b.stepListener;
  }

  /** Starts a worker; the case store and the outbox are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** This worker's id, recorded with its claims and fired steps. */
  public String workerId() {
    return workerId;
  }

  /** How many cases one run claims at most. */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Claims the cases due now (at most the batch size) and works through them one after the other
   * on the calling thread, as described above.
   *
   * @return what this run did
   * @throws io.feedbackloop.core.StoreException if claiming fails (nothing was claimed then); a
   *     failure on one case is logged and counted as {@link EscalationReport#failed()} instead
   */
  public EscalationReport runDueWork() {
    List<ClaimedCase> batch = store.claimDue(workerId, batchSize, clock.instant(), lease);
    if (batch.isEmpty()) {
      return EscalationReport.empty();
    }
    Tally tally = new Tally();
    for (ClaimedCase claim : batch) {
      Instant now = clock.instant();
      if (!now.isBefore(claim.leaseUntil())) {
        tally.leaseLost++;
        continue;
      }
      try {
        work(claim, now, tally);
        tally.checked++;
      } catch (RuntimeException e) {
        tally.failed++;
        LOG.warn(
            "escalation of case {} in tenant {} failed ({}); retried after the lease expires",
            claim.schedule().caseId(),
            claim.schedule().tenant(),
            e.getClass().getName());
      }
    }
    return new EscalationReport(
        batch.size(),
        tally.checked,
        tally.fired,
        tally.notifications,
        tally.alreadyFired,
        tally.leaseLost,
        tally.failed);
  }

  private void work(ClaimedCase claim, Instant now, Tally tally) {
    CaseSchedule schedule = claim.schedule();
    Optional<FollowUpCase> found = store.find(schedule.tenant(), schedule.caseId());
    Optional<SlaPolicy> policy = policies.named(schedule.policy());
    if (found.isEmpty() || policy.isEmpty()) {
      if (policy.isEmpty()) {
        LOG.warn(
            "case {} in tenant {} has SLA policy {}, which this worker does not know; no escalation",
            schedule.caseId(),
            schedule.tenant(),
            schedule.policy());
      }
      store.releaseClaim(claim, null);
      return;
    }
    FollowUpCase c = found.get();
    EscalationLadder steps = ladders.getOrDefault(schedule.policy(), ladder);
    Set<String> fired = new HashSet<>(store.firedSteps(c.tenant(), c.id()));
    List<EscalationStep> due =
        c.isOpen()
            ? steps.dueSteps(SlaMath.state(policy.get(), c, now), fired)
            : List.of();
    FollowUpCase latest = c;
    for (EscalationStep step : due) {
      Fired result = fire(policy.get(), latest, step, now);
      latest = result.after;
      switch (result.kind) {
        case FIRED -> {
          tally.fired++;
          tally.notifications += result.messages;
          fired.add(step.id());
        }
        case ALREADY -> {
          tally.alreadyFired++;
          fired.add(step.id());
        }
        case NOT_DUE -> {}
      }
    }
    Instant next = SlaMath.nextCheck(policy.get(), steps, c, fired, now);
    if (next != null && !next.isAfter(now)) {
      next = now.plus(RETRY_DELAY);
    }
    if (!store.releaseClaim(claim, next)) {
      LOG.debug("case {} was taken over before worker {} released it", c.id(), workerId);
    }
  }

  private enum Kind {
    FIRED,
    ALREADY,
    NOT_DUE
  }

  private record Fired(Kind kind, int messages, FollowUpCase after) {}

  /**
   * Fires one step in one transaction. The first attempt trusts {@code known} (the compare-and-set
   * of the update catches a stale read); after a conflict each attempt reads the case afresh.
   */
  private Fired fire(SlaPolicy policy, FollowUpCase known, EscalationStep step, Instant now) {
    UnitOfWork uow = store.unitOfWork();
    for (int attempt = 1; ; attempt++) {
      boolean fresh = attempt > 1;
      try {
        return uow.inTransaction(
            tx -> {
              Fired f = fireOnce(policy, fresh ? reread(known) : known, step, now);
              if (f.kind == Kind.FIRED) {
                FollowUpCase after = f.after;
                tx.afterCommit(() -> tellFired(after, step, now));
              }
              return f;
            });
      } catch (CaseConflictException e) {
        if (attempt == CONFLICT_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private FollowUpCase reread(FollowUpCase c) {
    return store
        .find(c.tenant(), c.id())
        .orElseThrow(() -> new CaseNotFoundException(c.tenant(), c.id()));
  }

  private Fired fireOnce(SlaPolicy policy, FollowUpCase c, EscalationStep step, Instant now) {
    SlaState state = SlaMath.state(policy, c, now);
    if (!c.isOpen() || !step.isDue(state)) {
      return new Fired(Kind.NOT_DUE, 0, c);
    }
    if (!store.recordFiredStep(c.tenant(), c.id(), step.id(), workerId, now)) {
      return new Fired(Kind.ALREADY, 0, c);
    }
    Team team = teams.get(c.team());
    List<Member> who =
        team == null
            ? List.of()
            : team.recipients(step.audience(), c.owner().map(Member::of).orElse(null));
    MessageTemplate template =
        templates.getOrDefault(step.templateKey(), EscalationMessages.DEFAULT_TEMPLATE);
    Instant due = state.milestone(step.milestone()).due();
    List<String> ids = new ArrayList<>();
    for (Member m : who) {
      outbox.enqueue(
          channel,
          EscalationMessages.message(
              template, c, step, m, recipients.recipientOf(c.tenant(), m), due),
          now);
      ids.add(m.id());
    }
    if (team == null) {
      LOG.warn("case {} belongs to team {}, which worker {} does not know", c.id(), c.team(), workerId);
    }
    FollowUpCase after =
        store.update(
            CaseEditor.escalated(
                c, step.id(), ids.isEmpty() ? "none" : String.join(",", ids), "system", now),
            c.version());
    LOG.debug("case {} in tenant {}: step {} fired, {} notices", c.id(), c.tenant(), step.id(), ids.size());
    return new Fired(Kind.FIRED, ids.size(), after);
  }

  private void tellFired(FollowUpCase c, EscalationStep step, Instant now) {
    try {
      stepListener.onStepFired(c, step, now);
    } catch (RuntimeException e) {
      LOG.warn(
          "escalation step listener failed for case {} step {} ({})",
          c.id(),
          step.id(),
          e.getClass().getName());
    }
  }

  @Override
  public String toString() {
    return "EscalationWorker[" + workerId + "]";
  }

  private static final class Tally {
    int checked;
    int fired;
    int notifications;
    int alreadyFired;
    int leaseLost;
    int failed;
  }

  /** Builds an {@link EscalationWorker}. Not thread-safe. */
  public static final class Builder {
    private @Nullable CaseStore store;
    private @Nullable Outbox outbox;
    private SlaPolicies policies = SlaPolicies.ofDefaults();
    private EscalationLadder ladder = EscalationLadder.ofDefaults();
    private final Map<String, EscalationLadder> ladders = new HashMap<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private final Map<String, MessageTemplate> templates = new HashMap<>();
    private StaffRecipients recipients = StaffRecipients.byMemberId();
    private String channel = DEFAULT_CHANNEL;
    private Clock clock = Clock.systemUTC();
    private @Nullable String workerId;
    private Duration lease = DEFAULT_LEASE;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private EscalationStepListener stepListener = EscalationStepListener.noop();

    private Builder() {}

    /**
     * Sets the listener told of every fired step after its transaction committed; default {@link
     * EscalationStepListener#noop()}.
     */
    public Builder stepListener(EscalationStepListener value) {
      this.stepListener = Checks.notNull("stepListener", value);
      return this;
    }

    /** Sets the case store (required). */
    public Builder store(CaseStore value) {
      this.store = Checks.notNull("store", value);
      return this;
    }

    /**
     * Sets the outbox the notices are queued in (required); it must run in the case store's unit
     * of work, so that a step's record and its messages commit together.
     */
    public Builder outbox(Outbox value) {
      this.outbox = Checks.notNull("outbox", value);
      return this;
    }

    /**
     * Sets the SLA policies, found by the name in each case's schedule; default {@link
     * SlaPolicies#ofDefaults()}. Use those of the {@link CaseService}.
     */
    public Builder policies(SlaPolicies value) {
      this.policies = Checks.notNull("policies", value);
      return this;
    }

    /** Sets the ladder of every policy without its own; default {@link EscalationLadder#ofDefaults()}. */
    public Builder ladder(EscalationLadder value) {
      this.ladder = Checks.notNull("ladder", value);
      return this;
    }

    /** Sets the ladder of the SLA policy named {@code policy}. */
    public Builder ladder(String policy, EscalationLadder value) {
      ladders.put(Checks.identifier("policy", policy), Checks.notNull("ladder", value));
      return this;
    }

    /**
     * Adds a team, whose owner, lead, manager and roles receive the notices of its cases.
     *
     * @throws IllegalArgumentException if a team of that name was added already
     */
    public Builder team(Team value) {
      Checks.notNull("team", value);
      Checks.check(!teams.containsKey(value.name()), "team name", "unique", value.name());
      teams.put(value.name(), value);
      return this;
    }

    /**
     * Registers a message template under its id; a step uses the template whose id is its {@link
     * EscalationStep#templateKey()}, or a built-in English notice (ids, status and due instant
     * only) if none is registered.
     */
    public Builder template(MessageTemplate value) {
      Checks.notNull("template", value);
      templates.put(value.id(), value);
      return this;
    }

    /** Sets where a member's notices go; default {@link StaffRecipients#byMemberId()}. */
    public Builder recipients(StaffRecipients value) {
      this.recipients = Checks.notNull("recipients", value);
      return this;
    }

    /** Sets the outbox channel name of the notices; default {@value EscalationWorker#DEFAULT_CHANNEL}. */
    public Builder channel(String value) {
      this.channel = Checks.identifier("channel", value);
      return this;
    }

    /** Sets the clock; default the system clock in UTC. */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull("clock", value);
      return this;
    }

    /** Sets this worker's id (at most 128 characters); default {@code escalation-<uuid>}. */
    public Builder workerId(String value) {
      this.workerId = OutboxArgs.workerId(value);
      return this;
    }

    /**
     * Sets how long a claim holds a case; default {@link EscalationWorker#DEFAULT_LEASE}. Size it
     * well above the time a batch takes: a case whose lease has expired before its turn is
     * skipped.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder lease(Duration value) {
      Checks.notNull("lease", value);
      Checks.check(!value.isNegative() && !value.isZero(), "lease", "> 0", value);
      this.lease = value;
      return this;
    }

    /**
     * Sets how many cases a run claims at most; default {@value EscalationWorker#DEFAULT_BATCH_SIZE}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder batchSize(int value) {
      this.batchSize = Checks.positive("batchSize", value);
      return this;
    }

    /**
     * Builds the worker.
     *
     * @throws IllegalStateException if the store or outbox is missing, or a stock outbox store
     *     runs in another unit of work than the case store
     */
    public EscalationWorker build() {
      CaseStore s = store;
      Outbox o = outbox;
      if (s == null || o == null) {
        throw new IllegalStateException(
            "EscalationWorker needs a store(...) and an outbox(...), but "
                + (s == null ? "the store" : "the outbox")
                + " was not set");
      }
      UnitOfWork other = null;
      if (o instanceof JdbcOutboxStore j) {
        other = j.unitOfWork();
      } else if (o instanceof InMemoryOutboxStore m) {
        other = m.unitOfWork();
      }
      if (other != null && other != s.unitOfWork()) {
        throw new IllegalStateException(
            "the outbox must run in the case store's unit of work (build both on the same"
                + " UnitOfWork), or a fired step and its messages would not commit together");
      }
      return new EscalationWorker(this, s, o);
    }
  }
}
