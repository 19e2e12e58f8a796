package io.feedbackloop.routing.outbox;

import io.feedbackloop.routing.internal.outbox.ThreadLocalRandomSource;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When the {@link OutboxWorker} tries a failed message again, and when it gives up: exponential
 * backoff with full jitter, bounded by a cap, honouring a receiver's {@code Retry-After}, for at
 * most {@link #maxAttempts()} attempts.
 *
 * <p>After the {@code n}-th failed attempt ({@code n >= 1}) the next attempt waits a uniformly
 * random delay in {@code [0, min(maxDelay, baseDelay * 2^(n-1))]} ("full jitter": many senders
 * that failed together do not retry together). A {@code Retry-After} the channel reported is a
 * lower bound on that delay, even above the cap. Defaults: base 1 s, cap 15 min, 8 attempts.
 *
 * <p>Immutable and thread-safe if its random source is (the default is).
 */
public final class RetryPolicy {
  /** The default base delay, 1 second. */
  public static final Duration DEFAULT_BASE_DELAY = Duration.ofSeconds(1);

  /** The default cap on a backoff delay, 15 minutes. */
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(15);

  /** The default number of attempts, 8. */
  public static final int DEFAULT_MAX_ATTEMPTS = 8;

  private static final RetryPolicy DEFAULTS = builder().build();

  private final Duration baseDelay;
  private final Duration maxDelay;
  private final int maxAttempts;
  private final RandomGenerator random;

  private RetryPolicy(Builder b) {
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxAttempts = b.maxAttempts;
    this.random = b.random;
  }

  /** The default policy: base 1 s, cap 15 min, 8 attempts. */
  public static RetryPolicy ofDefaults() {
    return DEFAULTS;
  }

  /** Starts a policy from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The delay that doubles with every failed attempt, before jitter. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The cap on the backoff delay (not on a {@code Retry-After}). */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** How many attempts a message gets before it becomes a dead letter. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The largest backoff after {@code failedAttempts} failed attempts: {@code min(maxDelay,
   * baseDelay * 2^(failedAttempts-1))}, without overflow.
   *
   * @throws IllegalArgumentException if {@code failedAttempts <= 0}
   */
  public Duration ceiling(int failedAttempts) {
    Checks.positive("failedAttempts", failedAttempts);
    long base = baseDelay.toNanos();
    long cap = maxDelay.toNanos();
    int shift = failedAttempts - 1;
    if (shift >= 63 || base > (cap >> shift)) {
      return maxDelay;
    }
    return Duration.ofNanos(Math.min(cap, base << shift));
  }

  /**
   * A jittered backoff after {@code failedAttempts} failed attempts: uniformly random in {@code
   * [0, ceiling(failedAttempts)]}, at nanosecond resolution.
   *
   * @throws IllegalArgumentException if {@code failedAttempts <= 0}
   */
  public Duration backoff(int failedAttempts) {
    long ceiling = ceiling(failedAttempts).toNanos();
    return ceiling == 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(ceiling + 1));
  }

  /**
   * When to try again after {@code failedAttempts} failed attempts, the last of which ended at
   * {@code now}: {@code now} plus the larger of a {@linkplain #backoff jittered backoff} and
   * {@code retryAfter}.
   *
   * @throws IllegalArgumentException if {@code failedAttempts <= 0}
   */
  public Instant nextAttempt(Instant now, int failedAttempts, Optional<Duration> retryAfter) {
    Checks.notNull("now", now);
    Checks.notNull("retryAfter", retryAfter);
    Duration delay = backoff(failedAttempts);
    if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
      delay = retryAfter.get();
    }
    return now.plus(delay);
  }

  /** Tells whether a message with {@code attempts} recorded attempts may be tried again. */
  public boolean mayRetry(int attempts) {
    return attempts < maxAttempts;
  }

  @Override
  public String toString() {
    return "RetryPolicy[base="
        + baseDelay
        + ", max="
        + maxDelay
        + ", maxAttempts="
        + maxAttempts
        + "]";
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private Duration baseDelay = DEFAULT_BASE_DELAY;
    private Duration maxDelay = DEFAULT_MAX_DELAY;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private RandomGenerator random = ThreadLocalRandomSource.INSTANCE;

    private Builder() {}

    /**
     * The delay after the first failed attempt, before jitter (default 1 s).
     *
     * @throws IllegalArgumentException if it is negative
     */
    public Builder baseDelay(Duration baseDelay) {
      Checks.notNull("baseDelay", baseDelay);
      Checks.check(!baseDelay.isNegative(), "baseDelay", ">= 0", baseDelay);
      this.baseDelay = baseDelay;
      return this;
    }

    /**
     * The cap on a backoff delay (default 15 min).
     *
     * @throws IllegalArgumentException if it is negative
     */
    public Builder maxDelay(Duration maxDelay) {
      Checks.notNull("maxDelay", maxDelay);
      Checks.check(!maxDelay.isNegative(), "maxDelay", ">= 0", maxDelay);
      this.maxDelay = maxDelay;
      return this;
    }

    /**
     * How many attempts a message gets (default 8); after the last failed one it becomes a dead
     * letter.
     *
     * @throws IllegalArgumentException if {@code maxAttempts <= 0}
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = Checks.positive("maxAttempts", maxAttempts);
      return this;
    }

    /**
     * The random source of the jitter (default: {@link java.util.concurrent.ThreadLocalRandom}).
     * It must be thread-safe if the worker runs on several threads; a seeded {@link
     * java.util.Random} makes tests repeatable.
     */
    public Builder random(RandomGenerator random) {
      this.random = Checks.notNull("random", random);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws IllegalArgumentException if the base delay exceeds the cap
     */
    public RetryPolicy build() {
      Checks.check(
          baseDelay.compareTo(maxDelay) <= 0, "baseDelay", "<= maxDelay (" + maxDelay + ")", baseDelay);
      return new RetryPolicy(this);
    }
  }
}
