package io.feedbackloop.routing.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.internal.invite.Candidate;
import io.feedbackloop.routing.internal.invite.ContactRules;
import io.feedbackloop.routing.internal.invite.InvitationIds;
import io.feedbackloop.routing.internal.invite.InvitationMessages;
import io.feedbackloop.routing.internal.invite.OpenCase;
import io.feedbackloop.routing.internal.invite.Sampling;
import io.feedbackloop.routing.internal.invite.SendTime;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.link.IssuedLink;
import io.feedbackloop.routing.link.LinkIssuer;
import io.feedbackloop.routing.outbox.Outbox;
import io.feedbackloop.routing.suppression.Suppression;
import io.feedbackloop.routing.suppression.SuppressionList;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns host events into survey invitations under the {@link ContactPolicy}.
 *
 * <p>{@link #onTouchpoint} finds the plan for the event type, decides with the contact policy and,
 * when the decision is to invite, records the invitation, issues the personal link, renders the
 * message and queues it (and its reminder, if the plan has one) on the outbox, with the send time
 * as not-before time, all in one transaction of the store's unit of work: if any step throws,
 * nothing is kept and no quota is used. The store, the outbox and the link issuer must therefore
 * run through the same {@link io.feedbackloop.core.tx.UnitOfWork}.
 *
 * <p><b>Messages.</b> The recipient is {@link io.feedbackloop.routing.delivery.Recipient#respondent}
 * (the channel's contact directory resolves the address at send time). Templates get the values
 * {@code surveyName}, {@code link}, {@code unsubscribeLink} and {@code locale} (the language tag
 * asked for). Every message carries {@code List-Unsubscribe: <link/unsubscribe>} (plus the mailto
 * address if configured) and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}; channels
 * other than e-mail ignore headers. The idempotency key is the invitation id, and the id plus
 * {@code .reminder} for the reminder.
 *
 * <p><b>Idempotency.</b> The invitation id is derived from tenant, respondent, survey and event id:
 * the same event handed over twice (on any node) gives {@link ReasonCode#DUPLICATE_EVENT} the
 * second time. A suppressed event is not remembered; a replay is decided again (with a {@linkplain
 * InvitationPlan#samplingSeed() sampling seed}, sampled the same way).
 *
 * <p><b>Reminders.</b> A reminder is queued together with the invitation; {@link #recordAnswer}
 * cancels it, and so does {@link #cancelReminders} (call it when a respondent is suppressed). The
 * contact policy is not re-checked when the reminder goes out, and reminders do not count toward
 * the frequency caps (they follow an invitation that did).
 *
 * <p>Thread-safe. The suppression list and the open-case check are consulted before the
 * transaction opens; no lock is held across them.
 */
public final class InvitationService {
  private static final Logger LOG = LoggerFactory.getLogger(InvitationService.class);

  private final InvitationStore store;
  private final Outbox outbox;
  private final LinkIssuer linkIssuer;
  private final SuppressionList suppressions;
  private final OpenCaseCheck openCases;
  private final ContactPolicy policy;
  private final Map<String, Route> routes;
  private final Clock clock;
  private final RandomGenerator random;
  private final @Nullable URI unsubscribeMailto;

  /** A plan with its templates. */
  private record Route(InvitationPlan plan, MessageTemplate template, MessageTemplate reminder) {}

  /** Carries a decision out of a transaction that must roll back. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InvitationDecision decision;

    Abort(InvitationDecision decision) {
      super(null, null, false, false);
      this.decision = decision;
    }
  }

  private InvitationService(Builder b, Map<String, Route> routes) {
    this.store = Checks.notNull("store", b.store);
    this.outbox = Checks.notNull("outbox", b.outbox);
    this.linkIssuer = Checks.notNull("linkIssuer", b.linkIssuer);
    this.suppressions = b.suppressions;
    this.openCases = b.openCases;
    this.policy = b.policy;
    this.routes = Map.copyOf(routes);
    this.clock = b.clock;
    this.random = b.random;
    this.unsubscribeMailto = b.unsubscribeMailto;
  }

  /** Starts a service; the store, outbox, link issuer and at least one plan are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The contact policy in force. */
  public ContactPolicy policy() {
    return policy;
  }

  /**
   * Handles one host event: decides, and when the decision invites, records and queues the
   * invitation in one transaction.
   *
   * @return the decision; {@link ReasonCode#NO_PLAN} if no plan has the event type
   * @throws NullPointerException if {@code touchpoint} is null
   * @throws io.feedbackloop.core.StoreException if a store fails (nothing is kept then)
   * @throws RuntimeException whatever the link issuer or the outbox throws (nothing is kept then)
   */
  public InvitationDecision onTouchpoint(Touchpoint touchpoint) {
    Touchpoint tp = Checks.notNull("touchpoint", touchpoint);
    Route route = routes.get(tp.eventType());
    if (route == null) {
      LOG.debug("no plan: tenant={} event={} type={}", tp.tenant().value(), tp.eventId(), tp.eventType());
      return new InvitationDecision.Suppressed(
          Optional.empty(), ReasonCode.NO_PLAN, Map.of("eventType", tp.eventType()), Optional.empty());
    }
    InvitationPlan plan = route.plan();
    String channel = plan.channelFor(tp.preferredChannel());
    String id = InvitationIds.of(tp.tenant(), tp.respondent(), plan.surveyId(), tp.eventId());
    Optional<Suppression> suppression = suppressions.find(tp.tenant(), tp.respondent(), channel);
    OpenCase openCase = openCase(tp, id);
    double sample = sample(plan, tp);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    InvitationDecision decision;
    try {
      decision =
          store
              .unitOfWork()
              .inTransaction(tx -> decideAndRecord(tp, route, channel, id, suppression, openCase, sample, now));
    } catch (Abort abort) {
      decision = abort.decision;
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "invitation decision: tenant={} invitation={} survey={} outcome={}",
          tp.tenant().value(), id, plan.surveyId(), outcome(decision));
    }
    return decision;
  }

  private InvitationDecision decideAndRecord(
      Touchpoint tp,
      Route route,
      String channel,
      String id,
      Optional<Suppression> suppression,
      OpenCase openCase,
      double sample,
      Instant now) {
    InvitationPlan plan = route.plan();
    TenantId tenant = tp.tenant();
    Optional<Instant> lastAnswer = store.lockRespondent(tenant, tp.respondent());
    Optional<Invitation> existing = store.find(tenant, id);
    if (existing.isPresent()) {
      return duplicate(plan, existing.get());
    }
    SendTime time = ContactRules.sendTime(policy, plan, tp, now);
    List<Invitation> history = List.of();
    if (!policy.longestCapPeriod().isZero()) {
      Instant[] window = ContactRules.historyWindow(policy, time.sendAt());
      history = store.history(tenant, tp.respondent(), window[0], window[1]);
    }
    Optional<Quota> quota = plan.quota();
    int quotaUsed =
        quota.isPresent()
            ? store.quotaUsed(tenant, plan.surveyId(), quota.get().periodStart(time.sendAt()))
            : 0;
    InvitationDecision decision =
        ContactRules.evaluate(
            new Candidate(
                policy, plan, tp, id, channel, suppression, openCase, sample, history, lastAnswer,
                quotaUsed, now));
    if (!decision.invites()) {
      return decision;
    }
    Instant sendAt = time.sendAt();
    if (quota.isPresent()) {
      Quota q = quota.get();
      if (!store.tryConsumeQuota(tenant, plan.surveyId(), q.periodStart(sendAt), q.max())) {
        // another node used the last place between our read and now
        Map<String, String> details = new LinkedHashMap<>();
        details.put("max", Integer.toString(q.max()));
        details.put("period", q.period().toString());
        details.put("periodStart", q.periodStart(sendAt).toString());
        details.put("count", Integer.toString(q.max()));
        return new InvitationDecision.Suppressed(
            Optional.of(plan.surveyId()), ReasonCode.QUOTA_EXHAUSTED, details,
            Optional.of(q.nextPeriodStart(sendAt)));
      }
    }
    Optional<Instant> reminderAt = reminderAt(decision);
    Invitation invitation =
        new Invitation(
            tenant, id, tp.respondent(), plan.surveyId(), tp.eventId(), channel, now, sendAt,
            reminderAt, Optional.empty());
    if (!store.insert(invitation)) {
      Invitation winner = store.find(tenant, id).orElse(invitation);
      throw new Abort(duplicate(plan, winner));
    }
    IssuedLink link =
        linkIssuer.issue(tenant, plan.surveyId(), tp.respondent(), id, sendAt.plus(plan.linkValidity()));
    MessageTemplate template = route.template();
    Locale locale = tp.locale().orElse(template.fallbackLocale());
    Message message =
        InvitationMessages.render(
            template, invitation, plan.surveyName(), locale, link, unsubscribeMailto, false);
    outbox.enqueue(channel, message, sendAt);
    if (reminderAt.isPresent()) {
      Message reminder =
          InvitationMessages.render(
              route.reminder(), invitation, plan.surveyName(), locale, link, unsubscribeMailto, true);
      outbox.enqueue(channel, reminder, reminderAt.get());
    }
    return decision;
  }

  /**
   * Records that the respondent of invitation {@code invitationId} answered its survey: starts the
   * cooldown and cancels pending reminders of that survey.
   *
   * @return false if there is no such invitation (nothing is recorded then)
   * @throws io.feedbackloop.core.StoreException if a store fails
   */
  public boolean recordAnswer(TenantId tenant, String invitationId) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("invitationId", invitationId);
    return store
        .unitOfWork()
        .inTransaction(
            tx -> {
              Optional<Invitation> inv = store.find(tenant, invitationId);
              if (inv.isEmpty()) {
                return false;
              }
              recordAnswer(tenant, inv.get().respondent(), inv.get().surveyId());
              return true;
            });
  }

  /**
   * Records that {@code respondent} answered {@code surveyId} now (through a personal link or not):
   * starts the cooldown after an answer, marks their open invitations of the survey as answered and
   * cancels their pending reminders on the outbox.
   *
   * @return the number of reminders cancelled
   * @throws io.feedbackloop.core.StoreException if a store fails
   */
  public int recordAnswer(TenantId tenant, RespondentId respondent, String surveyId) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Checks.notNull("surveyId", surveyId);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return store
        .unitOfWork()
        .inTransaction(tx -> cancel(tenant, store.recordAnswer(tenant, respondent, surveyId, now)));
  }

  /**
   * Cancels the pending reminders of {@code respondent}: call it when the respondent is put on the
   * suppression list.
   *
   * @return the number of reminders cancelled
   * @throws io.feedbackloop.core.StoreException if a store fails
   */
  public int cancelReminders(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return store.unitOfWork().inTransaction(tx -> cancel(tenant, store.clearReminders(tenant, respondent)));
  }

  private int cancel(TenantId tenant, List<Invitation> pending) {
    int cancelled = 0;
    for (Invitation i : pending) {
      if (outbox.cancel(tenant, i.reminderKey())) {
        cancelled++;
      }
    }
    return cancelled;
  }

  private OpenCase openCase(Touchpoint tp, String invitationId) {
    try {
      return openCases.hasOpenCase(tp.tenant(), tp.respondent()) ? OpenCase.OPEN : OpenCase.NONE;
    } catch (RuntimeException e) {
      LOG.warn(
          "the open-case check failed; not inviting: tenant={} invitation={} error={}",
          tp.tenant().value(), invitationId, e.getClass().getName());
      return OpenCase.CHECK_FAILED;
    }
  }

  private double sample(InvitationPlan plan, Touchpoint tp) {
    if (plan.samplingRate() >= 1.0) {
      return 0.0;
    }
    OptionalLong seed = plan.samplingSeed();
    if (seed.isPresent()) {
      return Sampling.value(seed.getAsLong(), tp.tenant(), tp.respondent(), tp.eventId());
    }
    synchronized (random) {
      return random.nextDouble();
    }
  }

  private static Optional<Instant> reminderAt(InvitationDecision d) {
    if (d instanceof InvitationDecision.Scheduled s) {
      return s.reminderAt();
    }
    return ((InvitationDecision.Deferred) d).reminderAt();
  }

  private static InvitationDecision duplicate(InvitationPlan plan, Invitation existing) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("invitationId", existing.id());
    details.put("sendAt", existing.sendAt().toString());
    return new InvitationDecision.Suppressed(
        Optional.of(plan.surveyId()), ReasonCode.DUPLICATE_EVENT, details, Optional.empty());
  }

  private static String outcome(InvitationDecision d) {
    if (d instanceof InvitationDecision.Suppressed s) {
      return s.reason().name();
    }
    return d instanceof InvitationDecision.Deferred ? "DEFERRED" : "SCHEDULED";
  }

  @Override
  public String toString() {
    return "InvitationService[plans=" + routes.size() + ", store=" + store + "]";
  }

  /** Builds an {@link InvitationService}. Not thread-safe. */
  public static final class Builder {
    private @Nullable InvitationStore store;
    private @Nullable Outbox outbox;
    private @Nullable LinkIssuer linkIssuer;
    private SuppressionList suppressions = (tenant, respondent, channel) -> Optional.empty();
    private OpenCaseCheck openCases = OpenCaseCheck.none();
    private ContactPolicy policy = ContactPolicy.ofDefaults();
    private final Map<String, InvitationPlan> plans = new LinkedHashMap<>();
    private final Map<String, MessageTemplate> templates = new HashMap<>();
    private final Map<String, MessageTemplate> reminderTemplates = new HashMap<>();
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = new SplittableRandom();
    private @Nullable URI unsubscribeMailto;

    private Builder() {}

    /** The invitation store (required); its unit of work is the one the service runs in. */
    public Builder store(InvitationStore store) {
      this.store = Checks.notNull("store", store);
      return this;
    }

    /** The outbox the messages are queued on (required); must share the store's unit of work. */
    public Builder outbox(Outbox outbox) {
      this.outbox = Checks.notNull("outbox", outbox);
      return this;
    }

    /** Issues the personal links (required); must share the store's unit of work. */
    public Builder linkIssuer(LinkIssuer linkIssuer) {
      this.linkIssuer = Checks.notNull("linkIssuer", linkIssuer);
      return this;
    }

    /** The suppression list (default: nobody is suppressed). */
    public Builder suppressionList(SuppressionList suppressions) {
      this.suppressions = Checks.notNull("suppressionList", suppressions);
      return this;
    }

    /** The open-case check (default {@link OpenCaseCheck#none()}). */
    public Builder openCaseCheck(OpenCaseCheck check) {
      this.openCases = Checks.notNull("openCaseCheck", check);
      return this;
    }

    /** The contact policy (default {@link ContactPolicy#ofDefaults()}). */
    public Builder policy(ContactPolicy policy) {
      this.policy = Checks.notNull("policy", policy);
      return this;
    }

    /**
     * Adds a plan and the template of its invitation (also used for its reminder unless {@link
     * #reminderTemplate} sets another).
     *
     * @throws IllegalArgumentException if another plan already has one of its event types or its
     *     survey
     */
    public Builder plan(InvitationPlan plan, MessageTemplate template) {
      Checks.notNull("plan", plan);
      Checks.notNull("template", template);
      if (templates.containsKey(plan.surveyId())) {
        throw new IllegalArgumentException(
            "plan survey must be unique, but '" + plan.surveyId() + "' was added twice");
      }
      for (InvitationPlan other : plans.values()) {
        for (String type : plan.eventTypes()) {
          if (other.eventTypes().contains(type)) {
            throw new IllegalArgumentException(
                "eventType must trigger one plan only, but '"
                    + type
                    + "' triggers surveys '"
                    + other.surveyId()
                    + "' and '"
                    + plan.surveyId()
                    + "'");
          }
        }
      }
      plans.put(plan.surveyId(), plan);
      templates.put(plan.surveyId(), template);
      return this;
    }

    /** The template of the reminders of {@code surveyId} (default: its invitation template). */
    public Builder reminderTemplate(String surveyId, MessageTemplate template) {
      reminderTemplates.put(Checks.identifier("surveyId", surveyId), Checks.notNull("template", template));
      return this;
    }

    /** The clock (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * The random generator for plans without a sampling seed (default a {@link SplittableRandom});
     * the service serializes its calls to it.
     */
    public Builder random(RandomGenerator random) {
      this.random = Checks.notNull("random", random);
      return this;
    }

    /**
     * A {@code mailto:} URI added to the {@code List-Unsubscribe} header after the one-click URL.
     *
     * @throws IllegalArgumentException if it is not a {@code mailto:} URI
     */
    public Builder unsubscribeMailto(URI mailto) {
      Checks.notNull("unsubscribeMailto", mailto);
      Checks.check("mailto".equalsIgnoreCase(mailto.getScheme()), "unsubscribeMailto",
          "a mailto: URI", "a " + mailto.getScheme() + ": URI");
      this.unsubscribeMailto = mailto;
      return this;
    }

    /**
     * Builds the service.
     *
     * @throws NullPointerException if the store, outbox or link issuer is missing
     * @throws IllegalStateException if there is no plan, or a reminder template names a survey
     *     without a plan
     */
    public InvitationService build() {
      if (plans.isEmpty()) {
        throw new IllegalStateException("InvitationService needs at least one plan(...)");
      }
      for (String survey : reminderTemplates.keySet()) {
        if (!plans.containsKey(survey)) {
          throw new IllegalStateException(
              "reminderTemplate names survey '" + survey + "', which has no plan");
        }
      }
      Map<String, Route> routes = new HashMap<>();
      for (InvitationPlan plan : plans.values()) {
        MessageTemplate template = Checks.notNull("template", templates.get(plan.surveyId()));
        Route route =
            new Route(plan, template, reminderTemplates.getOrDefault(plan.surveyId(), template));
        for (String type : plan.eventTypes()) {
          routes.put(type, route);
        }
      }
      return new InvitationService(this, routes);
    }
  }
}
