package io.feedbackloop.routing.outbox;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.internal.outbox.CircuitBreaker;
import io.feedbackloop.routing.internal.outbox.OutboxArgs;
import io.feedbackloop.routing.internal.outbox.Outcome;
import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: each {@link #runDueWork()} claims a batch of due messages from the {@link
 * OutboxStore}, hands each to its named {@link DeliveryChannel}, and records the result. The SDK
 * starts no thread: the host calls {@code runDueWork()} from its own scheduler, or starts an
 * {@link OutboxRunner} on its own executor.
 *
 * <p><b>Delivery semantics.</b> At least once, always with the message's same idempotency key
 * (every attempt delivers the very {@link Message} that was enqueued). No database transaction is
 * open while a channel runs: the claim is one short transaction, each result another. A result
 * recorded after the message's lease was taken over by another worker is dropped (see {@link
 * OutboxStore}); a message whose lease has expired by the time its turn in the batch comes is not
 * tried. Size the {@linkplain Builder#leaseLength lease} well above the time a batch takes.
 *
 * <p><b>Results.</b> {@link DeliveryResult.Delivered} is recorded delivered. {@link
 * DeliveryResult.Retryable} and {@link DeliveryResult.Ambiguous} are rescheduled by the {@link
 * RetryPolicy} (a {@code Retry-After} is a lower bound) until its attempts are used up, then
 * dead-lettered; {@link DeliveryResult.Permanent} is dead-lettered at once. A channel that throws
 * counts as retryable and is logged with the exception's class only (never the message's content
 * or the exception's text, which may carry it). A message for a channel name this worker does not
 * know is dead-lettered with a reason saying so. The {@link DeadLetterListener} is told of every
 * dead letter after it is recorded; one that throws is logged and ignored.
 *
 * <p><b>Circuit breakers.</b> One per channel endpoint, see {@link CircuitBreakerConfig}. While a
 * breaker is open, its messages are put back to its next trial time without using an attempt.
 * Breakers live in this worker's memory: each node keeps its own.
 *
 * <p>Thread-safe: several threads may call {@link #runDueWork()} at once (each claims its own
 * batch). Logs carry ids only.
 */
public final class OutboxWorker {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

  /** The default number of messages claimed per run, 50. */
  public static final int DEFAULT_BATCH_SIZE = 50;

  /** The default lease, 5 minutes. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

  private final OutboxStore store;
  private final Map<String, DeliveryChannel> channels;
  private final Clock clock;
  private final RetryPolicy retryPolicy;
  private final CircuitBreakerConfig breakerConfig;
  private final int batchSize;
  private final Duration lease;
  private final DeadLetterListener deadLetterListener;
  private final String workerId;
  private final ConcurrentHashMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

  private OutboxWorker(Builder b, OutboxStore store) {
    this.store = store;
    this.channels = Map.copyOf(b.channels);
    this.clock = b.clock;
    this.retryPolicy = b.retryPolicy;
    this.breakerConfig = b.breakerConfig;
    this.batchSize = b.batchSize;
    this.lease = b.lease;
    this.deadLetterListener = b.deadLetterListener;
    this.workerId = b.workerId != null ? b.workerId : "worker-" + UUID.randomUUID();
  }

  /** Starts a worker; the store is required, everything else has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** This worker's id, recorded with its claims. */
  public String workerId() {
    return workerId;
  }

  /** How many messages one run claims at most. */
  public int batchSize() {
    return batchSize;
  }

  /** The store this worker delivers from. */
  public OutboxStore store() {
    return store;
  }

  /**
   * Claims the messages due now (at most the batch size), delivers each through its channel, one
   * after the other on the calling thread, and records the results.
   *
   * @return what this run did
   * @throws StoreException if claiming fails (nothing was claimed then); a failure to record one
   *     result is logged and counted as {@link WorkReport#unrecorded()} instead
   */
  public WorkReport runDueWork() {
    List<ClaimedMessage> batch = store.claim(workerId, batchSize, clock.instant(), lease);
    if (batch.isEmpty()) {
      return WorkReport.empty();
    }
    Tally tally = new Tally();
    for (ClaimedMessage claim : batch) {
      process(claim, tally);
    }
    return new WorkReport(
        batch.size(),
        tally.delivered,
        tally.retried,
        tally.dead,
        tally.deferred,
        tally.leaseLost,
        tally.unrecorded);
  }

  /**
   * Puts a dead letter back to pending, due now, with its attempts reset and the same idempotency
   * key; an operator's action after fixing the cause.
   *
   * @return true if a dead letter was requeued
   * @throws StoreException if the store fails
   */
  public boolean requeue(TenantId tenant, String idempotencyKey) {
    return store.requeue(tenant, idempotencyKey, clock.instant());
  }

  private void process(ClaimedMessage claim, Tally tally) {
    OutboxMessage m = claim.message();
    if (!clock.instant().isBefore(claim.leaseExpiresAt())) {
      // Another worker may already own it: delivering now could run concurrently with its attempt.
      LOG.info("lease on message {} of tenant {} expired before its turn", m.idempotencyKey(),
          m.tenant().value());
      tally.leaseLost++;
      return;
    }
    DeliveryChannel channel = channels.get(m.channel());
    if (channel == null) {
      String reason =
          "no channel named '" + m.channel() + "' is registered with outbox worker " + workerId;
      deadLetter(claim, m.attempts(), reason, tally);
      return;
    }
    CircuitBreaker breaker =
        breakers.computeIfAbsent(
            m.channel() + "/" + endpoint(m.channel(), channel, m.message()),
            k -> new CircuitBreaker(breakerConfig));
    Instant nextTrial = breaker.tryAcquire(clock.instant());
    if (nextTrial != null) {
      record(claim, tally, () -> store.release(claim, nextTrial), Counter.DEFERRED);
      return;
    }
    DeliveryResult result = deliver(m.channel(), channel, m.message());
    Instant done = clock.instant();
    if (result instanceof DeliveryResult.Delivered || result instanceof DeliveryResult.Permanent) {
      breaker.onSuccess();
    } else {
      breaker.onFailure(done);
    }
    Outcome outcome = Outcome.of(result, m.attempts(), done, retryPolicy);
    if (outcome instanceof Outcome.Retry r) {
      record(claim, tally, () -> store.reschedule(claim, r.attempts(), r.at(), r.error()),
          Counter.RETRIED);
    } else if (outcome instanceof Outcome.Dead d) {
      deadLetter(claim, d.attempts(), d.reason(), tally);
    } else {
      record(claim, tally, () -> store.markDelivered(claim, done), Counter.DELIVERED);
    }
  }

  private void deadLetter(ClaimedMessage claim, int attempts, String reason, Tally tally) {
    OutboxMessage m = claim.message();
    Instant at = clock.instant();
    if (!record(claim, tally, () -> store.deadLetter(claim, attempts, reason, at), Counter.DEAD)) {
      return;
    }
    LOG.warn("message {} of tenant {} is a dead letter after {} attempts", m.idempotencyKey(),
        m.tenant().value(), attempts);
    OutboxMessage dead =
        new OutboxMessage(
            m.channel(),
            m.message(),
            OutboxState.DEAD,
            attempts,
            at.truncatedTo(ChronoUnit.MILLIS),
            Optional.of(OutboxArgs.error(reason)));
    try {
      deadLetterListener.onDeadLetter(dead);
    } catch (RuntimeException e) {
      LOG.warn("the dead-letter listener threw {} for message {} of tenant {}",
          e.getClass().getName(), m.idempotencyKey(), m.tenant().value());
    }
  }

  private enum Counter {
    DELIVERED,
    RETRIED,
    DEAD,
    DEFERRED
  }

  /** A store call that records a result; returns whether the claim was still current. */
  @FunctionalInterface
  private interface Recording {
    boolean run();
  }

  /** Runs {@code recording} and counts its outcome; returns whether it took effect. */
  private boolean record(ClaimedMessage claim, Tally tally, Recording recording, Counter counter) {
    OutboxMessage m = claim.message();
    boolean recorded;
    try {
      recorded = recording.run();
    } catch (StoreException e) {
      LOG.warn("recording the result for message {} of tenant {} failed (SQLState {})",
          m.idempotencyKey(), m.tenant().value(), e.sqlState().orElse("none"), e);
      tally.unrecorded++;
      return false;
    }
    if (!recorded) {
      LOG.info("lease on message {} of tenant {} was taken over; result dropped",
          m.idempotencyKey(), m.tenant().value());
      tally.leaseLost++;
      return false;
    }
    switch (counter) {
      case DELIVERED -> tally.delivered++;
      case RETRIED -> tally.retried++;
      case DEAD -> tally.dead++;
      case DEFERRED -> tally.deferred++;
    }
    return true;
  }

  private static String endpoint(String name, DeliveryChannel channel, Message message) {
    try {
      String endpoint = channel.endpoint(message);
      return endpoint != null ? endpoint : "default";
    } catch (RuntimeException e) {
      LOG.warn("channel {} threw {} naming the endpoint of message {}", name,
          e.getClass().getName(), message.idempotencyKey());
      return "default";
    }
  }

  private static DeliveryResult deliver(String name, DeliveryChannel channel, Message message) {
    DeliveryResult result;
    try {
      result = channel.deliver(message);
    } catch (RuntimeException e) {
      // The exception's text may quote the message (an address, the body): log its class only.
      LOG.warn("channel {} threw {} delivering message {} of tenant {}", name,
          e.getClass().getName(), message.idempotencyKey(), message.tenant().value());
      return DeliveryResult.retryable("channel threw " + e.getClass().getName());
    }
    if (result == null) {
      LOG.warn("channel {} returned null for message {} of tenant {}", name,
          message.idempotencyKey(), message.tenant().value());
      return DeliveryResult.retryable("channel returned no result");
    }
    return result;
  }

  /** Counts of one run; confined to the calling thread. */
  private static final class Tally {
    int delivered;
    int retried;
    int dead;
    int deferred;
    int leaseLost;
    int unrecorded;
  }

  @Override
  public String toString() {
    return "OutboxWorker[" + workerId + ", channels=" + channels.keySet() + "]";
  }

  /** Builds an {@link OutboxWorker}. Not thread-safe. */
  public static final class Builder {
    private @Nullable OutboxStore store;
    private final Map<String, DeliveryChannel> channels = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.ofDefaults();
    private CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.ofDefaults();
    private int batchSize = DEFAULT_BATCH_SIZE;
    private Duration lease = DEFAULT_LEASE;
    private DeadLetterListener deadLetterListener = DeadLetterListener.noop();
    private @Nullable String workerId;

    private Builder() {}

    /** The store to deliver from (required). */
    public Builder store(OutboxStore store) {
      this.store = Checks.notNull("store", store);
      return this;
    }

    /**
     * Registers {@code channel} under {@code name}, the name producers enqueue with.
     *
     * @throws IllegalArgumentException if {@code name} is not an identifier or already registered
     */
    public Builder channel(String name, DeliveryChannel channel) {
      Checks.identifier("channel name", name);
      Checks.notNull("channel", channel);
      if (channels.putIfAbsent(name, channel) != null) {
        throw new IllegalArgumentException(
            "channel name must be registered once, but was '" + name + "' twice");
      }
      return this;
    }

    /** The clock for due times, leases, backoff and breakers (default: the system UTC clock). */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /** The retry policy (default {@link RetryPolicy#ofDefaults()}). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Checks.notNull("retryPolicy", retryPolicy);
      return this;
    }

    /** The circuit breakers' settings (default {@link CircuitBreakerConfig#ofDefaults()}). */
    public Builder circuitBreaker(CircuitBreakerConfig config) {
      this.breakerConfig = Checks.notNull("circuitBreaker", config);
      return this;
    }

    /**
     * How many messages one run claims at most (default {@value OutboxWorker#DEFAULT_BATCH_SIZE}).
     *
     * @throws IllegalArgumentException if {@code batchSize <= 0}
     */
    public Builder batchSize(int batchSize) {
      this.batchSize = Checks.positive("batchSize", batchSize);
      return this;
    }

    /**
     * How long a claim holds its messages (default 5 min): after that, another worker may take
     * them over. Must exceed the time one batch takes to deliver.
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder leaseLength(Duration lease) {
      Checks.notNull("leaseLength", lease);
      Checks.check(!lease.isNegative() && !lease.isZero(), "leaseLength", "> 0", lease);
      this.lease = lease;
      return this;
    }

    /** Told of every dead letter (default: nothing). */
    public Builder deadLetterListener(DeadLetterListener listener) {
      this.deadLetterListener = Checks.notNull("deadLetterListener", listener);
      return this;
    }

    /**
     * This worker's id, recorded with its claims (default: {@code worker-} and a random UUID);
     * e.g. the host name and process id.
     *
     * @throws IllegalArgumentException if it is blank or longer than 128 characters
     */
    public Builder workerId(String workerId) {
      this.workerId = OutboxArgs.workerId(workerId);
      return this;
    }

    /**
     * Builds the worker.
     *
     * @throws IllegalStateException if no store was set
     */
    public OutboxWorker build() {
      OutboxStore s = store;
      if (s == null) {
        throw new IllegalStateException("OutboxWorker needs a store: call store(...)");
      }
      return new OutboxWorker(this, s);
    }
  }
}
