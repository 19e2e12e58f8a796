package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an {@link EscalationWorker} on the host's own {@link ScheduledExecutorService} (the SDK starts
 * no thread): one {@link EscalationWorker#runDueWork()} at a time; when a run claimed a full batch the
 * next follows at once (a backlog drains without waiting), otherwise after the idle interval. A run
 * that throws is logged and the runner carries on after the interval. The executor stays the
 * host's: {@link #close()} stops this runner, not the executor.
 *
 * <p>Thread-safe.
 */
public final class EscalationRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EscalationRunner.class);

  private final EscalationWorker worker;
  private final ScheduledExecutorService executor;
  private final Duration idleInterval;
  private final AtomicLong runs = new AtomicLong();
  private final Object lock = new Object();
  private volatile boolean closed;
  private @Nullable ScheduledFuture<?> next;

  private EscalationRunner(EscalationWorker worker, ScheduledExecutorService executor, Duration idle) {
    this.worker = worker;
    this.executor = executor;
    this.idleInterval = idle;
  }

  /**
   * Starts running {@code worker} on {@code executor}: the first run at once, then as described
   * above.
   *
   * @param worker the worker
   * @param executor the host's executor
   * @param idleInterval the pause after a run that did not fill its batch
   * @return the running runner; close it to stop
   * @throws IllegalArgumentException if {@code idleInterval} is not positive
   * @throws RejectedExecutionException if the executor refuses the first run
   */
  public static EscalationRunner start(
      EscalationWorker worker, ScheduledExecutorService executor, Duration idleInterval) {
    Checks.notNull("worker", worker);
    Checks.notNull("executor", executor);
    Checks.notNull("idleInterval", idleInterval);
    Checks.check(
        !idleInterval.isNegative() && !idleInterval.isZero(), "idleInterval", "> 0", idleInterval);
    EscalationRunner runner = new EscalationRunner(worker, executor, idleInterval);
    runner.schedule(0);
    return runner;
  }

  /** How many runs have finished (including those that threw). */
  public long runs() {
    return runs.get();
  }

  /** Tells whether {@link #close()} has been called. */
  public boolean isClosed() {
    return closed;
  }

  /** Stops scheduling runs; a run in progress finishes. Calling it twice does nothing. */
  @Override
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
      EscalationReport report = worker.runDueWork();
      if (report.claimed() >= worker.batchSize()) {
        delay = 0;
      }
    } catch (RuntimeException e) {
      LOG.warn("escalation worker {} failed a run; trying again in {}", worker.workerId(),
          idleInterval, e);
    } finally {
      runs.incrementAndGet();
    }
    try {
      schedule(delay);
    } catch (RejectedExecutionException e) {
      LOG.info("the executor of escalation worker {} refused the next run; runner stopped",
          worker.workerId());
      closed = true;
    }
  }

  @Override
  public String toString() {
    return "EscalationRunner[" + worker.workerId() + (closed ? ", closed]" : "]");
  }
}
