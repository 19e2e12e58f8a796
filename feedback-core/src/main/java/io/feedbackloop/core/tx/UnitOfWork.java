package io.feedbackloop.core.tx;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.internal.Args;
import javax.sql.DataSource;

/**
 * Runs work in one transaction, so that everything the SDK stores for one submit (the response,
 * cases, outbox messages) is stored all-or-nothing. Every SDK store runs each of its calls through
 * its unit of work; give several stores the same unit of work and wrap their calls in {@link
 * #inTransaction} to make them one transaction.
 *
 * <p><b>Joining.</b> A call to {@link #inTransaction} made while this unit of work already has a
 * transaction open on the current thread joins it: it runs in the same transaction, and only the
 * outermost call commits or rolls back. If a joined call throws, the transaction is marked
 * rollback-only: it rolls back even if the outer work catches the exception and returns normally,
 * in which case the outermost call throws {@link IllegalStateException}. Transactions are bound to
 * the thread: work on another thread runs in its own transaction.
 *
 * <p><b>Failures.</b> An exception thrown by the work rolls the transaction back and is rethrown
 * as is, except {@link java.sql.SQLException}, which is wrapped in a {@link
 * io.feedbackloop.core.StoreException} carrying its SQLState. A failing commit or rollback
 * also throws a {@code StoreException}.
 *
 * <p>Implementations are thread-safe. No lock is held while the work runs.
 */
public interface UnitOfWork {

  /**
   * Runs {@code work} in a transaction: joins the one this unit of work has open on the current
   * thread, or opens one and commits it when the work returns normally (rolling back when it
   * throws).
   *
   * @param work the work
   * @param <T> what the work returns
   * @return what the work returned
   * @throws NullPointerException if {@code work} is null
   * @throws io.feedbackloop.core.StoreException if the work throws a {@link
   *     java.sql.SQLException} or the transaction cannot be opened, committed or rolled back
   * @throws IllegalStateException if a joined call failed but the outer work returned normally (the
   *     transaction was rolled back)
   */
  <T> T inTransaction(TransactionalWork<T> work);

  /**
   * Opens a transaction that stays open until the returned handle is committed or closed, for work
   * that outlives one call (a lazy stream). If this unit of work has a transaction open on the
   * current thread, the handle joins it and leaves committing to its owner. Otherwise the new
   * transaction is <em>not</em> bound to the thread: calls to {@link #inTransaction} do not join
   * it.
   *
   * @return the open transaction; the caller must close it
   * @throws io.feedbackloop.core.StoreException if no connection can be obtained
   */
  OpenTransaction begin();

  /**
   * A unit of work whose transactions the SDK manages on connections from {@code dataSource}: one
   * connection per transaction, auto-commit switched off, committed when the work returns normally,
   * rolled back when it throws; the auto-commit mode is then restored and the connection closed
   * (returned to the pool).
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  static UnitOfWork jdbc(DataSource dataSource) {
    DataSource ds = Args.notNull("dataSource", dataSource);
    return new ThreadBoundUnitOfWork("jdbc", () -> TxResource.owned(ds));
  }

  /**
   * A unit of work that runs in the host's own transaction, on the connection {@code provider}
   * hands out (Spring's {@code DataSourceUtils}, JTA). The SDK never commits, rolls back or closes
   * that connection: the host does. When the work throws, the undo actions registered with {@link
   * Transaction#onRollback} run and the exception propagates, so that the host rolls back; {@link
   * Transaction#afterCommit} actions run when the outermost SDK call returns normally, since the SDK
   * cannot see the host's commit.
   *
   * @throws NullPointerException if {@code provider} is null
   */
  static UnitOfWork hostManaged(ConnectionProvider provider) {
    ConnectionProvider p = Args.notNull("provider", provider);
    return new ThreadBoundUnitOfWork("hostManaged", () -> TxResource.hosted(p));
  }

  /**
   * A unit of work without a database, for the in-memory stores: it keeps an undo log that runs in
   * reverse order when the work throws. {@link Transaction#connection()} throws.
   */
  static UnitOfWork inMemory() {
    return new ThreadBoundUnitOfWork("inMemory", TxResource::none);
  }
}
