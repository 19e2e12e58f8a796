package io.feedbackloop.core.tx;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state of one transaction: its resource, undo log, after-commit actions and outcome. */
final class TxState implements OpenTransaction {
  private static final Logger LOG = LoggerFactory.getLogger(TxState.class);

  private final String kind;
  private final TxResource resource;
  private final List<Runnable> undo = new ArrayList<>();
  private final List<Runnable> afterCommit = new ArrayList<>();
  private @Nullable Throwable rollbackOnlyCause;
  private boolean ended;

  TxState(String kind, TxResource resource) {
    this.kind = kind;
    this.resource = resource;
  }

  @Override
  public Connection connection() {
    checkOpen();
    Connection con = resource.connection();
    if (con == null) {
      throw new IllegalStateException(
          "this "
              + kind
              + " unit of work has no database connection; JDBC stores need"
              + " UnitOfWork.jdbc(DataSource) or UnitOfWork.hostManaged(ConnectionProvider)");
    }
    return con;
  }

  @Override
  public void onRollback(Runnable action) {
    Args.notNull("undo", action);
    checkOpen();
    undo.add(action);
  }

  @Override
  public void afterCommit(Runnable action) {
    Args.notNull("action", action);
    checkOpen();
    afterCommit.add(action);
  }

  /** Marks the transaction rollback-only because a joined call failed. */
  void markRollbackOnly(Throwable cause) {
    if (rollbackOnlyCause == null) {
      rollbackOnlyCause = cause;
    }
  }

  @Nullable Throwable rollbackOnlyCause() {
    return rollbackOnlyCause;
  }

  @Override
  public void commit() {
    if (ended) {
      return;
    }
    Throwable doomed = rollbackOnlyCause;
    if (doomed != null) {
      IllegalStateException e =
          new IllegalStateException(
              "the "
                  + kind
                  + " unit of work was rolled back: a joined call failed with "
                  + doomed.getClass().getSimpleName()
                  + " and the outer work carried on",
              doomed);
      rollback(e);
      throw e;
    }
    try {
      resource.commit();
    } catch (SQLException e) {
      StoreException failure = new StoreException("commit failed", e);
      rollback(failure);
      throw failure;
    } catch (RuntimeException | Error e) {
      rollback(e);
      throw e;
    }
    ended = true;
    release(null);
    for (Runnable action : afterCommit) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.warn("an after-commit action of a {} unit of work failed", kind, e);
      }
    }
  }

  @Override
  public void close() {
    if (!ended) {
      StoreException failure = null;
      try {
        rollback(null);
      } catch (StoreException e) {
        failure = e;
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  /**
   * Rolls back, runs the undo log and releases the resource. Secondary failures are added to
   * {@code primary} as suppressed; without a primary, a failing rollback is thrown.
   */
  void rollback(@Nullable Throwable primary) {
    if (ended) {
      return;
    }
    ended = true;
    StoreException own = null;
    try {
      resource.rollback();
    } catch (SQLException | RuntimeException e) {
      if (primary != null) {
        primary.addSuppressed(e);
      } else {
        own = e instanceof SQLException sql ? new StoreException("rollback failed", sql)
            : new StoreException("rollback failed", null, e);
      }
    }
    for (int i = undo.size() - 1; i >= 0; i--) {
      try {
        undo.get(i).run();
      } catch (RuntimeException e) {
        LOG.warn("an undo action of a {} unit of work failed", kind, e);
        if (primary != null) {
          primary.addSuppressed(e);
        }
      }
    }
    release(primary != null ? primary : own);
    if (own != null) {
      throw own;
    }
  }

  private void release(@Nullable Throwable primary) {
    try {
      resource.release();
    } catch (SQLException | RuntimeException e) {
      if (primary != null) {
        primary.addSuppressed(e);
      } else if (e instanceof SQLException sql) {
        throw new StoreException("releasing the connection failed", sql);
      } else {
        throw (RuntimeException) e;
      }
    }
  }

  private void checkOpen() {
    if (ended) {
      throw new IllegalStateException(
          "the transaction has ended; use a Transaction only while its work runs");
    }
  }
}
