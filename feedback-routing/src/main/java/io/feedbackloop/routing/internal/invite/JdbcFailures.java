package io.feedbackloop.routing.internal.invite;

import io.feedbackloop.core.StoreException;
import java.sql.SQLException;

/** Turns SQL failures of the invitation store into {@link StoreException}s naming table and operation. */
public final class JdbcFailures {
  private JdbcFailures() {}

  /** A failure of {@code operation} on {@code table}; a missing table gets a hint how to create it. */
  public static StoreException of(String operation, String table, String prefix, SQLException e) {
    String state = e.getSQLState();
    boolean missingTable =
        "42P01".equals(state)
            || "42S02".equals(state)
            || "42S04".equals(state)
            || e.getErrorCode() == 42102
            || e.getErrorCode() == 42104;
    if (missingTable) {
      return new StoreException(
          operation
              + " "
              + table
              + " failed: a table does not exist; create the schema first with"
              + " SchemaMigrator.builder().dataSource(ds).tablePrefix(\""
              + prefix
              + "\").build().migrate(RoutingMigrations.all()), or apply the scripts from"
              + " SchemaMigrator.render(RoutingMigrations.all()) with your own tool",
          e);
    }
    return new StoreException(operation + " " + table + " failed", e);
  }
}
