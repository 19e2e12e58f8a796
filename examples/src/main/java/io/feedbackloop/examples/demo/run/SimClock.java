package io.feedbackloop.examples.demo.run;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The demo's simulated clock, in UTC: stands still until the runner sets it. Time only moves
 * forward; {@link #withZone} gives views that move with it. Thread-safe.
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

  /** The same simulated time seen in {@code zone}: it moves when this clock moves. */
  @Override
  public Clock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return zone.equals(ZoneOffset.UTC) ? this : new InZone(this, zone);
  }

  /** A view of a {@link SimClock} in another zone. */
  private static final class InZone extends Clock {
    private final SimClock source;
    private final ZoneId zone;

    InZone(SimClock source, ZoneId zone) {
      this.source = source;
      this.zone = zone;
    }

    @Override
    public Instant instant() {
      return source.instant();
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return source.withZone(other);
    }
  }
}
