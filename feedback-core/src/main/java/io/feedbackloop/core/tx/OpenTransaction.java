package io.feedbackloop.core.tx;

import io.feedbackloop.core.StoreException;
/**
 * A transaction that outlives the call that opened it, from {@link UnitOfWork#begin()}: for work
 * whose end the caller does not control, such as a lazy stream over a database cursor.
 *
 * <p>Use it with try-with-resources: {@link #close()} rolls back unless {@link #commit()} ran. Not
 * thread-safe; it may be closed on another thread than the one that opened it, but not
 * concurrently with its use.
 */
public interface OpenTransaction extends Transaction, AutoCloseable {

  /**
   * Commits (when this transaction is not joined to an outer one) and runs the after-commit
   * actions. Calling it twice, or after {@link #close()}, does nothing.
   *
   * @throws io.feedbackloop.core.StoreException if the commit fails; the transaction is then
   *     rolled back
   */
  void commit();

  /**
   * Ends the transaction: rolls back and runs the undo actions unless {@link #commit()} ran, then
   * releases the connection. Calling it twice does nothing. A joined transaction is left to its
   * outer owner.
   *
   * @throws io.feedbackloop.core.StoreException if the rollback or the release fails
   */
  @Override
  void close();
}
