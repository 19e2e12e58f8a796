package io.feedbackloop.routing.internal.work;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one unit of due work at a time on the host's executor: again at once when a run filled its
 * batch (a backlog drains without waiting), otherwise after the idle interval. A run that throws
 * is logged and the loop carries on after the interval; an executor that refuses the next run stops
 * the loop. Thread-safe. Shared by the outbox and escalation runners.
 */
public final class DueWorkLoop {
  private static final Logger LOG = LoggerFactory.getLogger(DueWorkLoop.class);

  private final String name;
  private final BooleanSupplier runFilledBatch;
  private final ScheduledExecutorService executor;
  private final Duration idleInterval;
  private final AtomicLong runs = new AtomicLong();
  private final Object lock = new Object();
  private volatile boolean closed;
  private @Nullable ScheduledFuture<?> next;

  /**
   * A loop, not yet started.
   *
   * @param name what runs, for log lines (e.g. {@code "outbox worker node-1"})
   * @param runFilledBatch one run; returns whether it filled its batch
   */
  public DueWorkLoop(
      String name,
      BooleanSupplier runFilledBatch,
      ScheduledExecutorService executor,
      Duration idleInterval) {
    this.name = name;
    this.runFilledBatch = runFilledBatch;
    this.executor = executor;
    this.idleInterval = idleInterval;
  }

  /**
   * Schedules the first run at once.
   *
   * @throws RejectedExecutionException if the executor refuses it
   */
  public void start() {
    schedule(0);
  }

  /** How many runs have finished (including those that threw). */
  public long runs() {
    return runs.get();
  }

  /** Tells whether the loop was closed or stopped. */
  public boolean isClosed() {
    return closed;
  }

  /** Stops scheduling runs; a run in progress finishes. Idempotent. */
  public void close() {
    closed = true;
    synchronized (lock) {
      ScheduledFuture<?> f = next;
      if (f != null) {
        f.cancel(false);
      }
    }
  }

  private void schedule(long delayNanos) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      next = executor.schedule(this::runOnce, delayNanos, TimeUnit.NANOSECONDS);
    }
  }

  private void runOnce() {
    if (closed) {
      return;
    }
    long delay = idleInterval.toNanos();
    try {
      if (runFilledBatch.getAsBoolean()) {
        delay = 0;
      }
    } catch (RuntimeException e) {
      LOG.warn("{} failed a run; trying again in {}", name, idleInterval, e);
    } finally {
      runs.incrementAndGet();
    }
    try {
      schedule(delay);
    } catch (RejectedExecutionException e) {
      LOG.info("the executor of {} refused the next run; runner stopped", name);
      closed = true;
    }
  }
}
