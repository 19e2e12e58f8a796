package io.feedbackloop.routing.invite;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When and how to invite to one survey: the event types that trigger it, the delay after the
 * event, the channels, a sampling rate, a quota, how long the link stays valid and an optional
 * reminder. Immutable and thread-safe.
 *
 * <p>Defaults: no delay, channel {@code email} (and no other), sampling rate 1 (everyone), no
 * sampling seed (the service's random decides), no quota, links valid for 7 days, no reminder,
 * survey name = survey id.
 */
public final class InvitationPlan {
  private final String surveyId;
  private final String surveyName;
  private final Set<String> eventTypes;
  private final Duration delay;
  private final String defaultChannel;
  private final Set<String> allowedChannels;
  private final double samplingRate;
  private final @Nullable Long samplingSeed;
  private final @Nullable Quota quota;
  private final Duration linkValidity;
  private final @Nullable Duration reminderAfter;

  private InvitationPlan(Builder b) {
    this.surveyId = b.surveyId;
    this.surveyName = b.surveyName != null ? b.surveyName : b.surveyId;
    this.eventTypes = Set.copyOf(b.eventTypes);
    this.delay = b.delay;
    this.defaultChannel = b.defaultChannel;
    LinkedHashSet<String> allowed = new LinkedHashSet<>(b.allowedChannels);
    allowed.add(b.defaultChannel);
    this.allowedChannels = Set.copyOf(allowed);
    this.samplingRate = b.samplingRate;
    this.samplingSeed = b.samplingSeed;
    this.quota = b.quota;
    this.linkValidity = b.linkValidity;
    this.reminderAfter = b.reminderAfter;
  }

  /**
   * Starts a plan for {@code surveyId}; at least one event type is required.
   *
   * @throws IllegalArgumentException if {@code surveyId} is not an identifier
   */
  public static Builder builder(String surveyId) {
    return new Builder(Checks.identifier("surveyId", surveyId));
  }

  /** The survey invited to. */
  public String surveyId() {
    return surveyId;
  }

  /** The survey's name as shown in the invitation (the {@code surveyName} template value). */
  public String surveyName() {
    return surveyName;
  }

  /** The event types that trigger an invitation. */
  public Set<String> eventTypes() {
    return eventTypes;
  }

  /** How long after the event the invitation is sent (before quiet hours are applied). */
  public Duration delay() {
    return delay;
  }

  /** The channel used unless the respondent prefers another allowed one. */
  public String defaultChannel() {
    return defaultChannel;
  }

  /** The channels a respondent's preference may pick; always includes the default channel. */
  public Set<String> allowedChannels() {
    return allowedChannels;
  }

  /** The channel for a respondent who prefers {@code preferred} (empty: no preference). */
  public String channelFor(Optional<String> preferred) {
    return preferred.filter(allowedChannels::contains).orElse(defaultChannel);
  }

  /** The share of touchpoints that lead to an invitation, from 0 to 1. */
  public double samplingRate() {
    return samplingRate;
  }

  /**
   * The sampling seed, if set: sampling is then a deterministic function of seed, tenant,
   * respondent and event id, so a replayed event is sampled the same way on every node.
   */
  public OptionalLong samplingSeed() {
    Long seed = samplingSeed;
    return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
  }

  /** The quota, if any. */
  public Optional<Quota> quota() {
    return Optional.ofNullable(quota);
  }

  /** How long the personal link stays valid after the send time. */
  public Duration linkValidity() {
    return linkValidity;
  }

  /** How long after the send time a reminder goes to non-responders, if there is one. */
  public Optional<Duration> reminderAfter() {
    return Optional.ofNullable(reminderAfter);
  }

  @Override
  public String toString() {
    return "InvitationPlan[survey=" + surveyId + ", eventTypes=" + eventTypes + "]";
  }

  /** Builds an {@link InvitationPlan}. Not thread-safe. */
  public static final class Builder {
    private final String surveyId;
    private @Nullable String surveyName;
    private final Set<String> eventTypes = new LinkedHashSet<>();
    private Duration delay = Duration.ZERO;
    private String defaultChannel = "email";
    private final Set<String> allowedChannels = new LinkedHashSet<>();
    private double samplingRate = 1.0;
    private @Nullable Long samplingSeed;
    private @Nullable Quota quota;
    private Duration linkValidity = Duration.ofDays(7);
    private @Nullable Duration reminderAfter;

    private Builder(String surveyId) {
      this.surveyId = surveyId;
    }

    /** The name shown in the invitation (default: the survey id). */
    public Builder surveyName(String name) {
      this.surveyName = Checks.notBlank("surveyName", name);
      return this;
    }

    /**
     * Adds event types that trigger the plan.
     *
     * @throws IllegalArgumentException if one is not an identifier
     */
    public Builder eventTypes(String... types) {
      Checks.notNull("eventTypes", types);
      for (String t : types) {
        eventTypes.add(Checks.identifier("eventType", t));
      }
      return this;
    }

    /**
     * The delay after the event (default zero).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder delay(Duration delay) {
      Checks.notNull("delay", delay);
      Checks.check(!delay.isNegative(), "delay", ">= 0", delay);
      this.delay = delay;
      return this;
    }

    /**
     * The default channel (default {@code email}), an outbox channel name.
     *
     * @throws IllegalArgumentException if it is not an identifier
     */
    public Builder defaultChannel(String channel) {
      this.defaultChannel = Checks.identifier("defaultChannel", channel);
      return this;
    }

    /**
     * Further channels a respondent's preference may pick.
     *
     * @throws IllegalArgumentException if one is not an identifier
     */
    public Builder allowChannels(String... channels) {
      Checks.notNull("channels", channels);
      for (String c : channels) {
        allowedChannels.add(Checks.identifier("channel", c));
      }
      return this;
    }

    /**
     * The sampling rate (default 1).
     *
     * @throws IllegalArgumentException if not within 0..1
     */
    public Builder samplingRate(double rate) {
      Checks.check(rate >= 0.0 && rate <= 1.0, "samplingRate", "within [0, 1]", rate);
      this.samplingRate = rate;
      return this;
    }

    /** Makes sampling deterministic per tenant, respondent and event id under {@code seed}. */
    public Builder samplingSeed(long seed) {
      this.samplingSeed = seed;
      return this;
    }

    /** The survey's quota. */
    public Builder quota(Quota quota) {
      this.quota = Checks.notNull("quota", quota);
      return this;
    }

    /**
     * How long the link stays valid after the send time (default 7 days).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder linkValidity(Duration validity) {
      Checks.notNull("linkValidity", validity);
      Checks.check(!validity.isNegative() && !validity.isZero(), "linkValidity", "> 0", validity);
      this.linkValidity = validity;
      return this;
    }

    /**
     * Sends one reminder to non-responders {@code after} the send time.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder reminderAfter(Duration after) {
      Checks.notNull("reminderAfter", after);
      Checks.check(!after.isNegative() && !after.isZero(), "reminderAfter", "> 0", after);
      this.reminderAfter = after;
      return this;
    }

    /**
     * Builds the plan.
     *
     * @throws IllegalStateException if no event type is set, or the reminder would come after the
     *     link expired
     */
    public InvitationPlan build() {
      if (eventTypes.isEmpty()) {
        throw new IllegalStateException("plan for survey " + surveyId + " needs at least one event type");
      }
      Duration reminder = reminderAfter;
      if (reminder != null && reminder.compareTo(linkValidity) >= 0) {
        throw new IllegalStateException(
            "reminderAfter must be < linkValidity " + linkValidity + ", but was " + reminder);
      }
      return new InvitationPlan(this);
    }
  }
}
