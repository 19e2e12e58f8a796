package io.feedbackloop.routing.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.json.FeedbackJson;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.AppendResult;
import io.feedbackloop.core.store.ResponseStore;
import io.feedbackloop.core.survey.Survey;
import io.feedbackloop.core.survey.SurveyCatalog;
import io.feedbackloop.core.validation.Problem;
import io.feedbackloop.core.validation.ProblemCode;
import io.feedbackloop.core.validation.ResponseValidator;
import io.feedbackloop.core.validation.ValidationException;
import io.feedbackloop.routing.assign.Assigner;
import io.feedbackloop.routing.assign.AssignmentStrategy;
import io.feedbackloop.routing.assign.Team;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseLookups;
import io.feedbackloop.routing.cases.CaseService;
import io.feedbackloop.routing.cases.EscalationReport;
import io.feedbackloop.routing.cases.EscalationWorker;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.OutcomeMessages;
import io.feedbackloop.routing.cases.RecoveryTracker;
import io.feedbackloop.routing.cases.Resurvey;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.internal.loop.ActionRunner;
import io.feedbackloop.routing.internal.loop.Classifier;
import io.feedbackloop.routing.internal.loop.LoopEvents;
import io.feedbackloop.routing.internal.loop.LoopHealthProbe;
import io.feedbackloop.routing.internal.loop.LoopPrivacy;
import io.feedbackloop.routing.internal.loop.LoopRetention;
import io.feedbackloop.routing.internal.loop.LoopStores;
import io.feedbackloop.routing.internal.loop.RespondentIndex;
import io.feedbackloop.routing.internal.loop.SuppressionLift;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.invite.ContactPolicy;
import io.feedbackloop.routing.invite.InvitationDecision;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.InvitationService;
import io.feedbackloop.routing.invite.ReasonCode;
import io.feedbackloop.routing.invite.Touchpoint;
import io.feedbackloop.routing.link.LinkSubject;
import io.feedbackloop.routing.link.SurveyLinks;
import io.feedbackloop.routing.internal.outbox.OutboxArgs;
import io.feedbackloop.routing.outbox.OutboxWorker;
import io.feedbackloop.routing.outbox.RetryPolicy;
import io.feedbackloop.routing.outbox.WorkReport;
import io.feedbackloop.routing.rules.Action;
import io.feedbackloop.routing.rules.CustomActionType;
import io.feedbackloop.routing.rules.Decision;
import io.feedbackloop.routing.rules.Playbook;
import io.feedbackloop.routing.rules.RespondentHistory;
import io.feedbackloop.routing.rules.Rule;
import io.feedbackloop.routing.rules.RuleEngine;
import io.feedbackloop.routing.rules.RuleSet;
import io.feedbackloop.routing.sla.BusinessCalendar;
import io.feedbackloop.routing.sla.EscalationLadder;
import io.feedbackloop.routing.sla.SlaPolicies;
import io.feedbackloop.routing.sla.SlaPolicy;
import io.feedbackloop.routing.sla.SlaTarget;
import io.feedbackloop.routing.suppression.SuppressionStore;
import io.feedbackloop.scoring.Category;
import io.feedbackloop.scoring.insight.RecordOutcome;
import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import io.feedbackloop.scoring.insight.RecurringIssueDetector;
import io.feedbackloop.scoring.insight.TopicMention;
import io.feedbackloop.scoring.text.Sentiment;
import io.feedbackloop.scoring.text.TextAnalyzer;
import io.feedbackloop.scoring.text.TextInsight;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole closed feedback loop behind one object. A first loop takes a few lines:
 *
 * <pre>{@code
 * FeedbackLoop loop = FeedbackLoop.builder()
 *     .survey(Surveys.nps("post-delivery", Locale.forLanguageTag("sv")))
 *     .team(Team.of("support", "ana", "ben"))
 *     .channel("slack", slackChannel)
 *     .staffChannel("slack")
 *     .build();
 * SubmitResult r = loop.submit(response);  // stored, classified, rules evaluated, case opened, messages queued
 * loop.runDueWork();                       // from the host's scheduler: deliveries, SLA steps, retention
 * }</pre>
 *
 * <p><b>Submit.</b> {@link #submit} validates the response against its survey, stores it
 * idempotently, classifies its scaled answers, evaluates the rules ({@link Playbook#standard()}
 * unless set) and executes the decision: cases opened through the {@link CaseService} (owner by the
 * team's assignment strategy, due times by the SLA policies), team notifications and escalations on
 * the {@linkplain Builder#staffChannel staff channel}, customer messages from localized templates
 * on the {@linkplain Builder#customerChannel customer channel}, tags on the cases opened, survey
 * suppressions, custom actions through their handlers, and the answer recorded with the
 * respondent's invitation. All of it runs in one unit of work of the {@link LoopStorage}: if
 * anything throws, nothing is kept. A replay of a stored response returns at once, marked {@link
 * SubmitResult#replay()}, and does nothing again.
 *
 * <p><b>Due work.</b> The SDK starts no thread. {@link #runDueWork()}, called from the host's
 * scheduler (every few seconds to a minute), fires due SLA steps, delivers due outbox messages
 * (including invitation reminders and re-survey invitations, which are queued with their send
 * time) and, at most once per {@linkplain Builder#retentionInterval interval}, applies the
 * retention policy.
 *
 * <p><b>Events.</b> {@link LoopListener}s get typed {@link LoopEvent}s after the work that caused
 * them committed, never for work that rolled back.
 *
 * <p><b>Channels.</b> Messages go to outbox channels by name. A name the loop uses without a
 * {@linkplain Builder#channel registered channel} (by default {@code email} for customers and
 * {@code staff} for the team) gets a logging channel, which logs ids and drops the message.
 *
 * <p>Thread-safe: any number of threads may submit and run due work at once; no lock is held
 * across I/O. Logs carry ids only.
 */
public final class FeedbackLoop {
  private static final Logger LOG = LoggerFactory.getLogger(FeedbackLoop.class);

  /** The default channel name of customer messages, {@code email}. */
  public static final String DEFAULT_CUSTOMER_CHANNEL = "email";

  /** The default channel name of team notifications and escalations, {@code staff}. */
  public static final String DEFAULT_STAFF_CHANNEL = EscalationWorker.DEFAULT_CHANNEL;

  /** The default interval between retention passes, one day. */
  public static final Duration DEFAULT_RETENTION_INTERVAL = Duration.ofDays(1);

  /** How many batches one {@link #runDueWork()} works through per part at most. */
  private static final int MAX_BATCHES = 20;

  private final LoopStores stores;
  private final SurveyCatalog surveys;
  private final RuleEngine engine;
  private final CaseService cases;
  private final ActionRunner actions;
  private final OutboxWorker outboxWorker;
  private final EscalationWorker escalationWorker;
  private final OutcomeMessages outcomes;
  private final @Nullable InvitationService invitations;
  private final @Nullable SurveyLinks links;
  private final ContactDirectory contacts;
  private final @Nullable RecoveryTracker recovery;
  private final @Nullable RecurringIssueDetector detector;
  private final @Nullable TextAnalyzer detectorAnalyzer;
  private final LoopEvents events;
  private final RetentionPolicy retention;
  private final Duration retentionInterval;
  private final Clock clock;
  private final FeedbackJson json;
  private final @Nullable RespondentIndex history;
  private final AtomicReference<@Nullable Instant> lastRetention = new AtomicReference<>();
  private final Map<ReasonCode, LongAdder> suppressedInvitations = new ConcurrentHashMap<>();

  private FeedbackLoop(Builder b, LoopStores stores) {
    this.stores = stores;
    this.clock = b.clock;
    this.surveys = SurveyCatalog.of(b.surveys.values());
    this.events = new LoopEvents(b.listeners);
    this.retention = b.retention;
    this.retentionInterval = b.retentionInterval;
    this.json = b.json;
    this.detector = b.detector;
    this.contacts = b.contacts;
    // in memory, a history query would scan every stored response: keep an index instead
    this.history = b.storage.isJdbc() ? null : new RespondentIndex();
    RuleEngine.Builder eb =
        RuleEngine.builder(b.ruleSet())
            .surveys(surveys)
            .history(history != null ? history : RespondentHistory.of(stores.responses()));
    TextAnalyzer analyzer = b.textAnalyzer;
    if (analyzer != null) {
      eb.textAnalyzer(analyzer);
    }
    for (CustomActionType t : b.customTypes.values()) {
      eb.customActionType(t);
    }
    this.engine = eb.build();
    this.detectorAnalyzer =
        b.detector == null
            ? null
            : engine.textAnalyzer().orElseGet(() -> analyzer != null ? analyzer : TextAnalyzer.ofDefaults());

    SlaPolicies policies = b.slaPolicies != null ? b.slaPolicies : derivedPolicies(b.ruleSet(), b.calendar);
    Assigner assigner = b.assigner != null ? b.assigner : defaultAssigner(b, stores);
    this.cases =
        CaseService.builder()
            .store(stores.cases())
            .clock(clock)
            .slaPolicies(policies)
            .assigner(assigner)
            .build();
    this.actions =
        new ActionRunner(
            cases,
            stores.outbox(),
            stores.suppressions(),
            b.contacts,
            b.templates,
            b.teamChannels,
            b.staffChannel,
            b.customerChannel,
            b.customHandlers);

    EscalationWorker.Builder ew =
        EscalationWorker.builder()
            .store(stores.cases())
            .outbox(stores.outbox())
            .policies(policies)
            .ladder(b.ladder)
            .channel(b.staffChannel)
            .clock(clock)
            .workerId(b.nodeId)
            .lease(b.leaseLength)
            .stepListener(
                (c, step, at) ->
                    events.publish(
                        new LoopEvent.SlaBreached(c.tenant(), c.id(), step.id(), step.milestone(), at)));
    for (Team t : b.teams.values()) {
      ew.team(t);
    }
    for (MessageTemplate t : b.templates.values()) {
      ew.template(t);
    }
    this.escalationWorker = ew.build();

    OutboxWorker.Builder ow =
        OutboxWorker.builder()
            .store(stores.outbox())
            .clock(clock)
            .retryPolicy(b.retryPolicy)
            .workerId(b.nodeId)
            .leaseLength(b.leaseLength)
            .deadLetterListener(
                dead ->
                    events.publish(
                        new LoopEvent.MessageDead(
                            dead.tenant(),
                            dead.idempotencyKey(),
                            dead.channel(),
                            dead.lastError().orElse("unknown"),
                            clock.instant())));
    for (String name : channelNames(b)) {
      DeliveryChannel ch = b.channels.get(name);
      ow.channel(name, ch != null ? ch : DeliveryChannel.logging());
    }
    ow.channel(SuppressionLift.CHANNEL, new SuppressionLift(stores.suppressions()));
    this.outboxWorker = ow.build();

    this.outcomes =
        OutcomeMessages.builder()
            .outbox(stores.outbox())
            .channel(b.customerChannel)
            .clock(clock)
            .build();

    URI base = b.linkBaseUrl;
    this.links =
        base == null ? null : SurveyLinks.builder().baseUrl(base).store(stores.links()).clock(clock).build();
    SurveyLinks links = this.links;
    if (b.plans.isEmpty()) {
      this.invitations = null;
      this.recovery = null;
    } else {
      if (links == null) {
        throw new IllegalStateException(
            "invitation plans need linkBaseUrl(...) for the personal survey links, but none was set");
      }
      InvitationService.Builder ib =
          InvitationService.builder()
              .store(stores.invitations())
              .outbox(stores.outbox())
              .linkIssuer(links)
              .suppressionList(stores.suppressions())
              .openCaseCheck(CaseLookups.openCaseCheck(stores.cases()))
              .policy(b.contactPolicy)
              .clock(clock);
      for (Map.Entry<InvitationPlan, MessageTemplate> e : b.plans.entrySet()) {
        ib.plan(e.getKey(), e.getValue());
      }
      InvitationService service = ib.build();
      this.invitations = service;
      boolean resurveys = false;
      for (InvitationPlan p : b.plans.keySet()) {
        resurveys |= p.eventTypes().contains(RecoveryTracker.DEFAULT_EVENT_TYPE);
      }
      this.recovery =
          resurveys
              ? RecoveryTracker.builder()
                  .caseService(cases)
                  .invitations(service)
                  .store(stores.resurveys())
                  .clock(clock)
                  .build()
              : null;
    }
  }

  /** Starts a loop: in-memory stores, the standard playbook and the system UTC clock by default. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- submit

  /**
   * Validates, stores, classifies and routes one response, in one unit of work (see the class
   * documentation).
   *
   * @return what was done; for a replay of a stored response, {@link SubmitResult#replay()} and
   *     nothing else
   * @throws ValidationException if the response does not answer a survey of this loop (problem
   *     {@code unknown_survey} naming the survey id) or is invalid for it (every problem); nothing
   *     is stored
   * @throws io.feedbackloop.core.store.IdempotencyConflictException if a different response was
   *     stored under the same idempotency key or id
   * @throws NullPointerException if {@code response} is null
   * @throws RuntimeException whatever a store, the outbox or a custom action handler throws; then
   *     nothing of this submit is kept
   */
  public SubmitResult submit(Response response) {
    Checks.notNull("response", response);
    return submit(response, null);
  }

  /**
   * Submits the answer posted through a personal survey link: like {@link #submit(Response)}, and
   * in the same unit of work the link is {@linkplain SurveyLinks#redeem redeemed}, so that a link
   * answers once and a failed submit leaves it usable. A replay of the stored response (the same
   * idempotency key, e.g. a double click) returns it marked {@link SubmitResult#replay()} without
   * touching the link again.
   *
   * @param token the token of the link, as {@link #links()} issued it
   * @throws IllegalStateException if the loop has no {@linkplain Builder#linkBaseUrl link base URL}
   * @throws io.feedbackloop.routing.link.InvalidLinkException if the link is unknown, expired,
   *     already used or not authentic; nothing is stored
   * @throws IllegalArgumentException if the response is not for the link's tenant, survey and
   *     respondent; nothing is stored
   * @throws ValidationException as {@link #submit(Response)}
   */
  public SubmitResult submitThroughLink(String token, Response response) {
    Checks.notNull("token", token);
    Checks.notNull("response", response);
    if (links == null) {
      throw new IllegalStateException(
          "submitThroughLink needs survey links, but no linkBaseUrl(...) was set");
    }
    return submit(response, token);
  }

  private SubmitResult submit(Response response, @Nullable String token) {
    Survey survey = surveyOf(response);
    List<Problem> problems = ResponseValidator.validate(response, survey);
    if (!problems.isEmpty()) {
      throw new ValidationException("response " + response.id(), problems);
    }
    return stores.unitOfWork().inTransaction(tx -> {
      AppendResult stored = stores.responses().append(response);
      if (!stored.created()) {
        return SubmitResult.replayOf(stored.response());
      }
      Instant now = clock.instant();
      SurveyLinks l = links;
      if (token != null && l != null) {
        checkSubject(l.redeem(token, now), response);
      }
      Map<String, Category> categories = Classifier.classify(response, survey);
      TextInsight insight = null;
      TextAnalyzer analyzer = detectorAnalyzer;
      if (analyzer != null) {
        String text = Classifier.text(response);
        insight = text.isEmpty() ? TextInsight.EMPTY : analyzer.analyze(text, response.locale().orElse(null));
      }
      Decision decision = insight == null ? engine.evaluate(response) : engine.evaluate(response, insight);
      boolean publish = !events.isEmpty();
      ActionRunner.Outcome out = actions.run(response, survey, decision, now, publish);
      InvitationService inv = invitations;
      if (inv != null && response.respondent().isPresent()) {
        inv.recordAnswer(response.tenant(), response.respondent().get(), response.surveyId());
      }
      RespondentIndex index = history;
      if (index != null) {
        tx.afterCommit(() -> index.add(response));
      }
      if (publish || insight != null) {
        List<LoopEvent> list = new ArrayList<>(out.events.size() + 1);
        list.add(new LoopEvent.ResponseRecorded(response.tenant(), response.id(), response.surveyId(), now));
        list.addAll(out.events);
        TextInsight seen = insight;
        tx.afterCommit(() -> afterSubmit(response, list, seen, now));
      }
      return new SubmitResult(
          response, false, categories, decision, out.opened, out.messages, out.tags, out.suppressed);
    });
  }

  /**
   * Parses {@code json} with the core JSON codec ({@link FeedbackJson}) and submits it.
   *
   * @throws ValidationException if the JSON is malformed or the response invalid
   * @see #submit(Response)
   */
  public SubmitResult submitJson(String json) {
    return submit(this.json.readResponse(Checks.notNull("json", json)));
  }

  private static void checkSubject(LinkSubject subject, Response response) {
    boolean same =
        subject.tenant().equals(response.tenant())
            && subject.surveyId().equals(response.surveyId())
            && response.respondent().map(subject.respondent()::equals).orElse(false);
    if (!same) {
      throw new IllegalArgumentException(
          "response " + response.id() + " is not for the link's tenant, survey '" + subject.surveyId()
              + "' and respondent " + subject.respondent().value() + " (invitation "
              + subject.invitationId() + ")");
    }
  }

  private Survey surveyOf(Response response) {
    Optional<Survey> s = surveys.find(response.surveyId(), response.surveyVersion());
    if (s.isPresent()) {
      return s.get();
    }
    boolean known = surveys.knows(response.surveyId());
    throw new ValidationException(
        "response " + response.id(),
        List.of(
            known
                ? new Problem(
                    "/survey/version",
                    ProblemCode.UNKNOWN_SURVEY_VERSION,
                    "survey '" + response.surveyId() + "' has no version "
                        + response.surveyVersion() + " in this loop")
                : new Problem(
                    "/survey/id",
                    ProblemCode.UNKNOWN_SURVEY,
                    "survey '" + response.surveyId() + "' is not registered with this loop"
                        + " (register it with FeedbackLoop.builder().survey(...))")));
  }

  private void afterSubmit(
      Response response, List<LoopEvent> list, @Nullable TextInsight insight, Instant now) {
    events.publishAll(list);
    RecurringIssueDetector d = detector;
    // praise is not an issue: a wave of "fast delivery!" must not page the logistics team
    if (d == null
        || insight == null
        || insight.topics().isEmpty()
        || insight.sentiment().sentiment() == Sentiment.POSITIVE) {
      return;
    }
    try {
      RecordOutcome outcome =
          d.record(
              new TopicMention(
                  response.id(),
                  response.respondent().map(RespondentId::value).orElse(null),
                  response.submittedAt(),
                  response.attributes(),
                  insight.topics()));
      for (RecurringIssueDetected issue : outcome.events()) {
        events.publish(new LoopEvent.RecurringIssueFound(response.tenant(), issue, now));
      }
    } catch (RuntimeException e) {
      LOG.warn("recurring-issue detector failed on response {} ({})", response.id(), e.getClass().getName());
    }
  }

  // ---------------------------------------------------------------- due work

  /**
   * Runs the time-driven work due now on the calling thread, in rounds of one batch each: SLA steps
   * and reminders of open cases, then outbox deliveries (so that notices of steps fired in a round
   * go out with it). Rounds repeat while either part fills its batch (at most 20 rounds), so an SLA
   * step that falls due while a long delivery backlog is worked off fires in the same call instead
   * of after it. Then a retention pass runs if one is due.
   *
   * @return the counts of each part
   * @throws io.feedbackloop.core.StoreException if claiming work fails; work done before is kept
   */
  public DueWorkReport runDueWork() {
    Instant at = clock.instant();
    EscalationReport esc = EscalationReport.empty();
    WorkReport out = WorkReport.empty();
    // Alternate the two kinds of work batch by batch: deliveries can take long (a slow webhook, a
    // backlog), and an SLA step that falls due meanwhile must not wait for the whole backlog.
    // Steps go first in each round, so that their notices are queued before the delivery batch.
    boolean stepsLeft = true;
    boolean messagesLeft = true;
    for (int i = 0; i < MAX_BATCHES && (stepsLeft || messagesLeft); i++) {
      EscalationReport r = escalationWorker.runDueWork();
      esc = esc.plus(r);
      stepsLeft = r.claimed() >= escalationWorker.batchSize();
      if (messagesLeft || r.claimed() > 0) {
        WorkReport w = outboxWorker.runDueWork();
        out = out.plus(w);
        messagesLeft = w.claimed() >= outboxWorker.batchSize();
      }
    }
    return new DueWorkReport(at, esc, out, retentionIfDue());
  }

  private @Nullable RetentionReport retentionIfDue() {
    if (retention.keepsAll()) {
      return null; // nothing could be deleted
    }
    Instant now = clock.instant();
    Instant last = lastRetention.get();
    if (last != null && now.isBefore(last.plus(retentionInterval))) {
      return null;
    }
    if (!lastRetention.compareAndSet(last, now)) {
      return null; // another thread runs this pass
    }
    RetentionReport report = LoopRetention.run(stores, retention, now);
    RespondentIndex index = history;
    Optional<Duration> keep = retention.responses();
    if (index != null && keep.isPresent()) {
      index.forgetBefore(now.minus(keep.get()));
    }
    return report;
  }

  // ---------------------------------------------------------------- cases

  /**
   * Resolves an IN_PROGRESS case (see {@link CaseService#resolve}) and, in the same unit of work,
   * queues the outcome message to the customer in their language ({@link OutcomeMessages}), when
   * the case has a respondent and a {@code customerMessage} is given. The response comment, if
   * any, is quoted.
   *
   * @return the resolved case
   * @throws io.feedbackloop.routing.cases.CaseException if the case is unknown, in another
   *     state, changed meanwhile, or lacks what the close policy requires; nothing is kept
   * @throws io.feedbackloop.core.StoreException if a store fails; nothing is kept
   */
  public FollowUpCase resolveCase(
      TenantId tenant,
      CaseId id,
      Collection<String> rootCauses,
      @Nullable String summary,
      @Nullable String customerMessage,
      String actor,
      long expectedVersion) {
    return stores.unitOfWork().inTransaction(tx -> {
      FollowUpCase resolved =
          cases.resolve(tenant, id, rootCauses, summary, customerMessage, actor, expectedVersion);
      boolean queued = false;
      if (customerMessage != null && !resolved.respondents().isEmpty()) {
        Optional<Response> source = stores.responses().get(tenant, resolved.sourceResponseId());
        Locale locale = source.isPresent() ? localeOf(source.get(), resolved) : Locale.ENGLISH;
        Map<String, String> extra = new TreeMap<>();
        source.ifPresent(r -> r.answer(OutcomeMessages.COMMENT).ifPresent(a -> {
          if (a instanceof io.feedbackloop.core.response.TextAnswer t && !t.text().isBlank()) {
            extra.put(OutcomeMessages.COMMENT, t.text());
          }
        }));
        queued = outcomes.send(resolved, locale, extra).queued();
      }
      if (!events.isEmpty()) {
        LoopEvent e = new LoopEvent.CaseResolved(tenant, id, queued, clock.instant());
        tx.afterCommit(() -> events.publish(e));
      }
      return resolved;
    });
  }

  /**
   * Closes a RESOLVED case (see {@link CaseService#close}) and, in the same unit of work,
   * schedules the customer's re-survey when the case came from a negative score and an invitation
   * plan handles the {@value RecoveryTracker#DEFAULT_EVENT_TYPE} event type ({@link
   * RecoveryTracker}); the invitation goes out through the outbox when due.
   *
   * @return the closed case and its re-survey, if one was scheduled
   * @throws io.feedbackloop.routing.cases.CaseException as {@link CaseService#close} does
   */
  public ClosedCase closeCase(TenantId tenant, CaseId id, String actor, long expectedVersion) {
    return stores.unitOfWork().inTransaction(tx -> {
      FollowUpCase closed = cases.close(tenant, id, actor, expectedVersion);
      RecoveryTracker r = recovery;
      Optional<Resurvey> resurvey = Optional.empty();
      if (r != null && !closed.respondents().isEmpty()) {
        Optional<Response> source = stores.responses().get(tenant, closed.sourceResponseId());
        Optional<Integer> score = source.flatMap(FeedbackLoop::npsScore);
        if (score.isPresent()) {
          resurvey = r.schedule(closed, score.get(), localeOf(source.get(), closed));
        }
      }
      return new ClosedCase(closed, resurvey);
    });
  }

  private static Optional<Integer> npsScore(Response r) {
    return r.answer("nps")
        .filter(a -> a instanceof io.feedbackloop.core.response.ScoreAnswer)
        .map(a -> ((io.feedbackloop.core.response.ScoreAnswer) a).value());
  }

  private Locale localeOf(Response source, FollowUpCase c) {
    Survey s = surveys.find(source.surveyId(), source.surveyVersion()).orElse(null);
    if (s == null) {
      return source.locale().orElse(Locale.ENGLISH);
    }
    return actions.locale(source, s, c.tenant(), c.respondents().get(0));
  }

  /** The case service, for the other transitions (assign, start progress, hold, notes, ...). */
  public CaseService cases() {
    return cases;
  }

  // ---------------------------------------------------------------- invitations, reads

  /**
   * Hands a host event to the invitation service (contact policy, personal link, outbox). Counts
   * suppressed decisions per reason for {@link #health()}.
   *
   * @throws IllegalStateException if no invitation plan was configured
   * @see InvitationService#onTouchpoint
   */
  public InvitationDecision invite(Touchpoint touchpoint) {
    InvitationService inv = invitations;
    if (inv == null) {
      throw new IllegalStateException(
          "invite needs an invitation plan, but none was configured (FeedbackLoop.builder().invitationPlan(...))");
    }
    InvitationDecision d = inv.onTouchpoint(touchpoint);
    if (d instanceof InvitationDecision.Suppressed s) {
      suppressedInvitations.computeIfAbsent(s.reason(), k -> new LongAdder()).increment();
    }
    return d;
  }

  /**
   * The personal survey links of this loop (opaque tokens in the loop's link store), present when
   * a {@linkplain Builder#linkBaseUrl link base URL} was set: a survey page opens them with {@link
   * SurveyLinks#open} and submits through {@link #submitThroughLink}.
   */
  public Optional<SurveyLinks> links() {
    return Optional.ofNullable(links);
  }

  /** The contact directory (locale, time zone, addresses of respondents); empty by default. */
  public ContactDirectory contacts() {
    return contacts;
  }

  /** The invitation service, if invitation plans were configured. */
  public Optional<InvitationService> invitations() {
    return Optional.ofNullable(invitations);
  }

  /** The response store, for reading (do not write to it around the loop). */
  public ResponseStore responses() {
    return stores.responses();
  }

  /**
   * The suppression store: the respondents who get no survey invitations and no customer messages
   * (unsubscribes, bounces, rule suppressions). Add the host's unsubscribes here.
   */
  public SuppressionStore suppressions() {
    return stores.suppressions();
  }

  /** Scores (NPS, CSAT, CES with confidence intervals) over the stored responses. */
  public LoopScores scores() {
    return new LoopScores(stores.responses(), surveys);
  }

  /** The surveys this loop knows. */
  public SurveyCatalog surveys() {
    return surveys;
  }

  /** The rule engine the loop evaluates with. */
  public RuleEngine ruleEngine() {
    return engine;
  }

  // ---------------------------------------------------------------- privacy, health

  /**
   * Erases one respondent everywhere in one unit of work and publishes {@link
   * LoopEvent.RespondentErased}; idempotent.
   */
  public RespondentErasure erase(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Instant now = clock.instant();
    RespondentErasure erased = LoopPrivacy.erase(stores, tenant, respondent, now);
    RespondentIndex index = history;
    if (index != null) {
      index.forget(tenant, respondent);
    }
    events.publish(new LoopEvent.RespondentErased(tenant, respondent, erased, now));
    return erased;
  }

  /** Everything the loop holds about one respondent. */
  public RespondentExport export(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return LoopPrivacy.export(stores, tenant, respondent);
  }

  /** An operational snapshot: outbox backlog, dead letters, SLA breaches, suppressed invitations. */
  public LoopHealth health() {
    Map<ReasonCode, Long> counts = new EnumMap<>(ReasonCode.class);
    suppressedInvitations.forEach((k, v) -> counts.put(k, v.sum()));
    return LoopHealthProbe.snapshot(stores, clock.instant(), counts);
  }

  @Override
  public String toString() {
    return "FeedbackLoop[surveys=" + surveys.all().size() + ", rules=" + engine.ruleSet().id() + "]";
  }

  // ---------------------------------------------------------------- wiring

  private static SlaPolicies derivedPolicies(RuleSet rules, @Nullable BusinessCalendar calendar) {
    SlaTarget resolution =
        calendar == null
            ? SlaPolicy.ofDefaults().resolution()
            : SlaTarget.businessTime(SlaPolicy.ofDefaults().resolution().duration(), calendar);
    SlaPolicies.Builder b = SlaPolicies.builder();
    for (Rule r : rules.rules()) {
      for (Action a : r.actions()) {
        if (a instanceof Action.OpenCase oc) {
          b.forRule(r.id(), SlaPolicy.of(r.id(), SlaTarget.wallClock(oc.sla()), resolution));
          break;
        }
      }
    }
    return b.build();
  }

  private static Assigner defaultAssigner(Builder b, LoopStores stores) {
    // round robin needs no workload: counting a member's open cases reads the case store
    Assigner.Builder a = Assigner.builder().clock(b.clock);
    AssignmentStrategy s = b.strategy;
    if (s != null) {
      a.strategy(s).workload(CaseLookups.workload(stores.cases()));
    }
    for (Team t : b.teams.values()) {
      a.team(t);
    }
    return a.build();
  }

  private static List<String> channelNames(Builder b) {
    List<String> names = new ArrayList<>(b.channels.keySet());
    addName(names, b.staffChannel);
    addName(names, b.customerChannel);
    for (String n : b.teamChannels.values()) {
      addName(names, n);
    }
    for (InvitationPlan p : b.plans.keySet()) {
      addName(names, p.defaultChannel());
      for (String n : p.allowedChannels()) {
        addName(names, n);
      }
    }
    return names;
  }

  private static void addName(List<String> names, String name) {
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  /**
   * Configures a {@link FeedbackLoop}. Defaults: {@linkplain LoopStorage#inMemory() in-memory
   * storage}, {@link Playbook#standard()}, no teams, SLA policies derived from the rules' {@code
   * openCase} SLAs (first contact on the wall clock, resolution as {@link SlaPolicy#ofDefaults()}),
   * {@link EscalationLadder#ofDefaults()}, the {@link RetryPolicy#ofDefaults() default retry
   * policy}, customer channel {@value FeedbackLoop#DEFAULT_CUSTOMER_CHANNEL}, staff channel
   * {@code staff}, a logging channel for every channel name without a registered channel, no
   * contact directory, {@link ContactPolicy#ofDefaults()}, no invitation plans, no recurring-issue
   * detector, {@link RetentionPolicy#keepAll()} checked at most daily, no listeners, the system
   * UTC clock. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Survey> surveys = new LinkedHashMap<>();
    private LoopStorage storage = LoopStorage.inMemory();
    private @Nullable RuleSet rules;
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private @Nullable Assigner assigner;
    private @Nullable AssignmentStrategy strategy;
    private @Nullable SlaPolicies slaPolicies;
    private @Nullable BusinessCalendar calendar;
    private EscalationLadder ladder = EscalationLadder.ofDefaults();
    private final Map<String, DeliveryChannel> channels = new LinkedHashMap<>();
    private final Map<String, String> teamChannels = new LinkedHashMap<>();
    private String staffChannel = DEFAULT_STAFF_CHANNEL;
    private String customerChannel = DEFAULT_CUSTOMER_CHANNEL;
    private final Map<String, MessageTemplate> templates = new LinkedHashMap<>();
    private ContactDirectory contacts = ContactDirectory.empty();
    private ContactPolicy contactPolicy = ContactPolicy.ofDefaults();
    private final Map<InvitationPlan, MessageTemplate> plans = new LinkedHashMap<>();
    private @Nullable URI linkBaseUrl;
    private @Nullable TextAnalyzer textAnalyzer;
    private @Nullable RecurringIssueDetector detector;
    private RetentionPolicy retention = RetentionPolicy.keepAll();
    private Duration retentionInterval = DEFAULT_RETENTION_INTERVAL;
    private RetryPolicy retryPolicy = RetryPolicy.ofDefaults();
    private final List<LoopListener> listeners = new ArrayList<>();
    private final Map<String, CustomActionType> customTypes = new LinkedHashMap<>();
    private final Map<String, CustomActionHandler> customHandlers = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private FeedbackJson json = FeedbackJson.ofDefaults();
    private String nodeId = "node-" + UUID.randomUUID();
    private Duration leaseLength = OutboxWorker.DEFAULT_LEASE;

    private Builder() {}

    /**
     * Adds a survey the loop accepts responses to (several versions of one id may be added).
     *
     * @throws IllegalArgumentException if this id and version was added already
     */
    public Builder survey(Survey value) {
      Checks.notNull("survey", value);
      String key = value.id() + " v" + value.version();
      Checks.check(!surveys.containsKey(key), "survey " + key, "added once", "added twice");
      surveys.put(key, value);
      return this;
    }

    /** Adds every survey of {@code catalog}. */
    public Builder surveys(SurveyCatalog catalog) {
      for (Survey s : Checks.notNull("catalog", catalog).all()) {
        survey(s);
      }
      return this;
    }

    /** Sets where the loop keeps its data; default {@link LoopStorage#inMemory()}. */
    public Builder storage(LoopStorage value) {
      this.storage = Checks.notNull("storage", value);
      return this;
    }

    /**
     * Sets the follow-up rules; default {@link Playbook#standard()}, without its CES rule when no
     * survey has a {@code ces} question.
     */
    public Builder rules(RuleSet value) {
      this.rules = Checks.notNull("rules", value);
      return this;
    }

    /**
     * Adds a team: its members are assigned the cases of rules that name it (round robin) and its
     * lead and manager get the SLA escalations.
     *
     * @throws IllegalArgumentException if a team of that name was added already
     */
    public Builder team(Team value) {
      Checks.notNull("team", value);
      Checks.check(!teams.containsKey(value.name()), "team " + value.name(), "added once", "added twice");
      teams.put(value.name(), value);
      return this;
    }

    /**
     * Sets the assigner that chooses case owners (for availability or per-team strategies);
     * default round robin over the teams. Give it the same teams. Replaces {@link
     * #assignmentStrategy}.
     */
    public Builder assigner(Assigner value) {
      this.assigner = Checks.notNull("assigner", value);
      return this;
    }

    /**
     * Sets the strategy of the default assigner, e.g. {@link
     * io.feedbackloop.routing.assign.AssignmentStrategy#leastLoaded()}; the loop then counts each
     * member's open cases in its case store. Default round robin without counts.
     */
    public Builder assignmentStrategy(AssignmentStrategy value) {
      this.strategy = Checks.notNull("assignmentStrategy", value);
      return this;
    }

    /** Sets the SLA policies; default: derived from the rules (see {@link Builder}). */
    public Builder slaPolicies(SlaPolicies value) {
      this.slaPolicies = Checks.notNull("slaPolicies", value);
      return this;
    }

    /**
     * Sets the business calendar of the derived SLA policies' resolution target; default that of
     * {@link SlaPolicy#ofDefaults()}. Ignored when {@link #slaPolicies} is set.
     */
    public Builder calendar(BusinessCalendar value) {
      this.calendar = Checks.notNull("calendar", value);
      return this;
    }

    /** Sets the escalation ladder of every SLA policy; default {@link EscalationLadder#ofDefaults()}. */
    public Builder escalationLadder(EscalationLadder value) {
      this.ladder = Checks.notNull("escalationLadder", value);
      return this;
    }

    /**
     * Registers a delivery channel under {@code name}; outbox messages for that name go through it.
     *
     * @throws IllegalArgumentException if the name is not an identifier or registered already
     */
    public Builder channel(String name, DeliveryChannel channel) {
      Checks.identifier("channel name", name);
      Checks.notNull("channel", channel);
      Checks.check(!channels.containsKey(name), "channel " + name, "registered once", "registered twice");
      channels.put(name, channel);
      return this;
    }

    /**
     * Sets the channel name of team notifications, escalations and SLA notices; default {@code
     * staff}.
     */
    public Builder staffChannel(String name) {
      this.staffChannel = Checks.identifier("staffChannel", name);
      return this;
    }

    /** Sets the channel name of customer messages; default {@code email}. */
    public Builder customerChannel(String name) {
      this.customerChannel = Checks.identifier("customerChannel", name);
      return this;
    }

    /**
     * Sends the team notifications of rules naming {@code ruleChannel} (such as {@code
     * #customer-feedback}) through the channel registered as {@code channelName}; unmapped ones
     * go through the {@linkplain #staffChannel staff channel}.
     */
    public Builder teamChannel(String ruleChannel, String channelName) {
      Checks.notBlank("ruleChannel", ruleChannel);
      teamChannels.put(ruleChannel, Checks.identifier("channelName", channelName));
      return this;
    }

    /**
     * Adds a message template that replaces the stock one of the same id: {@code
     * customer.<kind>} for customer messages (e.g. {@code customer.thank_you}, values {@code link}
     * when the rule gives one), the template id a {@code notifyTeam} rule names (values {@code
     * team}, {@code ruleId}, {@code responseId}, {@code surveyId}, {@code caseId}), {@code
     * escalation} (plus {@code to}, {@code reason}), and the escalation ladder's template keys.
     */
    public Builder template(MessageTemplate value) {
      Checks.notNull("template", value);
      templates.put(value.id(), value);
      return this;
    }

    /** Sets where customer locales are looked up when a response has none; default empty. */
    public Builder contacts(ContactDirectory value) {
      this.contacts = Checks.notNull("contacts", value);
      return this;
    }

    /** Sets the contact policy of invitations; default {@link ContactPolicy#ofDefaults()}. */
    public Builder contactPolicy(ContactPolicy value) {
      this.contactPolicy = Checks.notNull("contactPolicy", value);
      return this;
    }

    /**
     * Adds an invitation plan and its message template; plans need a {@link #linkBaseUrl}. A plan
     * for the {@value RecoveryTracker#DEFAULT_EVENT_TYPE} event type enables re-surveys on {@link
     * FeedbackLoop#closeCase}.
     */
    public Builder invitationPlan(InvitationPlan plan, MessageTemplate template) {
      plans.put(Checks.notNull("plan", plan), Checks.notNull("template", template));
      return this;
    }

    /** Sets the base URL of personal survey links (opaque tokens in the loop's link store). */
    public Builder linkBaseUrl(URI value) {
      this.linkBaseUrl = Checks.notNull("linkBaseUrl", value);
      return this;
    }

    /**
     * Sets the text analyzer of topic and sentiment rule conditions and of the recurring-issue
     * detector; default {@link TextAnalyzer#ofDefaults()}, created only when needed.
     */
    public Builder textAnalyzer(TextAnalyzer value) {
      this.textAnalyzer = Checks.notNull("textAnalyzer", value);
      return this;
    }

    /**
     * Feeds the topics of every committed response's text to {@code detector} and publishes its
     * spikes as {@link LoopEvent.RecurringIssueFound}. Comments read as positive are not counted:
     * the detector looks for recurring problems, and a wave of praise for fast delivery is not
     * one. Costs one text analysis per submit with text. Default none.
     */
    public Builder recurringIssues(RecurringIssueDetector detector) {
      this.detector = Checks.notNull("detector", detector);
      return this;
    }

    /** Sets how long data is kept; default {@link RetentionPolicy#keepAll()}. */
    public Builder retention(RetentionPolicy value) {
      this.retention = Checks.notNull("retention", value);
      return this;
    }

    /** Sets the least time between retention passes; default one day. */
    public Builder retentionInterval(Duration value) {
      Checks.notNull("retentionInterval", value);
      Checks.check(!value.isNegative() && !value.isZero(), "retentionInterval", "> 0", value);
      this.retentionInterval = value;
      return this;
    }

    /** Sets the outbox retry policy; default {@link RetryPolicy#ofDefaults()}. */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = Checks.notNull("retryPolicy", value);
      return this;
    }

    /** Adds a listener for the loop's events. */
    public Builder listener(LoopListener value) {
      listeners.add(Checks.notNull("listener", value));
      return this;
    }

    /**
     * Registers a custom action type with the handler that executes its actions.
     *
     * @throws IllegalArgumentException if the type is registered already
     */
    public Builder customAction(CustomActionType type, CustomActionHandler handler) {
      Checks.notNull("type", type);
      Checks.notNull("handler", handler);
      String name = Checks.identifier("custom action type", type.type());
      Checks.check(!customTypes.containsKey(name), "custom action type " + name, "registered once",
          "registered twice");
      customTypes.put(name, type);
      customHandlers.put(name, handler);
      return this;
    }

    /** Sets the clock; default the system clock in UTC. */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull("clock", value);
      return this;
    }

    /**
     * Names this node in the claims it takes on outbox messages and case SLA steps; default {@code
     * node-} and a random UUID. Give every node of a deployment its own id, e.g. host name and
     * process id, so that a claim in the database tells which node holds it.
     *
     * @throws IllegalArgumentException if blank or longer than 128 characters
     */
    public Builder nodeId(String value) {
      this.nodeId = OutboxArgs.workerId(Checks.notNull("nodeId", value));
      return this;
    }

    /**
     * Sets how long a claim of this node on an outbox message or a case's SLA step lasts; default
     * {@link OutboxWorker#DEFAULT_LEASE} (5 minutes). When a node dies, its claims are taken over by
     * another node once they expire. Size it well above the time one {@link
     * FeedbackLoop#runDueWork()} batch takes: a delivery still in flight when its lease expires may
     * be sent a second time by another node (with the same idempotency key).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder leaseLength(Duration value) {
      Checks.notNull("leaseLength", value);
      Checks.check(!value.isNegative() && !value.isZero(), "leaseLength", "> 0", value);
      this.leaseLength = value;
      return this;
    }

    /** Sets the JSON codec of {@link FeedbackLoop#submitJson}; default {@link FeedbackJson#ofDefaults()}. */
    public Builder json(FeedbackJson value) {
      this.json = Checks.notNull("json", value);
      return this;
    }

    /**
     * Checks the configuration, creates the stores (applying the migrations if the storage asks
     * for it) and builds the loop.
     *
     * @throws IllegalStateException if no survey was added, a rule opens a case for or notifies a
     *     team that was not added, a custom action has no handler, or invitation plans lack a link
     *     base URL
     * @throws ValidationException if the rules do not bind to the surveys (a question they name is
     *     missing)
     */
    public FeedbackLoop build() {
      if (surveys.isEmpty()) {
        throw new IllegalStateException("FeedbackLoop needs at least one survey(...), but none was added");
      }
      if (rules == null) {
        boolean ces = false;
        for (Survey s : surveys.values()) {
          ces |= s.question("ces").isPresent();
        }
        rules = ces ? Playbook.standard() : Playbook.builder().cesQuestion(null).build();
      }
      checkTeams();
      return new FeedbackLoop(this, storage.open());
    }

    private RuleSet ruleSet() {
      RuleSet r = rules;
      if (r == null) {
        throw new IllegalStateException("rules are set by build()");
      }
      return r;
    }

    private void checkTeams() {
      RuleSet rules = ruleSet();
      for (Rule r : rules.rules()) {
        for (Action a : r.actions()) {
          String team = null;
          if (a instanceof Action.OpenCase oc) {
            team = oc.team();
          } else if (a instanceof Action.NotifyTeam nt) {
            team = nt.team();
          } else if (a instanceof Action.Custom c && !customHandlers.containsKey(c.type())) {
            throw new IllegalStateException(
                "rule '" + r.id() + "' of rule set '" + rules.id() + "' uses custom action type '"
                    + c.type() + "', but no handler is registered (customAction(...)); registered: "
                    + customHandlers.keySet());
          }
          if (team != null && !teams.containsKey(team)) {
            throw new IllegalStateException(
                "rule '" + r.id() + "' of rule set '" + rules.id() + "' names team '" + team
                    + "' (" + a.kind() + "), but it was not added with team(...); teams: "
                    + teams.keySet());
          }
        }
      }
    }
  }
}
