package io.feedbackloop.examples.demo.run;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The demo's simulated clock: stands still until the runner sets it. Time only moves forward.
 * Thread-safe.
 */
public final class SimClock extends Clock {
  private volatile Instant now;

  /** A clock showing {@code start}, in UTC. */
  public SimClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /**
   * Moves the clock to {@code at}; an instant before the current one leaves it where it is.
   *
   * @throws NullPointerException if {@code at} is null
   */
  public synchronized void advanceTo(Instant at) {
    Objects.requireNonNull(at, "at");
    if (at.isAfter(now)) {
      now = at;
    }
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the simulated clock runs in UTC only");
  }
}
