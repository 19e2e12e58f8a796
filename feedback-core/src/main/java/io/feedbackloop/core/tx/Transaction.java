package io.feedbackloop.core.tx;

import java.sql.Connection;

/**
 * One open transaction of a {@link UnitOfWork}, as seen by the work running in it. Not thread-safe:
 * use it only on the thread that runs the work, and only while the work runs.
 */
public interface Transaction {

  /**
   * The JDBC connection the transaction runs on. Do not commit, roll back, close it or change its
   * auto-commit mode: the unit of work does that.
   *
   * @throws IllegalStateException if the unit of work has no connection (an {@linkplain
   *     UnitOfWork#inMemory() in-memory} unit of work)
   */
  Connection connection();

  /**
   * Registers an action that undoes a change if the transaction rolls back. Undo actions run in
   * reverse order of registration; one that throws is logged and the others still run. In-memory
   * stores use this to honour all-or-nothing.
   *
   * @throws NullPointerException if {@code undo} is null
   */
  void onRollback(Runnable undo);

  /**
   * Registers an action to run once the transaction has committed, in order of registration. An
   * action that throws is logged and the others still run; the commit stands. With a {@linkplain
   * UnitOfWork#hostManaged host-managed} unit of work, the SDK cannot see the host's commit: the
   * actions run when the outermost SDK call returns normally.
   *
   * @throws NullPointerException if {@code action} is null
   */
  void afterCommit(Runnable action);
}
