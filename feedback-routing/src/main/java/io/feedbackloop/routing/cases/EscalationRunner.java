package io.feedbackloop.routing.cases;

import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.internal.work.DueWorkLoop;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

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
  private final EscalationWorker worker;
  private final DueWorkLoop loop;

  private EscalationRunner(EscalationWorker worker, ScheduledExecutorService executor, Duration idle) {
    this.worker = worker;
    this.loop =
        new DueWorkLoop(
            "escalation worker " + worker.workerId(),
            () -> worker.runDueWork().claimed() >= worker.batchSize(),
            executor,
            idle);
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
    runner.loop.start();
    return runner;
  }

  /** How many runs have finished (including those that threw). */
  public long runs() {
    return loop.runs();
  }

  /** Tells whether {@link #close()} has been called (or the executor refused a run). */
  public boolean isClosed() {
    return loop.isClosed();
  }

  /** Stops scheduling runs; a run in progress finishes. Calling it twice does nothing. */
  @Override
  public void close() {
    loop.close();
  }

  @Override
  public String toString() {
    return "EscalationRunner[" + worker.workerId() + (loop.isClosed() ? ", closed]" : "]");
  }
}
