package io.feedbackloop.core.tx;

import java.sql.Connection;

/** An {@link OpenTransaction} that joins an outer one: committing and closing are left to it. */
final class JoinedTransaction implements OpenTransaction {
  private final TxState outer;

  JoinedTransaction(TxState outer) {
    this.outer = outer;
  }

  @Override
  public Connection connection() {
    return outer.connection();
  }

  @Override
  public void onRollback(Runnable undo) {
    outer.onRollback(undo);
  }

  @Override
  public void afterCommit(Runnable action) {
    outer.afterCommit(action);
  }

  @Override
  public void commit() {}

  @Override
  public void close() {}
}
