package io.feedbackloop.routing.invite;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How often a respondent may be contacted: frequency caps across all surveys, per survey and per
 * channel; a cooldown after any answer; quiet hours in the respondent's time zone. The
 * suppression list and the open-case check always apply. Immutable and thread-safe.
 *
 * <p>Defaults ({@link #ofDefaults()}): at most 2 invitations per respondent within 30 days across
 * all surveys, 1 per survey within 30 days, 1 per channel within 7 days; no invitation within 14
 * days after an answer; quiet hours 21:00-08:00; respondents without a time zone are taken to be in
 * UTC.
 */
public final class ContactPolicy {
  private static final ContactPolicy DEFAULTS = builder().build();

  private final FrequencyCap perRespondent;
  private final FrequencyCap perSurvey;
  private final FrequencyCap perChannel;
  private final Duration cooldownAfterAnswer;
  private final @Nullable QuietHours quietHours;
  private final ZoneId defaultZone;

  private ContactPolicy(Builder b) {
    this.perRespondent = b.perRespondent;
    this.perSurvey = b.perSurvey;
    this.perChannel = b.perChannel;
    this.cooldownAfterAnswer = b.cooldownAfterAnswer;
    this.quietHours = b.quietHours;
    this.defaultZone = b.defaultZone;
  }

  /** The documented defaults. */
  public static ContactPolicy ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The cap on invitations per respondent across all surveys (default 2 within 30 days). */
  public FrequencyCap perRespondent() {
    return perRespondent;
  }

  /** The cap on invitations per respondent for one survey (default 1 within 30 days). */
  public FrequencyCap perSurvey() {
    return perSurvey;
  }

  /** The cap on invitations per respondent through one channel (default 1 within 7 days). */
  public FrequencyCap perChannel() {
    return perChannel;
  }

  /** How long after any answer the respondent is not invited (default 14 days; zero: none). */
  public Duration cooldownAfterAnswer() {
    return cooldownAfterAnswer;
  }

  /** The quiet hours (default 21:00-08:00), empty if there are none. */
  public Optional<QuietHours> quietHours() {
    return Optional.ofNullable(quietHours);
  }

  /** The time zone of respondents whose touchpoint carries none (default UTC). */
  public ZoneId defaultZone() {
    return defaultZone;
  }

  /** The longest period of the limited caps (zero if all are unlimited): how far history matters. */
  public Duration longestCapPeriod() {
    Duration longest = Duration.ZERO;
    for (FrequencyCap cap : new FrequencyCap[] {perRespondent, perSurvey, perChannel}) {
      if (!cap.isUnlimited() && cap.period().compareTo(longest) > 0) {
        longest = cap.period();
      }
    }
    return longest;
  }

  @Override
  public String toString() {
    return "ContactPolicy[perRespondent="
        + perRespondent
        + ", perSurvey="
        + perSurvey
        + ", perChannel="
        + perChannel
        + ", cooldownAfterAnswer="
        + cooldownAfterAnswer
        + ", quietHours="
        + quietHours
        + ", defaultZone="
        + defaultZone
        + "]";
  }

  /** Builds a {@link ContactPolicy}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private FrequencyCap perRespondent = FrequencyCap.of(2, Duration.ofDays(30));
    private FrequencyCap perSurvey = FrequencyCap.of(1, Duration.ofDays(30));
    private FrequencyCap perChannel = FrequencyCap.of(1, Duration.ofDays(7));
    private Duration cooldownAfterAnswer = Duration.ofDays(14);
    private @Nullable QuietHours quietHours = QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0));
    private ZoneId defaultZone = ZoneOffset.UTC;

    private Builder() {}

    /** The cap across all surveys ({@link FrequencyCap#unlimited()} for none). */
    public Builder perRespondent(FrequencyCap cap) {
      this.perRespondent = Checks.notNull("perRespondent", cap);
      return this;
    }

    /** The cap per survey ({@link FrequencyCap#unlimited()} for none). */
    public Builder perSurvey(FrequencyCap cap) {
      this.perSurvey = Checks.notNull("perSurvey", cap);
      return this;
    }

    /** The cap per channel ({@link FrequencyCap#unlimited()} for none). */
    public Builder perChannel(FrequencyCap cap) {
      this.perChannel = Checks.notNull("perChannel", cap);
      return this;
    }

    /**
     * The cooldown after any answer; zero for none.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder cooldownAfterAnswer(Duration cooldown) {
      Checks.notNull("cooldownAfterAnswer", cooldown);
      Checks.check(!cooldown.isNegative(), "cooldownAfterAnswer", ">= 0", cooldown);
      this.cooldownAfterAnswer = cooldown;
      return this;
    }

    /** The quiet hours. */
    public Builder quietHours(QuietHours quietHours) {
      this.quietHours = Checks.notNull("quietHours", quietHours);
      return this;
    }

    /** No quiet hours: invitations go out at any hour. */
    public Builder noQuietHours() {
      this.quietHours = null;
      return this;
    }

    /** The time zone of respondents whose touchpoint carries none. */
    public Builder defaultZone(ZoneId zone) {
      this.defaultZone = Checks.notNull("defaultZone", zone);
      return this;
    }

    /** Builds the policy. */
    public ContactPolicy build() {
      return new ContactPolicy(this);
    }
  }
}
