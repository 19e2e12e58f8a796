package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.Answer;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.response.ScoreAnswer;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.invite.InvitationDecision;
import io.feedbackloop.routing.invite.InvitationService;
import io.feedbackloop.routing.invite.ReasonCode;
import io.feedbackloop.routing.invite.Touchpoint;
import io.feedbackloop.scoring.Category;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-surveys customers some days after their detractor case closed, links the answer to the case,
 * reopens the case when the answer is still negative, and measures recovery.
 *
 * <p><b>How the re-survey goes out.</b> Through {@link InvitationService}, so that the customer's
 * contact policy (suppression list, cooldown, caps, quiet hours), personal link, reminder and
 * unsubscribe headers apply as to any survey. {@link #schedule} hands the service a {@link
 * Touchpoint} of the configured {@linkplain Builder#eventType event type} (default {@value
 * #DEFAULT_EVENT_TYPE}), event id {@code case:<id>:resurvey}, occurring at the case's closing time
 * plus the {@linkplain Builder#delay delay}: give the host's {@link
 * io.feedbackloop.routing.invite.InvitationPlan} for that event type a zero delay (its delay would
 * add to this one). The contact policy decides when {@code schedule} is called, not when the
 * invitation goes out. A re-survey the policy suppresses is recorded as {@link
 * Resurvey.Status#SUPPRESSED} and counted, not retried.
 *
 * <p><b>Once per case.</b> A case gets at most one re-survey, and only if the score that opened it
 * was negative for the {@linkplain Builder#classifier classifier} (NPS 0-6 by default). A case that
 * a still-negative answer reopened and that closes again is not re-surveyed a second time: the
 * customer has just been asked, and recovery measures the first answer.
 *
 * <p><b>Answers.</b> {@link #recordAnswer(TenantId, CaseId, int)} (or the overload taking the
 * {@link Response}, which also links the response to the case) stores the answer with the
 * re-survey, tells the invitation service (which cancels the reminder) and, if the answer is
 * negative and the case is RESOLVED or CLOSED, reopens it through {@link CaseService#reopen} with
 * a note naming the score. All of it runs in one transaction of the case store's unit of work; the
 * re-survey store must use the same unit of work.
 *
 * <p>Thread-safe. Logs (at debug) carry ids and scores only.
 */
public final class RecoveryTracker {
  /** The event type of re-survey touchpoints unless {@link Builder#eventType} says otherwise. */
  public static final String DEFAULT_EVENT_TYPE = "case.resurvey";

  private static final Logger LOG = LoggerFactory.getLogger(RecoveryTracker.class);

  private final CaseService cases;
  private final InvitationService invitations;
  private final ResurveyStore store;
  private final String eventType;
  private final Duration delay;
  private final ResurveyClassifier classifier;
  private final String questionId;
  private final String actor;
  private final Clock clock;

  private RecoveryTracker(Builder b, CaseService cases, InvitationService invitations) {
    this.cases = cases;
    this.invitations = invitations;
    ResurveyStore s = b.store;
    this.store = s != null ? s : ResurveyStore.inMemory(cases.store().unitOfWork());
    this.eventType = b.eventType;
    this.delay = b.delay;
    this.classifier = b.classifier;
    this.questionId = b.questionId;
    this.actor = b.actor;
    this.clock = b.clock;
  }

  /** Starts a builder; the case service and the invitation service are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The store the re-surveys are kept in. */
  public ResurveyStore store() {
    return store;
  }

  /**
   * Schedules the re-survey of {@code closed}, if the score that opened it was negative.
   *
   * @param closed the case, CLOSED, with a respondent
   * @param sourceScore the score of the response that opened the case
   * @param locale the customer's locale for the invitation, or null for the template's fallback
   * @return the case's re-survey (the one scheduled before, if any), or empty if {@code
   *     sourceScore} was not negative (nothing to recover)
   * @throws IllegalArgumentException if the case is not CLOSED or the score is not on the
   *     classifier's scale
   * @throws CaseIncompleteException if the case has no respondent
   * @throws io.feedbackloop.core.StoreException if a store fails
   */
  public Optional<Resurvey> schedule(FollowUpCase closed, int sourceScore, @Nullable Locale locale) {
    Checks.notNull("case", closed);
    CaseId id = closed.id();
    Checks.check(
        closed.status() == CaseStatus.CLOSED,
        "status of case " + id,
        "CLOSED to schedule a re-survey",
        closed.status());
    if (closed.respondents().isEmpty()) {
      throw new CaseIncompleteException(
          id, "case " + id + " must have a respondent to be re-surveyed, but had none");
    }
    if (classifier.classify(sourceScore) != Category.NEGATIVE) {
      return Optional.empty();
    }
    TenantId tenant = closed.tenant();
    Optional<Resurvey> existing = store.find(tenant, id);
    if (existing.isPresent()) {
      return existing;
    }
    RespondentId respondent = closed.respondents().get(0);
    Instant closedAt = closed.closedAt().orElse(closed.updatedAt());
    Touchpoint.Builder tp =
        Touchpoint.builder()
            .tenant(tenant)
            .respondent(respondent)
            .eventType(eventType)
            .eventId("case:" + id + ":resurvey")
            .occurredAt(closedAt.plus(delay))
            .attribute("caseId", id.value());
    if (locale != null) {
      tp.locale(locale);
    }
    // The invitation commits on its own; a retry after a failure below finds it as a duplicate.
    InvitationDecision decision = invitations.onTouchpoint(tp.build());
    Resurvey fresh = resurvey(closed, respondent, sourceScore, decision);
    boolean inserted = store.insertIfAbsent(fresh);
    Resurvey stored = inserted ? fresh : store.find(tenant, id).orElse(fresh);
    LOG.debug(
        "re-survey of case {} in tenant {}: {}", id, tenant, stored.status());
    return Optional.of(stored);
  }

  private Resurvey resurvey(
      FollowUpCase c, RespondentId respondent, int sourceScore, InvitationDecision decision) {
    Instant now = clock.instant();
    Optional<String> invitationId = Optional.empty();
    Optional<Instant> sendAt = Optional.empty();
    Optional<String> suppressed = Optional.empty();
    if (decision instanceof InvitationDecision.Scheduled s) {
      invitationId = Optional.of(s.invitationId());
      sendAt = Optional.of(s.sendAt());
    } else if (decision instanceof InvitationDecision.Deferred d) {
      invitationId = Optional.of(d.invitationId());
      sendAt = Optional.of(d.until());
    } else if (decision instanceof InvitationDecision.Suppressed s) {
      String earlier = s.details().get("invitationId");
      String at = s.details().get("sendAt");
      if (s.reason() == ReasonCode.DUPLICATE_EVENT && earlier != null && at != null) {
        invitationId = Optional.of(earlier);
        sendAt = Optional.of(Instant.parse(at));
      } else {
        suppressed = Optional.of(s.reason().name());
      }
    }
    return new Resurvey(
        c.tenant(),
        c.id(),
        respondent,
        sourceScore,
        now,
        sendAt,
        invitationId,
        suppressed,
        Optional.empty());
  }

  /**
   * Records the re-survey answer {@code score} for case {@code caseId}; reopens the case if the
   * answer is negative and the case is RESOLVED or CLOSED. Recording the same score again returns
   * the re-survey as it is (no second reopen).
   *
   * @return the re-survey with its answer
   * @throws IllegalArgumentException if the case has no re-survey, or it was suppressed, or the
   *     score is not on the classifier's scale
   * @throws IllegalStateException if a different score was recorded before
   * @throws CaseConflictException if the case changed while the answer was recorded (nothing is
   *     kept; call again)
   * @throws io.feedbackloop.core.StoreException if a store fails
   */
  public Resurvey recordAnswer(TenantId tenant, CaseId caseId, int score) {
    return record(tenant, caseId, score, null);
  }

  /**
   * Records the re-survey answer in {@code response} (its score for the {@linkplain
   * Builder#questionId question}, default {@code nps}), links the response to the case, and
   * otherwise does what {@link #recordAnswer(TenantId, CaseId, int)} does.
   *
   * @throws IllegalArgumentException if the response has no score answer to the question, or as
   *     for {@link #recordAnswer(TenantId, CaseId, int)}
   */
  public Resurvey recordAnswer(CaseId caseId, Response response) {
    Checks.notNull("response", response);
    Answer answer =
        response
            .answer(questionId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "response "
                            + response.id()
                            + " must answer question '"
                            + questionId
                            + "', but did not"));
    if (!(answer instanceof ScoreAnswer score)) {
      throw new IllegalArgumentException(
          "answer to question '"
              + questionId
              + "' of response "
              + response.id()
              + " must be a score, but was "
              + answer.typeName());
    }
    return record(response.tenant(), caseId, score.value(), response.id());
  }

  private Resurvey record(TenantId tenant, CaseId caseId, int score, @Nullable String responseId) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("caseId", caseId);
    Category category = classifier.classify(score);
    Resurvey recorded =
        cases
            .store()
            .unitOfWork()
            .inTransaction(
                tx -> {
                  Resurvey r =
                      store
                          .find(tenant, caseId)
                          .orElseThrow(
                              () ->
                                  new IllegalArgumentException(
                                      "case "
                                          + caseId
                                          + " must have a re-survey to record an answer, but had"
                                          + " none"));
                  Optional<ResurveyAnswer> before = r.answer();
                  if (before.isPresent()) {
                    if (before.get().score() == score) {
                      return r;
                    }
                    throw new IllegalStateException(
                        "re-survey of case "
                            + caseId
                            + " must be answered once, but was answered "
                            + before.get().score()
                            + " before and now "
                            + score);
                  }
                  String invitationId =
                      r.invitationId()
                          .orElseThrow(
                              () ->
                                  new IllegalArgumentException(
                                      "re-survey of case "
                                          + caseId
                                          + " must have been sent to record an answer, but was"
                                          + " suppressed ("
                                          + r.suppressedBecause().orElse("?")
                                          + ")"));
                  boolean reopened = linkAndReopen(tenant, caseId, score, category, responseId);
                  Resurvey answered =
                      r.withAnswer(new ResurveyAnswer(score, category, clock.instant(), reopened));
                  if (!store.recordAnswer(answered)) {
                    throw new IllegalStateException(
                        "re-survey of case " + caseId + " was answered concurrently; call again");
                  }
                  invitations.recordAnswer(tenant, invitationId);
                  return answered;
                });
    LOG.debug(
        "re-survey answer for case {} in tenant {}: score {} ({})", caseId, tenant, score, category);
    return recorded;
  }

  private boolean linkAndReopen(
      TenantId tenant, CaseId caseId, int score, Category category, @Nullable String responseId) {
    FollowUpCase c = cases.find(tenant, caseId).orElseThrow(() -> new CaseNotFoundException(tenant, caseId));
    if (responseId != null && !c.responseIds().contains(responseId)) {
      c = cases.link(tenant, caseId, responseId, null, actor, c.version());
    }
    if (category != Category.NEGATIVE || c.isOpen()) {
      return false;
    }
    cases.reopen(
        tenant,
        caseId,
        "re-survey answer still negative (score " + score + ")",
        actor,
        c.version());
    return true;
  }

  /**
   * Recovery in {@code tenant}: of the re-surveyed detractors who answered, the share who are no
   * longer negative, with the counts.
   *
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public RecoveryRate recovery(TenantId tenant) {
    return RecoveryRate.of(store.list(Checks.notNull("tenant", tenant)));
  }

  @Override
  public String toString() {
    return "RecoveryTracker[eventType=" + eventType + ", delay=" + delay + "]";
  }

  /** Builds a {@link RecoveryTracker}. Not thread-safe. */
  public static final class Builder {
    private @Nullable CaseService cases;
    private @Nullable InvitationService invitations;
    private @Nullable ResurveyStore store;
    private String eventType = DEFAULT_EVENT_TYPE;
    private Duration delay = Duration.ofDays(14);
    private ResurveyClassifier classifier = ResurveyClassifier.nps();
    private String questionId = "nps";
    private String actor = "system";
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the case service that reopens cases (required). */
    public Builder caseService(CaseService value) {
      this.cases = Checks.notNull("caseService", value);
      return this;
    }

    /** Sets the invitation service that sends the re-surveys (required). */
    public Builder invitations(InvitationService value) {
      this.invitations = Checks.notNull("invitations", value);
      return this;
    }

    /**
     * Sets where re-surveys are kept; default an in-memory store on the case store's unit of work.
     */
    public Builder store(ResurveyStore value) {
      this.store = Checks.notNull("store", value);
      return this;
    }

    /**
     * Sets the event type of re-survey touchpoints (an identifier); default {@value
     * RecoveryTracker#DEFAULT_EVENT_TYPE}. An invitation plan must handle it.
     */
    public Builder eventType(String value) {
      this.eventType = Checks.identifier("eventType", value);
      return this;
    }

    /**
     * Sets how long after closing the re-survey goes out; default 14 days.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder delay(Duration value) {
      Checks.notNull("delay", value);
      Checks.check(!value.isNegative() && !value.isZero(), "delay", "> 0", value);
      this.delay = value;
      return this;
    }

    /** Sets what counts as negative; default {@link ResurveyClassifier#nps()}. */
    public Builder classifier(ResurveyClassifier value) {
      this.classifier = Checks.notNull("classifier", value);
      return this;
    }

    /** Sets the question whose score a re-survey {@link Response} carries; default {@code nps}. */
    public Builder questionId(String value) {
      this.questionId = Checks.notBlank("questionId", value);
      return this;
    }

    /** Sets the actor recorded in the case audit trail (an identifier); default {@code system}. */
    public Builder actor(String value) {
      this.actor = Checks.identifier("actor", value);
      return this;
    }

    /** Sets the clock that dates schedules and answers; default the system clock in UTC. */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull("clock", value);
      return this;
    }

    /**
     * Builds the tracker.
     *
     * @throws IllegalStateException if the case service or the invitation service is missing
     */
    public RecoveryTracker build() {
      CaseService c = cases;
      if (c == null) {
        throw new IllegalStateException("RecoveryTracker needs a caseService(...), but none was set");
      }
      InvitationService i = invitations;
      if (i == null) {
        throw new IllegalStateException("RecoveryTracker needs invitations(...), but none was set");
      }
      return new RecoveryTracker(this, c, i);
    }
  }
}
