package io.feedbackloop.examples.scenarios;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the examples move by hand, so that a day of SLA time passes in a millisecond. A host uses
 * {@link Clock#systemUTC()}; tests of the SDK itself use core's {@code MutableClock}. Thread-safe.
 */
public final class SettableClock extends Clock {
  private volatile Instant now;

  private SettableClock(Instant start) {
    this.now = start;
  }

  /** A clock standing at {@code instant} (ISO-8601, e.g. {@code 2026-03-02T09:00:00Z}). */
  public static SettableClock at(String instant) {
    return new SettableClock(Instant.parse(instant));
  }

  /** Moves the clock forward by {@code amount}. */
  public void advance(Duration amount) {
    now = now.plus(amount);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Always UTC: the examples need no other zone. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
