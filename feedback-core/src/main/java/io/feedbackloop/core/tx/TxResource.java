package io.feedbackloop.core.tx;

import io.feedbackloop.core.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** What one transaction of a unit of work runs on: a connection the SDK owns, the host's, or none. */
interface TxResource {

  /** Opens the resource of a new transaction. */
  @FunctionalInterface
  interface Opener {
    TxResource open();
  }

  /** The connection, or null for an in-memory transaction. */
  @Nullable Connection connection();

  void commit() throws SQLException;

  void rollback() throws SQLException;

  /** Gives the resource back; runs after commit or rollback, also when they failed. */
  void release() throws SQLException;

  /** No connection at all. */
  static TxResource none() {
    return NONE;
  }

  /** The host's connection: never committed, rolled back or closed here. */
  static TxResource hosted(ConnectionProvider provider) {
    Connection con;
    try {
      con = provider.currentConnection();
    } catch (SQLException e) {
      throw new StoreException("getting the host's connection failed", e);
    }
    if (con == null) {
      throw new IllegalStateException(
          "the ConnectionProvider returned null: the host has no transactional connection open");
    }
    return new TxResource() {
      @Override
      public Connection connection() {
        return con;
      }

      @Override
      public void commit() {}

      @Override
      public void rollback() {}

      @Override
      public void release() {}
    };
  }

  /** A connection of the SDK's own: auto-commit off for the transaction, closed at the end. */
  static TxResource owned(DataSource dataSource) {
    Connection con;
    boolean restoreAutoCommit;
    try {
      con = dataSource.getConnection();
    } catch (SQLException e) {
      throw new StoreException("getting a connection from the DataSource failed", e);
    }
    try {
      restoreAutoCommit = con.getAutoCommit();
      if (restoreAutoCommit) {
        con.setAutoCommit(false);
      }
    } catch (SQLException e) {
      StoreException failure = new StoreException("switching auto-commit off failed", e);
      try {
        con.close();
      } catch (SQLException closing) {
        failure.addSuppressed(closing);
      }
      throw failure;
    }
    return new TxResource() {
      @Override
      public Connection connection() {
        return con;
      }

      @Override
      public void commit() throws SQLException {
        con.commit();
      }

      @Override
      public void rollback() throws SQLException {
        con.rollback();
      }

      @Override
      public void release() throws SQLException {
        try {
          if (restoreAutoCommit) {
            con.setAutoCommit(true);
          }
        } finally {
          con.close();
        }
      }
    };
  }

  TxResource NONE =
      new TxResource() {
        @Override
        public @Nullable Connection connection() {
          return null;
        }

        @Override
        public void commit() {}

        @Override
        public void rollback() {}

        @Override
        public void release() {}
      };
}
