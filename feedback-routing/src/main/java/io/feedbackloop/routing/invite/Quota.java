package io.feedbackloop.routing.invite;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * A survey's quota: at most {@code max} invitations per period, counted by send time. Periods are
 * fixed buckets aligned to the epoch in UTC ({@code Duration.ofDays(1)} is one UTC day), so the
 * count starts again at every period boundary.
 *
 * @param max invitations per period, {@code > 0}
 * @param period the bucket length, whole seconds, at least one
 */
public record Quota(int max, Duration period) {

  /** Checks the parts. */
  public Quota {
    Checks.positive("max", max);
    Checks.notNull("period", period);
    Checks.check(
        period.toSeconds() >= 1 && period.toNanosPart() == 0, "period", "whole seconds >= PT1S", period);
  }

  /**
   * At most {@code max} invitations per {@code period}.
   *
   * @throws IllegalArgumentException if {@code max <= 0} or the period is not a whole number of
   *     seconds, at least one
   */
  public static Quota of(int max, Duration period) {
    return new Quota(max, period);
  }

  /** The start of the period (bucket) that {@code sendAt} falls into. */
  public Instant periodStart(Instant sendAt) {
    long len = period.toSeconds();
    return Instant.ofEpochSecond(Math.floorDiv(sendAt.getEpochSecond(), len) * len);
  }

  /** The start of the period after the one {@code sendAt} falls into: when the count resets. */
  public Instant nextPeriodStart(Instant sendAt) {
    return periodStart(sendAt).plusSeconds(period.toSeconds());
  }
}
