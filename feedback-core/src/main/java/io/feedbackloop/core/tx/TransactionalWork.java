package io.feedbackloop.core.tx;

import io.feedbackloop.core.StoreException;
import java.sql.SQLException;

/**
 * Work that runs inside a {@link Transaction}, handed to {@link UnitOfWork#inTransaction}.
 *
 * @param <T> what the work returns (use {@link Void} and return null for nothing)
 */
@FunctionalInterface
public interface TransactionalWork<T> {

  /**
   * Runs the work.
   *
   * @param tx the transaction the work runs in; valid only until this method returns
   * @return the result handed back by {@link UnitOfWork#inTransaction}
   * @throws SQLException on a database failure; the unit of work rolls back (when it owns the
   *     transaction) and wraps it in a {@link io.feedbackloop.core.StoreException}
   */
  T run(Transaction tx) throws SQLException;
}
