package io.feedbackloop.core.tx;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.StoreException;
import java.lang.reflect.UndeclaredThrowableException;
import java.sql.SQLException;

/** The stock {@link UnitOfWork}: one transaction per thread, joined by nested calls. */
final class ThreadBoundUnitOfWork implements UnitOfWork {
  private final String kind;
  private final TxResource.Opener opener;

  // One binding per unit of work instance is the point: two units of work on one thread are two
  // transactions. The binding is removed when the outermost call ends, so pooled threads keep none.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<TxState> current = new ThreadLocal<>();

  ThreadBoundUnitOfWork(String kind, TxResource.Opener opener) {
    this.kind = kind;
    this.opener = opener;
  }

  @Override
  public <T> T inTransaction(TransactionalWork<T> work) {
    Args.notNull("work", work);
    TxState joined = current.get();
    if (joined != null) {
      try {
        return work.run(joined);
      } catch (Throwable e) {
        joined.markRollbackOnly(e);
        throw propagate(e);
      }
    }
    TxState tx = new TxState(kind, opener.open());
    current.set(tx);
    T result;
    try {
      result = work.run(tx);
    } catch (Throwable e) {
      current.remove();
      if (e instanceof Error err) {
        tx.rollback(err);
        throw err;
      }
      RuntimeException thrown = propagate(e);
      tx.rollback(thrown);
      throw thrown;
    }
    current.remove();
    tx.commit();
    return result;
  }

  @Override
  public OpenTransaction begin() {
    TxState joined = current.get();
    if (joined != null) {
      return new JoinedTransaction(joined);
    }
    return new TxState(kind, opener.open());
  }

  private static RuntimeException propagate(Throwable e) {
    if (e instanceof RuntimeException r) {
      return r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    if (e instanceof SQLException sql) {
      return new StoreException("transactional work failed", sql);
    }
    return new UndeclaredThrowableException(e);
  }

  @Override
  public String toString() {
    return "UnitOfWork[" + kind + "]";
  }
}
