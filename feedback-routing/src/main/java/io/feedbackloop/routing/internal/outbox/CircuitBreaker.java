package io.feedbackloop.routing.internal.outbox;

import io.feedbackloop.routing.outbox.CircuitBreakerConfig;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One endpoint's breaker: closed, open after N consecutive failures, half-open (one trial) after
 * the cool-down, closed again on success. Time comes in as arguments, so tests drive it without a
 * clock. Thread-safe (every method holds the breaker's monitor briefly, never across I/O).
 */
public final class CircuitBreaker {

  /** The states of a breaker. */
  public enum State {
    /** Deliveries go through. */
    CLOSED,
    /** Deliveries are held back until the cool-down ends. */
    OPEN,
    /** One trial delivery is in flight; the others are held back. */
    HALF_OPEN
  }

  private final CircuitBreakerConfig config;
  private State state = State.CLOSED;
  private int failures;
  private @Nullable Instant openUntil;
  private @Nullable Instant trialStarted;

  /** A closed breaker with {@code config}. */
  public CircuitBreaker(CircuitBreakerConfig config) {
    this.config = config;
  }

  /**
   * Asks to deliver at {@code now}. Returns null if the delivery may go ahead (the caller must
   * then report its outcome), or the instant of the breaker's next trial if it may not.
   */
  public synchronized @Nullable Instant tryAcquire(Instant now) {
    switch (state) {
      case CLOSED:
        return null;
      case OPEN:
        Instant until = openUntil != null ? openUntil : now;
        if (now.isBefore(until)) {
          return until;
        }
        state = State.HALF_OPEN;
        trialStarted = now;
        return null;
      case HALF_OPEN:
      default:
        // A trial whose outcome never came back (its worker thread died) must not keep the
        // breaker half-open for ever: after another cool-down, let a new trial through.
        Instant started = trialStarted != null ? trialStarted : now;
        Instant retrial = started.plus(config.coolDown());
        if (now.isBefore(retrial)) {
          return retrial;
        }
        trialStarted = now;
        return null;
    }
  }

  /** Reports a delivery that reached the endpoint. */
  public synchronized void onSuccess() {
    state = State.CLOSED;
    failures = 0;
    openUntil = null;
    trialStarted = null;
  }

  /** Reports a failed delivery that ended at {@code now}. */
  public synchronized void onFailure(Instant now) {
    if (state == State.HALF_OPEN) {
      open(now);
      return;
    }
    if (state == State.CLOSED) {
      failures++;
      if (failures >= config.failureThreshold()) {
        open(now);
      }
    }
  }

  private void open(Instant now) {
    state = State.OPEN;
    openUntil = now.plus(config.coolDown());
    trialStarted = null;
    failures = 0;
  }

  /** The state (as of the last call; an open breaker turns half-open only when asked). */
  public synchronized State state() {
    return state;
  }

  /** The consecutive failures counted while closed. */
  public synchronized int failures() {
    return failures;
  }

  @Override
  public synchronized String toString() {
    return "CircuitBreaker[" + state + ", failures=" + failures + "]";
  }
}
