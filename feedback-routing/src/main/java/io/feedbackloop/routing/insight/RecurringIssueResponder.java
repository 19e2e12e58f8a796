package io.feedbackloop.routing.insight;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.CaseConflictException;
import io.feedbackloop.routing.cases.CaseService;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.OpenCaseRequest;
import io.feedbackloop.routing.cases.OpenedCase;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.internal.insight.AlertTemplates;
import io.feedbackloop.routing.internal.insight.IssueKeys;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.outbox.Outbox;
import io.feedbackloop.routing.rules.Action.CasePriority;
import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import io.feedbackloop.scoring.insight.RecurringIssueListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on recurring issues: opens one problem case per episode, links every affected response and
 * respondent to it, and alerts the topic's team once.
 *
 * <p><b>Per event.</b> Each {@link RecurringIssueDetected} is handled in one transaction of the case
 * store's unit of work (the outbox joins it when it shares that unit of work):
 *
 * <ol>
 *   <li>the problem case is opened, unless it exists. Its creation key depends on the {@code
 *       issueId} only (source {@code issue-<topic>-<digest>}, rule {@link Builder#ruleId}), so the
 *       first event, a replayed event and the same event on two nodes open one case between them.
 *       The case goes to the topic's team with the configured priority and due times, is tagged
 *       {@value #TAG} and with the topic id, carries the segment as attributes (for SLA policies)
 *       and starts with the first respondent of the event;
 *   <li>the case that this call opened gets one alert on the outbox to {@link Recipient.Team} of its
 *       team: idempotency key {@code issue:<issueId>:alert}, text with topic, segment, count,
 *       baseline and window, no customer text;
 *   <li>every response and respondent of the event not yet linked is linked ({@link
 *       CaseService#link}). Later events of the episode carry the grown list, so they link the
 *       new ones only.
 * </ol>
 *
 * <p>Because each event carries all the responses of its window, handling is idempotent and
 * self-healing: an event that failed is repaired by the next event of the episode (the case is
 * opened by whichever event finds none; a response that has left the window by then stays
 * unlinked). The case's {@link FollowUpCase#sourceResponseId()} is the issue key, not a response:
 * the affected responses are {@link FollowUpCase#responseIds()} after the first.
 *
 * <p><b>Failures.</b> {@link #respond} throws what the case service or the outbox throws, after
 * retrying a {@link CaseConflictException} (another node linked at the same moment) up to {@value
 * #ATTEMPTS} times. {@link #onRecurringIssue}, the listener method, logs the issue id, sequence,
 * tenant and exception type at WARN (never customer text) and rethrows: the detector catches
 * listener exceptions, and its state is not affected. Ids in the event that cannot be linked (see
 * {@link RespondedIssue#skippedIds()}) are skipped and counted, not fatal.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecurringIssueResponder implements RecurringIssueListener {
  /** The tag every problem case gets, next to the topic id. */
  public static final String TAG = "recurring-issue";

  /** The default rule id of problem cases (the second half of their creation key). */
  public static final String DEFAULT_RULE_ID = "recurring-issue";

  /** The default outbox channel of the alerts (that of the escalation notices). */
  public static final String DEFAULT_CHANNEL = "staff";

  /** How many times a conflicting concurrent edit is retried. */
  static final int ATTEMPTS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(RecurringIssueResponder.class);

  private final TenantId tenant;
  private final CaseService cases;
  private final Outbox outbox;
  private final Map<String, String> teams;
  private final String defaultTeam;
  private final String channel;
  private final CasePriority priority;
  private final @Nullable Duration firstContactWithin;
  private final @Nullable Duration resolveWithin;
  private final String ruleId;
  private final String actor;
  private final MessageTemplate alertTemplate;
  private final Locale alertLocale;
  private final Clock clock;

  private RecurringIssueResponder(Builder b, TenantId tenant, CaseService cases, Outbox outbox) {
    this.tenant = tenant;
    this.cases = cases;
    this.outbox = outbox;
    this.teams = Map.copyOf(b.teams);
    this.defaultTeam = b.defaultTeam;
    this.channel = b.channel;
    this.priority = b.priority;
    this.firstContactWithin = b.firstContactWithin;
    this.resolveWithin = b.resolveWithin;
    this.ruleId = b.ruleId;
    this.actor = b.actor;
    this.alertTemplate = b.alertTemplate;
    this.alertLocale = b.alertLocale;
    this.clock = b.clock;
  }

  /** Starts a builder; tenant, case service and outbox are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Handles {@code event} like {@link #respond}; on failure logs ids and rethrows (see the class
   * comment).
   */
  @Override
  public void onRecurringIssue(RecurringIssueDetected event) {
    try {
      respond(event);
    } catch (RuntimeException e) {
      LOG.warn(
          "recurring issue {} (event {}) in tenant {}: handling failed with {}; the next event of"
              + " the episode retries",
          event.issueId(),
          event.sequence(),
          tenant,
          e.getClass().getName());
      throw e;
    }
  }

  /**
   * Opens the problem case of {@code event}'s episode if there is none, alerts the team if this
   * call opened it, and links the responses and respondents not linked yet.
   *
   * @return what this call did
   * @throws NullPointerException if {@code event} is null
   * @throws CaseConflictException if other nodes kept changing the case through every attempt
   * @throws io.feedbackloop.core.StoreException if the case store or the outbox fails
   * @throws RuntimeException whatever an SLA policy or assigner of the case service throws
   */
  public RespondedIssue respond(RecurringIssueDetected event) {
    Checks.notNull("event", event);
    for (int attempt = 1; ; attempt++) {
      try {
        return cases.store().unitOfWork().inTransaction(tx -> handle(event));
      } catch (CaseConflictException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        LOG.debug("recurring issue {}: case changed concurrently, attempt {}", event.issueId(), attempt);
      }
    }
  }

  /** The team that gets the problem cases and alerts about {@code topic}. */
  public String teamFor(String topic) {
    return teams.getOrDefault(Checks.notNull("topic", topic), defaultTeam);
  }

  private RespondedIssue handle(RecurringIssueDetected event) {
    List<String> responses = new ArrayList<>();
    List<RespondentId> people = new ArrayList<>();
    int skipped = 0;
    for (String id : new LinkedHashSet<>(event.responseIds())) {
      if (Checks.isIdentifier(id)) {
        responses.add(id);
      } else {
        skipped++;
      }
    }
    for (String id : new LinkedHashSet<>(event.respondentIds())) {
      try {
        people.add(RespondentId.of(id));
      } catch (IllegalArgumentException e) {
        skipped++;
      }
    }
    if (skipped > 0) {
      LOG.warn("recurring issue {}: {} ids are not valid and were not linked (not shown)",
          event.issueId(), skipped);
    }
    Instant now = clock.instant();
    OpenedCase opened = cases.open(request(event, people, now));
    FollowUpCase c = opened.followUpCase();
    boolean alerted = opened.created() && outbox.enqueue(channel, alert(event, c), now);

    List<String> newResponses = new ArrayList<>();
    for (String r : responses) {
      if (!c.responseIds().contains(r)) {
        newResponses.add(r);
      }
    }
    List<RespondentId> newPeople = new ArrayList<>();
    for (RespondentId p : people) {
      if (!c.respondents().contains(p)) {
        newPeople.add(p);
      }
    }
    // a response and a respondent per change: half the versions of linking them one by one
    int n = Math.max(newResponses.size(), newPeople.size());
    for (int i = 0; i < n; i++) {
      c =
          cases.link(
              tenant,
              c.id(),
              i < newResponses.size() ? newResponses.get(i) : null,
              i < newPeople.size() ? newPeople.get(i) : null,
              actor,
              c.version());
    }
    LOG.debug(
        "recurring issue {} (event {}) in tenant {}: case {}{}, {} responses and {} respondents linked",
        event.issueId(),
        event.sequence(),
        tenant,
        c.id(),
        opened.created() ? " opened" : "",
        newResponses.size(),
        newPeople.size());
    return new RespondedIssue(
        event.issueId(), event.sequence(), c.id(), opened.created(), newResponses, newPeople,
        alerted, skipped);
  }

  private OpenCaseRequest request(RecurringIssueDetected event, List<RespondentId> people, Instant now) {
    OpenCaseRequest.Builder b =
        OpenCaseRequest.builder(tenant, IssueKeys.caseKey(event.issueId(), event.topic()), ruleId)
            .team(teamFor(event.topic()))
            .priority(priority)
            .respondent(people.isEmpty() ? null : people.get(0))
            .attributes(new TreeMap<>(event.segment()))
            .tag(TAG)
            .actor(actor);
    if (Checks.isIdentifier(event.topic())) {
      b.tag(event.topic());
    }
    Duration first = firstContactWithin;
    if (first != null) {
      b.firstContactDue(now.plus(first));
    }
    Duration resolve = resolveWithin;
    if (resolve != null) {
      b.resolutionDue(now.plus(resolve));
    }
    return b.build();
  }

  private Message alert(RecurringIssueDetected event, FollowUpCase c) {
    return alertTemplate
        .render(alertLocale, AlertTemplates.values(event, c.id().value()))
        .tenant(tenant)
        .recipient(new Recipient.Team(c.team()))
        .idempotencyKey(IssueKeys.alertKey(event.issueId()))
        .metadata("kind", "recurring-issue-alert")
        .metadata("issueId", event.issueId())
        .metadata("caseId", c.id().value())
        .metadata("topic", event.topic())
        .build();
  }

  @Override
  public String toString() {
    return "RecurringIssueResponder[tenant=" + tenant + ", rule=" + ruleId + ", defaultTeam="
        + defaultTeam + ", teams=" + new TreeMap<>(teams) + ", channel=" + channel + "]";
  }

  /**
   * Builds a {@link RecurringIssueResponder}. Required: {@link #tenant}, {@link #cases}, {@link
   * #outbox}. Defaults: every topic to team {@code support}, priority {@link CasePriority#HIGH}, no
   * due times (a case service with SLA policies sets them), rule id {@value
   * RecurringIssueResponder#DEFAULT_RULE_ID}, actor {@code system}, channel {@value
   * RecurringIssueResponder#DEFAULT_CHANNEL}, an English alert, the system clock in UTC. Not
   * thread-safe.
   */
  public static final class Builder {
    private @Nullable TenantId tenant;
    private @Nullable CaseService cases;
    private @Nullable Outbox outbox;
    private final Map<String, String> teams = new TreeMap<>();
    private String defaultTeam = "support";
    private String channel = DEFAULT_CHANNEL;
    private CasePriority priority = CasePriority.HIGH;
    private @Nullable Duration firstContactWithin;
    private @Nullable Duration resolveWithin;
    private String ruleId = DEFAULT_RULE_ID;
    private String actor = "system";
    private MessageTemplate alertTemplate = AlertTemplates.defaultTemplate();
    private Locale alertLocale = Locale.ENGLISH;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the tenant whose events this responder handles (required: events carry none). */
    public Builder tenant(TenantId value) {
      this.tenant = Checks.notNull("tenant", value);
      return this;
    }

    /** Sets the case service that opens and links the problem cases (required). */
    public Builder cases(CaseService value) {
      this.cases = Checks.notNull("cases", value);
      return this;
    }

    /**
     * Sets the outbox the alerts are queued on (required). Give it the case store's unit of work
     * to open the case and queue its alert in one transaction.
     */
    public Builder outbox(Outbox value) {
      this.outbox = Checks.notNull("outbox", value);
      return this;
    }

    /** Sends the cases and alerts about {@code topic} to {@code team} (both identifiers). */
    public Builder team(String topic, String team) {
      teams.put(Checks.notBlank("topic", topic), Checks.identifier("team", team));
      return this;
    }

    /** Sets the team of the topics without their own; default {@code support}. */
    public Builder defaultTeam(String value) {
      this.defaultTeam = Checks.identifier("defaultTeam", value);
      return this;
    }

    /**
     * Sets the outbox channel name of the alerts; default {@value
     * RecurringIssueResponder#DEFAULT_CHANNEL}.
     */
    public Builder alertChannel(String value) {
      this.channel = Checks.identifier("alertChannel", value);
      return this;
    }

    /** Sets the priority of the problem cases; default {@link CasePriority#HIGH}. */
    public Builder priority(CasePriority value) {
      this.priority = Checks.notNull("priority", value);
      return this;
    }

    /**
     * Sets the first-contact due time of a problem case, counted from its opening; default none.
     * A case service with SLA policies replaces it with the policy's.
     */
    public Builder firstContactWithin(Duration value) {
      this.firstContactWithin = positive("firstContactWithin", value);
      return this;
    }

    /** Sets the resolution due time of a problem case, counted from its opening; default none. */
    public Builder resolveWithin(Duration value) {
      this.resolveWithin = positive("resolveWithin", value);
      return this;
    }

    /**
     * Sets the rule id of the problem cases (an identifier; the SLA policies can choose by it);
     * default {@value RecurringIssueResponder#DEFAULT_RULE_ID}. Changing it on a running system
     * opens new cases for episodes that already have one.
     */
    public Builder ruleId(String value) {
      this.ruleId = Checks.identifier("ruleId", value);
      return this;
    }

    /** Sets who opens and links, in the audit trail (an identifier); default {@code system}. */
    public Builder actor(String value) {
      this.actor = Checks.identifier("actor", value);
      return this;
    }

    /**
     * Sets the alert template and the locale it is rendered in; default a short English text.
     * The values are {@code issueId, caseId, topic, segment, count, baseline, zScore, windowStart,
     * windowEnd, window}.
     */
    public Builder alertTemplate(MessageTemplate template, Locale locale) {
      this.alertTemplate = Checks.notNull("alertTemplate", template);
      this.alertLocale = Checks.notNull("locale", locale);
      return this;
    }

    /** Sets the clock of due times and of the alert's not-before time; default system UTC. */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull("clock", value);
      return this;
    }

    /**
     * Builds the responder.
     *
     * @throws IllegalStateException if the tenant, case service or outbox is missing
     */
    public RecurringIssueResponder build() {
      TenantId t = tenant;
      CaseService c = cases;
      Outbox o = outbox;
      Set<String> missing = new LinkedHashSet<>();
      if (t == null) {
        missing.add("tenant(...)");
      }
      if (c == null) {
        missing.add("cases(...)");
      }
      if (o == null) {
        missing.add("outbox(...)");
      }
      if (t == null || c == null || o == null) {
        throw new IllegalStateException(
            "RecurringIssueResponder needs " + String.join(", ", missing) + ", but none was set");
      }
      return new RecurringIssueResponder(this, t, c, o);
    }

    private static Duration positive(String name, Duration value) {
      Checks.notNull(name, value);
      Checks.check(!value.isNegative() && !value.isZero(), name, "> 0", value);
      return value;
    }
  }
}
