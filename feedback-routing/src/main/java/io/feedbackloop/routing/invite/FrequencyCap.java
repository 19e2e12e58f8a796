package io.feedbackloop.routing.invite;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;

/**
 * At most {@code max} invitations within {@code period} of each other: a new invitation is allowed
 * only while fewer than {@code max} invitations of the same scope are planned less than {@code
 * period} before or after its send time. Counting both sides keeps invitations that were queued
 * with a delay from clustering with new ones.
 *
 * @param max the most invitations allowed, {@code > 0}
 * @param period the window length, positive
 */
public record FrequencyCap(int max, Duration period) {
  private static final FrequencyCap UNLIMITED = new FrequencyCap(Integer.MAX_VALUE, Duration.ofSeconds(1));

  /** Checks the parts. */
  public FrequencyCap {
    Checks.positive("max", max);
    Checks.notNull("period", period);
    Checks.check(!period.isNegative() && !period.isZero(), "period", "> 0", period);
  }

  /**
   * At most {@code max} per {@code period}.
   *
   * @throws IllegalArgumentException if {@code max <= 0} or the period is not positive
   */
  public static FrequencyCap of(int max, Duration period) {
    return new FrequencyCap(max, period);
  }

  /** No cap at all. */
  public static FrequencyCap unlimited() {
    return UNLIMITED;
  }

  /** Tells whether this is the {@linkplain #unlimited() unlimited} cap. */
  public boolean isUnlimited() {
    return max == Integer.MAX_VALUE;
  }
}
