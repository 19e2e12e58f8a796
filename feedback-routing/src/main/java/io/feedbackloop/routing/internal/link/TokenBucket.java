package io.feedbackloop.routing.internal.link;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: up to {@code capacity} permits, refilled continuously at {@code perMinute}
 * permits a minute. Time comes from the caller, so that tests move it by hand. Thread-safe; the
 * lock guards a few arithmetic operations only.
 */
public final class TokenBucket {
  private static final double NANOS_PER_MINUTE = 60e9;

  private final double capacity;
  private final double perNano;
  private double available;
  private Instant last;

  /**
   * A full bucket.
   *
   * @param perMinute permits added per minute, > 0
   * @param capacity most permits held at once (the burst), > 0
   * @param now the current time
   */
  public TokenBucket(int perMinute, int capacity, Instant now) {
    this.capacity = capacity;
    this.perNano = perMinute / NANOS_PER_MINUTE;
    this.available = capacity;
    this.last = now;
  }

  /** Takes one permit if one is available at {@code now}. */
  public synchronized boolean tryTake(Instant now) {
    refill(now);
    if (available >= 1) {
      available -= 1;
      return true;
    }
    return false;
  }

  /** Returns a permit taken for work that did not happen after all. */
  public synchronized void giveBack() {
    available = Math.min(capacity, available + 1);
  }

  /** Permits available at {@code now} (for tests and metrics). */
  public synchronized double available(Instant now) {
    refill(now);
    return available;
  }

  private void refill(Instant now) {
    // a clock that steps back adds nothing; it must not take permits away either
    if (now.isAfter(last)) {
      Duration elapsed = Duration.between(last, now);
      // a day refills any bucket; capping also keeps toNanos() from overflowing
      available =
          elapsed.compareTo(Duration.ofDays(1)) > 0
              ? capacity
              : Math.min(capacity, available + elapsed.toNanos() * perNano);
      last = now;
    }
  }
}
