package io.feedbackloop.routing.cases;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.internal.cases.metrics.OutcomeTemplates;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.outbox.Outbox;
import io.feedbackloop.routing.internal.insight.IssueKeys;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the customer how their case ended ("you told us…, we did…"): renders a localized template
 * with the response comment and the case's {@linkplain FollowUpCase#customerMessage() customer
 * message} and queues one message on the outbox.
 *
 * <pre>{@code
 * OutcomeMessages outcomes = OutcomeMessages.builder().outbox(outbox).channel("email").build();
 * FollowUpCase resolved = cases.resolve(tenant, id, List.of("carrier-delay"), summary,
 *     "We refunded the shipping and changed carrier.", "ana", version);
 * outcomes.send(resolved, Locale.forLanguageTag("sv"), Map.of(OutcomeMessages.COMMENT, comment));
 * }</pre>
 *
 * <p><b>Templates.</b> Two templates: one quoting the customer's words (used when {@code extra}
 * holds a non-blank {@value #COMMENT}), one without. The defaults are short texts in English,
 * Swedish, Dutch, Polish and German, with English as fallback. Templates get the values {@value
 * #CUSTOMER_MESSAGE} and {@value #COMMENT} plus every entry of {@code extra} (a custom template may
 * use {@code {{name}}} if the caller passes it).
 *
 * <p><b>Once per resolution.</b> The idempotency key is {@code case:<id>:outcome:v<n>}, where
 * {@code n} is the number of times the case was resolved (from its audit trail): a retry of the
 * same send, or a send after the case moved from RESOLVED to CLOSED, queues nothing new; a case
 * reopened and resolved again gets a new message. The recipient is {@link Recipient#respondent}
 * with the case's first respondent (the one who answered the source response); the address is
 * looked up when the message is delivered.
 *
 * <p><b>Every respondent.</b> {@link #sendToAll} sends the outcome of a problem case (one that
 * links many respondents, such as a recurring issue's) to each of them in their own language, with
 * one key per respondent: {@code case:<id>:outcome:v<n>:<respondent>}.
 *
 * <p><b>Transactions.</b> {@link #send} only writes to the outbox, which joins a transaction the
 * caller has open in its unit of work: call {@code resolve} and {@code send} in one {@code
 * inTransaction} to commit both or neither.
 *
 * <p>Thread-safe and immutable. Logs (at debug) carry ids only.
 */
public final class OutcomeMessages {
  /** The {@code extra} key (and template value) for what the customer said: the response comment. */
  public static final String COMMENT = "comment";

  /** The template value for what was done: the case's customer message; reserved in {@code extra}. */
  public static final String CUSTOMER_MESSAGE = "customerMessage";

  private static final Logger LOG = LoggerFactory.getLogger(OutcomeMessages.class);

  private final Outbox outbox;
  private final String channel;
  private final MessageTemplate withComment;
  private final MessageTemplate withoutComment;
  private final Clock clock;

  private OutcomeMessages(Builder b, Outbox outbox) {
    this.outbox = outbox;
    this.channel = b.channel;
    this.withComment = b.withComment;
    this.withoutComment = b.withoutComment;
    this.clock = b.clock;
  }

  /** Starts a builder; the outbox is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The idempotency key of the outcome message for {@code c} as it stands: {@code
   * case:<id>:outcome:v<n>} with {@code n} the number of resolutions in its audit trail (at least 1).
   *
   * @throws NullPointerException if {@code c} is null
   */
  public static String idempotencyKey(FollowUpCase c) {
    Checks.notNull("case", c);
    long resolutions = 0;
    for (AuditEntry e : c.audit()) {
      if (AuditEntry.STATUS.equals(e.field()) && CaseStatus.RESOLVED.name().equals(e.to())) {
        resolutions++;
      }
    }
    // a case built by hand without a trail still gets a stable key
    return "case:" + c.id() + ":outcome:v" + Math.max(1, resolutions);
  }

  /**
   * Queues the outcome message of {@code resolved} for delivery now.
   *
   * @param resolved the case, RESOLVED or CLOSED, with a customer message and a respondent
   * @param locale the customer's locale; the template falls back to its fallback locale
   * @param extra more template values, e.g. {@value #COMMENT} (the response comment, free text);
   *     must not contain {@value #CUSTOMER_MESSAGE}
   * @return the key, channel, locale and whether this call queued the message
   * @throws IllegalArgumentException if the case is not RESOLVED or CLOSED, {@code extra} holds a
   *     reserved key, or a custom template needs a value that is missing
   * @throws CaseIncompleteException if the case has no customer message or no respondent
   * @throws NullPointerException if an argument is null
   * @throws io.feedbackloop.core.StoreException if the outbox fails
   */
  public OutcomeMessage send(FollowUpCase resolved, Locale locale, Map<String, String> extra) {
    Checks.notNull("case", resolved);
    Checks.notNull("locale", locale);
    String done = checkSendable(resolved, extra);
    String key = idempotencyKey(resolved);
    return queue(resolved, resolved.respondents().get(0), locale, extra, done, key);
  }

  /**
   * The idempotency key of the outcome message for {@code respondent} about {@code c} as it
   * stands: {@code case:<id>:outcome:v<n>:<respondent>}, {@code n} as in {@link
   * #idempotencyKey(FollowUpCase)}. Characters of the respondent id outside printable ASCII, spaces
   * and {@code %} are percent-encoded in UTF-8; a key longer than {@value Message#MAX_KEY_LENGTH}
   * characters carries {@code sha256-<32 hex digits>} of the respondent id instead.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String idempotencyKey(FollowUpCase c, RespondentId respondent) {
    Checks.notNull("respondent", respondent);
    return IssueKeys.key(idempotencyKey(c) + ":", respondent.value(), "");
  }

  /**
   * "You said, we did" for a problem case: queues the outcome message of {@code resolved} to every
   * respondent linked to it ({@link FollowUpCase#respondents()}), one message each, in their own
   * language, for delivery now. Keys are {@link #idempotencyKey(FollowUpCase, RespondentId)}: a
   * retry queues only what is missing, and a case reopened and resolved again gets new messages.
   *
   * <p>The same {@code extra} goes to everyone: a {@value #COMMENT} there is quoted to every
   * respondent, so leave it out unless it is the team's summary of what was said. Call it in the
   * transaction that resolves the case (see the class comment) to commit all or nothing; without
   * one, a failure halfway leaves the earlier messages queued, and calling again queues the rest.
   *
   * @param resolved the case, RESOLVED or CLOSED, with a customer message and at least one
   *     respondent
   * @param localeOf the respondent's preferred locale, e.g. {@code who -> directory.find(tenant,
   *     who).flatMap(Contact::locale)}; called once per respondent. Empty, or a lookup that throws
   *     (logged with the case id at WARN), gives {@code defaultLocale}
   * @param defaultLocale the locale of respondents without one
   * @param extra more template values, as for {@link #send}
   * @return per respondent, in link order, the message's key, locale and whether this call queued
   *     it
   * @throws IllegalArgumentException if the case is not RESOLVED or CLOSED, {@code extra} holds a
   *     reserved key, or a custom template needs a value that is missing
   * @throws CaseIncompleteException if the case has no customer message or no respondent
   * @throws NullPointerException if an argument is null
   * @throws io.feedbackloop.core.StoreException if the outbox fails
   */
  public Map<RespondentId, OutcomeMessage> sendToAll(
      FollowUpCase resolved,
      Function<RespondentId, Optional<Locale>> localeOf,
      Locale defaultLocale,
      Map<String, String> extra) {
    Checks.notNull("case", resolved);
    Checks.notNull("localeOf", localeOf);
    Checks.notNull("defaultLocale", defaultLocale);
    String done = checkSendable(resolved, extra);
    Map<RespondentId, OutcomeMessage> out = new LinkedHashMap<>();
    for (RespondentId who : resolved.respondents()) {
      Locale locale = localeOf(resolved, who, localeOf, defaultLocale);
      out.put(who, queue(resolved, who, locale, extra, done, idempotencyKey(resolved, who)));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Locale localeOf(
      FollowUpCase c,
      RespondentId who,
      Function<RespondentId, Optional<Locale>> localeOf,
      Locale defaultLocale) {
    try {
      Optional<Locale> found = localeOf.apply(who);
      return found == null ? defaultLocale : found.orElse(defaultLocale);
    } catch (RuntimeException e) {
      LOG.warn(
          "locale lookup for respondent {} of case {} failed with {}; using {}",
          who,
          c.id(),
          e.getClass().getName(),
          defaultLocale.toLanguageTag());
      return defaultLocale;
    }
  }

  /** Checks that an outcome message can be sent about {@code resolved}; returns its message. */
  private static String checkSendable(FollowUpCase resolved, Map<String, String> extra) {
    Checks.notNull("case", resolved);
    Checks.notNull("extra", extra);
    CaseId id = resolved.id();
    Checks.check(
        resolved.status() == CaseStatus.RESOLVED || resolved.status() == CaseStatus.CLOSED,
        "status of case " + id,
        "RESOLVED or CLOSED to send an outcome message",
        resolved.status());
    Checks.check(
        !extra.containsKey(CUSTOMER_MESSAGE),
        "extra",
        "free of the reserved key '" + CUSTOMER_MESSAGE + "' (the case's own message is used)",
        extra.keySet());
    String done =
        resolved
            .customerMessage()
            .orElseThrow(
                () ->
                    new CaseIncompleteException(
                        id,
                        "case "
                            + id
                            + " must have a customer message to send an outcome message, but had"
                            + " none (resolve it with one)"));
    if (resolved.respondents().isEmpty()) {
      throw new CaseIncompleteException(
          id, "case " + id + " must have a respondent to send an outcome message, but had none");
    }
    return done;
  }

  private OutcomeMessage queue(
      FollowUpCase resolved,
      RespondentId who,
      Locale locale,
      Map<String, String> extra,
      String done,
      String key) {
    CaseId id = resolved.id();
    Map<String, String> values = new HashMap<>(extra);
    values.put(CUSTOMER_MESSAGE, done);
    @Nullable String comment = extra.get(COMMENT);
    MessageTemplate template =
        comment == null || comment.isBlank() ? withoutComment : withComment;
    Message message =
        template
            .render(locale, values)
            .tenant(resolved.tenant())
            .recipient(new Recipient.Respondent(who))
            .idempotencyKey(key)
            .metadata("caseId", id.value())
            .metadata("kind", "case-outcome")
            .build();
    boolean queued = outbox.enqueue(channel, message, clock.instant());
    LOG.debug(
        "outcome message {} for case {} in tenant {}: {}",
        key,
        id,
        resolved.tenant(),
        queued ? "queued" : "already queued");
    return new OutcomeMessage(id, key, channel, message.locale(), queued);
  }

  @Override
  public String toString() {
    return "OutcomeMessages[channel=" + channel + ", templates=" + withComment.id() + ", "
        + withoutComment.id() + "]";
  }

  /** Builds {@link OutcomeMessages}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Outbox outbox;
    private String channel = "email";
    private MessageTemplate withComment = OutcomeTemplates.withComment();
    private MessageTemplate withoutComment = OutcomeTemplates.withoutComment();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the outbox the messages are queued on (required). */
    public Builder outbox(Outbox value) {
      this.outbox = Checks.notNull("outbox", value);
      return this;
    }

    /**
     * Sets the name of the channel to deliver through; default {@code email}.
     *
     * @throws IllegalArgumentException if the name is not an identifier
     */
    public Builder channel(String value) {
      this.channel = Checks.identifier("channel", value);
      return this;
    }

    /**
     * Sets the template used when the caller passes a {@value OutcomeMessages#COMMENT}; default: short texts
     * in en, sv, nl, pl and de with {@code {{comment}}} and {@code {{customerMessage}}}.
     */
    public Builder template(MessageTemplate value) {
      this.withComment = Checks.notNull("template", value);
      return this;
    }

    /**
     * Sets the template used without a comment; default: short texts in en, sv, nl, pl and de with
     * {@code {{customerMessage}}}.
     */
    public Builder templateWithoutComment(MessageTemplate value) {
      this.withoutComment = Checks.notNull("templateWithoutComment", value);
      return this;
    }

    /** Sets the clock that gives the not-before time; default the system clock in UTC. */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull("clock", value);
      return this;
    }

    /**
     * Builds the service.
     *
     * @throws IllegalStateException if no outbox was set
     */
    public OutcomeMessages build() {
      Outbox o = outbox;
      if (o == null) {
        throw new IllegalStateException("OutcomeMessages needs an outbox(...), but none was set");
      }
      return new OutcomeMessages(this, o);
    }
  }
}
