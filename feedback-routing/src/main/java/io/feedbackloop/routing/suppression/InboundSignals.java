package io.feedbackloop.routing.suppression;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.link.OneClickBody;
import io.feedbackloop.routing.internal.link.SmsKeywords;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.link.InvalidLinkException;
import io.feedbackloop.routing.link.LinkSubject;
import io.feedbackloop.routing.link.SurveyLinks;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound API: signals from respondents and mail or SMS providers that put them on (or take
 * them off) the suppression list. Every signal is recorded with its {@link SuppressionReason} and
 * the clock's time; recording one twice changes nothing (the first entry stands). Each call runs
 * in the store's unit of work, joining the caller's transaction.
 *
 * <p>Logs carry tenant, respondent id, channel, reason and source, never addresses or message
 * text. Thread-safe.
 */
public final class InboundSignals {
  private static final Logger LOG = LoggerFactory.getLogger(InboundSignals.class);

  /** The default name of the e-mail channel, suppressed on a hard bounce. */
  public static final String DEFAULT_EMAIL_CHANNEL = "email";

  /** The default name of the SMS channel, suppressed on STOP. */
  public static final String DEFAULT_SMS_CHANNEL = "sms";

  private final SuppressionStore store;
  private final Clock clock;
  private final @Nullable SurveyLinks links;
  private final String emailChannel;
  private final String smsChannel;
  private final SuppressionListener listener;

  private InboundSignals(Builder b, SuppressionStore store) {
    this.store = store;
    this.clock = b.clock;
    this.links = b.links;
    this.emailChannel = b.emailChannel;
    this.smsChannel = b.smsChannel;
    this.listener = b.listener;
  }

  /** Starts a builder; the store is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Records that the respondent unsubscribed from {@code channel}, or from every channel with
   * {@link Suppression#ALL_CHANNELS}.
   *
   * @param source where the request came from, an identifier for the log (e.g. {@code
   *     preference-center})
   * @return true if recorded, false if the respondent was already unsubscribed from that channel
   * @throws IllegalArgumentException if the channel or source is not an identifier
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public boolean unsubscribe(TenantId tenant, RespondentId respondent, String channel, String source) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Checks.identifier("source", source);
    return suppress(tenant, respondent, channel, SuppressionReason.UNSUBSCRIBED, source);
  }

  /**
   * Handles an RFC 8058 one-click unsubscribe request to {@code <link>/unsubscribe}: only a POST
   * whose body is {@code List-Unsubscribe=One-Click} (form-encoded or multipart) acts, so that a
   * GET by a mail scanner never unsubscribes anyone. The token may be redeemed or expired (people
   * unsubscribe after answering); tenant and respondent come from it. The respondent is
   * unsubscribed from all channels.
   *
   * @param method the HTTP method
   * @param token the personal link's token (see {@link SurveyLinks#tokenFromPath})
   * @param body the request body, or null
   * @return what happened, with the HTTP status to answer
   * @throws IllegalStateException if no {@link Builder#links} were configured
   * @throws io.feedbackloop.core.StoreException if a store fails
   */
  public OneClickResult oneClickUnsubscribe(String method, String token, @Nullable String body) {
    Checks.notNull("method", method);
    Checks.notNull("token", token);
    SurveyLinks l = links;
    if (l == null) {
      throw new IllegalStateException("one-click unsubscribe needs InboundSignals.builder().links(...)");
    }
    if (!"POST".equalsIgnoreCase(method)) {
      return OneClickResult.METHOD_NOT_ALLOWED;
    }
    if (!OneClickBody.matches(body)) {
      return OneClickResult.NOT_ONE_CLICK;
    }
    LinkSubject subject;
    try {
      subject = l.unsubscribeSubject(token);
    } catch (InvalidLinkException e) {
      return OneClickResult.INVALID_LINK;
    }
    boolean added =
        suppress(
            subject.tenant(),
            subject.respondent(),
            Suppression.ALL_CHANNELS,
            SuppressionReason.UNSUBSCRIBED,
            "list-unsubscribe");
    return added ? OneClickResult.UNSUBSCRIBED : OneClickResult.ALREADY_UNSUBSCRIBED;
  }

  /**
   * Records a permanent bounce: e-mail to the respondent is suppressed (reason {@link
   * SuppressionReason#HARD_BOUNCE}).
   *
   * @return true if recorded, false if e-mail was already suppressed for them
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public boolean hardBounce(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return suppress(tenant, respondent, emailChannel, SuppressionReason.HARD_BOUNCE, "bounce");
  }

  /**
   * Handles an SMS reply. A whole-message opt-out keyword (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END,
   * QUIT, REVOKE, OPT OUT, and Swedish, Dutch, German and Polish equivalents such as STOPP,
   * AVSLUTA, AFMELDEN, ABMELDEN, WYPISZ; case and accents ignored, trimmed) suppresses SMS (reason
   * {@link SuppressionReason#SMS_STOP}); START or UNSTOP lifts an SMS opt-out (only one made by
   * STOP: an SMS suppression for another reason, or an unsubscribe from all channels, stays).
   * Anything else records nothing. The text is neither stored nor logged.
   *
   * @return the keyword recognized
   * @throws io.feedbackloop.core.StoreException if the store fails
   */
  public SmsKeyword smsReply(TenantId tenant, RespondentId respondent, String text) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Checks.notNull("text", text);
    SmsKeyword keyword = SmsKeywords.classify(text);
    if (keyword == SmsKeyword.STOP) {
      suppress(tenant, respondent, smsChannel, SuppressionReason.SMS_STOP, "sms-reply");
    } else if (keyword == SmsKeyword.START) {
      resumeSms(tenant, respondent);
    }
    return keyword;
  }

  private void resumeSms(TenantId tenant, RespondentId respondent) {
    boolean removed =
        store
            .unitOfWork()
            .inTransaction(
                tx -> {
                  List<Suppression> entries = store.list(tenant, respondent);
                  for (Suppression s : entries) {
                    if (s.channel().equals(smsChannel) && s.reason() == SuppressionReason.SMS_STOP) {
                      return store.remove(tenant, respondent, smsChannel);
                    }
                  }
                  return false;
                });
    if (removed) {
      LOG.info(
          "lifted SMS opt-out of respondent {} of tenant {} on channel {}",
          respondent,
          tenant,
          smsChannel);
    }
  }

  private boolean suppress(
      TenantId tenant, RespondentId respondent, String channel, SuppressionReason reason, String source) {
    Suppression entry = new Suppression(tenant, respondent, channel, reason, clock.instant());
    boolean added = store.add(entry);
    if (added) {
      LOG.info(
          "suppressed respondent {} of tenant {} on channel {}: {} (source {})",
          respondent,
          tenant,
          channel,
          reason,
          source);
      try {
        listener.suppressed(entry);
      } catch (RuntimeException e) {
        LOG.warn(
            "suppression listener failed for respondent {} of tenant {} ({}); the suppression stands",
            respondent,
            tenant,
            e.getClass().getName());
      }
    }
    return added;
  }

  @Override
  public String toString() {
    return "InboundSignals[" + store + ", email=" + emailChannel + ", sms=" + smsChannel + "]";
  }

  /** Builds {@link InboundSignals}. Not thread-safe. */
  public static final class Builder {
    private @Nullable SuppressionStore store;
    private Clock clock = Clock.systemUTC();
    private @Nullable SurveyLinks links;
    private String emailChannel = DEFAULT_EMAIL_CHANNEL;
    private String smsChannel = DEFAULT_SMS_CHANNEL;
    private SuppressionListener listener = SuppressionListener.noop();

    private Builder() {}

    /**
     * Sets who is told about each new suppression, e.g. {@code
     * SuppressionListener.cancellingReminders(invitations::cancelReminders)}; default none.
     */
    public Builder listener(SuppressionListener listener) {
      this.listener = Checks.notNull("listener", listener);
      return this;
    }

    /** Sets the suppression store. Required. */
    public Builder store(SuppressionStore store) {
      this.store = Checks.notNull("store", store);
      return this;
    }

    /** Sets the clock that stamps entries; default system UTC. */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /** Sets the survey links whose tokens one-click unsubscribes carry; needed for those only. */
    public Builder links(SurveyLinks links) {
      this.links = Checks.notNull("links", links);
      return this;
    }

    /**
     * Sets the e-mail channel's name, default {@value InboundSignals#DEFAULT_EMAIL_CHANNEL}.
     *
     * @throws IllegalArgumentException if it is not an identifier
     */
    public Builder emailChannel(String name) {
      this.emailChannel = Checks.identifier("emailChannel", name);
      return this;
    }

    /**
     * Sets the SMS channel's name, default {@value InboundSignals#DEFAULT_SMS_CHANNEL}.
     *
     * @throws IllegalArgumentException if it is not an identifier
     */
    public Builder smsChannel(String name) {
      this.smsChannel = Checks.identifier("smsChannel", name);
      return this;
    }

    /**
     * Builds the service.
     *
     * @throws IllegalStateException if the store is missing
     */
    public InboundSignals build() {
      SuppressionStore s = store;
      if (s == null) {
        throw new IllegalStateException("InboundSignals needs store(...)");
      }
      return new InboundSignals(this, s);
    }
  }
}
