package io.feedbackloop.core.tx;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Hands the SDK the host's current transactional connection, for {@link
 * UnitOfWork#hostManaged(ConnectionProvider)}. With Spring this is typically {@code () ->
 * DataSourceUtils.getConnection(dataSource)}; with JTA, a connection from the enlisted data source.
 *
 * <p>The SDK never commits, rolls back or closes a connection it got from here, and never changes
 * its auto-commit mode. Implementations must be safe to call from every thread that runs SDK work.
 */
@FunctionalInterface
public interface ConnectionProvider {

  /**
   * Returns the connection of the transaction the host has open on the calling thread.
   *
   * @throws SQLException if there is none or it cannot be obtained
   */
  Connection currentConnection() throws SQLException;
}
