package io.feedbackloop.routing.outbox;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;

/**
 * The circuit breaker the {@link OutboxWorker} keeps per channel endpoint ({@code channel name +
 * }{@link io.feedbackloop.routing.delivery.DeliveryChannel#endpoint endpoint}): after {@link
 * #failureThreshold()} consecutive failed deliveries (retryable, ambiguous or thrown) the breaker
 * opens, and messages to that endpoint are put back, without using an attempt, until the cool-down
 * has passed; then one trial delivery is let through (half-open): success closes the breaker,
 * failure opens it for another cool-down. A permanent failure means the endpoint answered: it
 * counts as a success for the breaker. Defaults: 5 failures, 30 s cool-down.
 *
 * <p>Immutable and thread-safe.
 */
public final class CircuitBreakerConfig {
  /** The default number of consecutive failures that open a breaker, 5. */
  public static final int DEFAULT_FAILURE_THRESHOLD = 5;

  /** The default cool-down, 30 seconds. */
  public static final Duration DEFAULT_COOL_DOWN = Duration.ofSeconds(30);

  private static final CircuitBreakerConfig DEFAULTS = builder().build();
  private static final CircuitBreakerConfig DISABLED =
      builder().failureThreshold(Integer.MAX_VALUE).build();

  private final int failureThreshold;
  private final Duration coolDown;

  private CircuitBreakerConfig(Builder b) {
    this.failureThreshold = b.failureThreshold;
    this.coolDown = b.coolDown;
  }

  /** The defaults: open after 5 consecutive failures, 30 s cool-down. */
  public static CircuitBreakerConfig ofDefaults() {
    return DEFAULTS;
  }

  /** Breakers that never open. */
  public static CircuitBreakerConfig disabled() {
    return DISABLED;
  }

  /** Starts a configuration from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many consecutive failures open the breaker. */
  public int failureThreshold() {
    return failureThreshold;
  }

  /** How long an open breaker waits before it lets one trial through. */
  public Duration coolDown() {
    return coolDown;
  }

  @Override
  public String toString() {
    return "CircuitBreakerConfig[failureThreshold="
        + failureThreshold
        + ", coolDown="
        + coolDown
        + "]";
  }

  /** Builds a {@link CircuitBreakerConfig}. Not thread-safe. */
  public static final class Builder {
    private int failureThreshold = DEFAULT_FAILURE_THRESHOLD;
    private Duration coolDown = DEFAULT_COOL_DOWN;

    private Builder() {}

    /**
     * How many consecutive failures open the breaker (default 5).
     *
     * @throws IllegalArgumentException if {@code failureThreshold <= 0}
     */
    public Builder failureThreshold(int failureThreshold) {
      this.failureThreshold = Checks.positive("failureThreshold", failureThreshold);
      return this;
    }

    /**
     * How long an open breaker waits before its trial (default 30 s).
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder coolDown(Duration coolDown) {
      Checks.notNull("coolDown", coolDown);
      Checks.check(!coolDown.isNegative() && !coolDown.isZero(), "coolDown", "> 0", coolDown);
      this.coolDown = coolDown;
      return this;
    }

    /** Builds the configuration. */
    public CircuitBreakerConfig build() {
      return new CircuitBreakerConfig(this);
    }
  }
}
