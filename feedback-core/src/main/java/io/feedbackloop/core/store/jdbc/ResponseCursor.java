package io.feedbackloop.core.store.jdbc;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.tx.OpenTransaction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * The lazy side of {@link JdbcResponseStore#stream}: reads one row per advance from an open cursor
 * and, when closed, releases the result set, the statement and the transaction.
 */
final class ResponseCursor extends Spliterators.AbstractSpliterator<Response> {
  private final ResultSet rs;
  private final PreparedStatement ps;
  private final OpenTransaction tx;
  private final JdbcResponseStore store;
  private boolean closed;

  ResponseCursor(ResultSet rs, PreparedStatement ps, OpenTransaction tx, JdbcResponseStore store) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.rs = rs;
    this.ps = ps;
    this.tx = tx;
    this.store = store;
  }

  @Override
  public boolean tryAdvance(Consumer<? super Response> action) {
    if (closed) {
      throw new IllegalStateException("the stream is closed");
    }
    Response next;
    try {
      if (!rs.next()) {
        return false;
      }
      next = store.decode(rs.getString(1), rs.getString(2));
    } catch (SQLException e) {
      throw store.failure("stream from", store.responsesTable(), e);
    }
    action.accept(next);
    return true;
  }

  /** Closes the cursor and ends the transaction; a second call does nothing. */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    StoreException failure = null;
    try {
      try {
        rs.close();
      } finally {
        ps.close();
      }
    } catch (SQLException e) {
      failure = new StoreException("closing a response stream failed", e);
    }
    try {
      if (failure == null) {
        tx.commit();
      }
    } catch (RuntimeException e) {
      failure = e instanceof StoreException s ? s : new StoreException("closing a response stream failed", null, e);
    } finally {
      try {
        tx.close();
      } catch (RuntimeException e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else {
          failure = e instanceof StoreException s ? s : new StoreException("closing a response stream failed", null, e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
