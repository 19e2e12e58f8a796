package io.feedbackloop.routing.invite;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An event in the host's system that may lead to a survey invitation: an order was delivered, a
 * ticket was solved. It names the respondent by id only; the address is looked up at send time.
 *
 * <p>The event id identifies the event in the host's system: handing the same event to the
 * service twice (a retry, a replayed queue) invites at most once. Immutable and thread-safe;
 * {@code toString()} prints ids only, no attribute values.
 */
public final class Touchpoint {
  private final TenantId tenant;
  private final RespondentId respondent;
  private final String eventType;
  private final String eventId;
  private final Instant occurredAt;
  private final Map<String, String> attributes;
  private final @Nullable String preferredChannel;
  private final @Nullable ZoneId zone;
  private final @Nullable Locale locale;

  private Touchpoint(Builder b) {
    this.tenant = Checks.notNull("tenant", b.tenant);
    this.respondent = Checks.notNull("respondent", b.respondent);
    this.eventType = Checks.notNull("eventType", b.eventType);
    this.eventId = Checks.notNull("eventId", b.eventId);
    this.occurredAt = Checks.notNull("occurredAt", b.occurredAt);
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    this.preferredChannel = b.preferredChannel;
    this.zone = b.zone;
    this.locale = b.locale;
  }

  /**
   * Starts a touchpoint. Tenant, respondent, event type, event id and occurrence time are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** The respondent the event concerns. */
  public RespondentId respondent() {
    return respondent;
  }

  /** The event type, e.g. {@code order.delivered}; plans match on it. */
  public String eventType() {
    return eventType;
  }

  /** The event's id in the host's system; with tenant, respondent and survey, it de-duplicates. */
  public String eventId() {
    return eventId;
  }

  /** When the event happened; a plan's delay counts from here. */
  public Instant occurredAt() {
    return occurredAt;
  }

  /** Free-form attributes of the event (region, product), in insertion order. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The channel the respondent prefers (e.g. {@code sms}), if known. */
  public Optional<String> preferredChannel() {
    return Optional.ofNullable(preferredChannel);
  }

  /** The respondent's time zone, if known (quiet hours are local). */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /** The respondent's locale, if known (the invitation is rendered in it). */
  public Optional<Locale> locale() {
    return Optional.ofNullable(locale);
  }

  @Override
  public String toString() {
    return "Touchpoint[tenant="
        + tenant.value()
        + ", respondent="
        + respondent.value()
        + ", eventType="
        + eventType
        + ", eventId="
        + eventId
        + ", occurredAt="
        + occurredAt
        + "]";
  }

  /** Builds a {@link Touchpoint}. Not thread-safe. */
  public static final class Builder {
    private @Nullable TenantId tenant;
    private @Nullable RespondentId respondent;
    private @Nullable String eventType;
    private @Nullable String eventId;
    private @Nullable Instant occurredAt;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private @Nullable String preferredChannel;
    private @Nullable ZoneId zone;
    private @Nullable Locale locale;

    private Builder() {}

    /** The tenant (required). */
    public Builder tenant(TenantId tenant) {
      this.tenant = Checks.notNull("tenant", tenant);
      return this;
    }

    /** The respondent (required). */
    public Builder respondent(RespondentId respondent) {
      this.respondent = Checks.notNull("respondent", respondent);
      return this;
    }

    /** The respondent, by id (required). */
    public Builder respondent(String respondentId) {
      return respondent(RespondentId.of(respondentId));
    }

    /**
     * The event type (required), an identifier such as {@code order.delivered}.
     *
     * @throws IllegalArgumentException if it is not an identifier
     */
    public Builder eventType(String eventType) {
      this.eventType = Checks.identifier("eventType", eventType);
      return this;
    }

    /**
     * The event id (required): 1-128 printable ASCII characters without spaces.
     *
     * @throws IllegalArgumentException if it is not of that form
     */
    public Builder eventId(String eventId) {
      Checks.notBlank("eventId", eventId);
      Checks.check(eventId.length() <= 128, "eventId length", "<= 128", eventId.length());
      for (int i = 0; i < eventId.length(); i++) {
        char c = eventId.charAt(i);
        Checks.check(
            c > ' ' && c <= '~',
            "eventId",
            "printable ASCII without spaces",
            "'" + Checks.printable(eventId) + "'");
      }
      this.eventId = eventId;
      return this;
    }

    /** When the event happened (required). */
    public Builder occurredAt(Instant occurredAt) {
      this.occurredAt = Checks.notNull("occurredAt", occurredAt);
      return this;
    }

    /** Adds an attribute, replacing one with the same name. */
    public Builder attribute(String name, String value) {
      attributes.put(Checks.identifier("attribute name", name), Checks.notNull("attribute value", value));
      return this;
    }

    /**
     * The channel the respondent prefers; used if the plan allows it.
     *
     * @throws IllegalArgumentException if it is not an identifier
     */
    public Builder preferredChannel(String channel) {
      this.preferredChannel = Checks.identifier("preferredChannel", channel);
      return this;
    }

    /** The respondent's time zone. */
    public Builder zone(ZoneId zone) {
      this.zone = Checks.notNull("zone", zone);
      return this;
    }

    /** The respondent's locale. */
    public Builder locale(Locale locale) {
      this.locale = Checks.notNull("locale", locale);
      return this;
    }

    /**
     * Builds the touchpoint.
     *
     * @throws NullPointerException if a required part is missing
     */
    public Touchpoint build() {
      return new Touchpoint(this);
    }
  }
}
