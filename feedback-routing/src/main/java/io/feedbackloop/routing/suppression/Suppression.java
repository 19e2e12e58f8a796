package io.feedbackloop.routing.suppression;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;

/**
 * One entry of the suppression list.
 *
 * @param tenant the tenant
 * @param respondent who must not be contacted
 * @param channel the channel name it applies to, or {@link #ALL_CHANNELS}
 * @param reason why
 * @param since when it was recorded
 */
public record Suppression(
    TenantId tenant, RespondentId respondent, String channel, SuppressionReason reason, Instant since) {
  /** The channel value of an entry that applies to every channel. */
  public static final String ALL_CHANNELS = "*";

  /** Checks the parts; the channel is an identifier or {@code "*"}. */
  public Suppression {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Checks.notNull("channel", channel);
    if (!ALL_CHANNELS.equals(channel)) {
      Checks.identifier("channel", channel);
    }
    Checks.notNull("reason", reason);
    Checks.notNull("since", since);
  }

  /** Tells whether this entry blocks contact through {@code channelName}. */
  public boolean appliesTo(String channelName) {
    return ALL_CHANNELS.equals(channel) || channel.equals(channelName);
  }
}
