package io.feedbackloop.routing.internal.jdbc;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.rules.Checks;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Helpers shared by the routing JDBC stores. */
public final class JdbcSupport {
  /** The default table prefix, as in the core stores. */
  public static final String DEFAULT_PREFIX = "fl_";

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}");

  private JdbcSupport() {}

  /** Checks a table prefix: a lower-case letter, then up to 20 lower-case letters, digits, '_'. */
  public static String prefix(@Nullable String prefix) {
    String p = Checks.notNull("tablePrefix", prefix);
    Checks.check(
        PREFIX.matcher(p).matches(),
        "tablePrefix",
        "a lower-case letter followed by up to 20 lower-case letters, digits or '_'",
        "'" + Checks.printable(p) + "'");
    return p;
  }

  /** Binds an instant as {@code timestamp with time zone}. */
  public static void setInstant(PreparedStatement ps, int index, @Nullable Instant value)
      throws SQLException {
    ps.setObject(index, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
  }

  /** Reads a {@code timestamp with time zone} column. */
  public static @Nullable Instant getInstant(ResultSet rs, int index) throws SQLException {
    OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** Reads a non-null {@code timestamp with time zone} column. */
  public static Instant requireInstant(ResultSet rs, int index) throws SQLException {
    Instant t = getInstant(rs, index);
    if (t == null) {
      throw new SQLException("column " + index + " is null but must not be");
    }
    return t;
  }

  /**
   * Wraps a SQL failure of {@code operation} on {@code table} into a {@link StoreException} naming
   * both; a missing table (PostgreSQL 42P01, H2 42S02/42S04 or error 42102/42104) gets a hint how to
   * create the schema with this {@code prefix}.
   */
  public static StoreException failure(String operation, String table, String prefix, SQLException e) {
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

  /**
   * The unit of work a store builder was given: {@code unitOfWork} itself, or {@code
   * UnitOfWork.jdbc(dataSource)}.
   *
   * @param store the store's class name, for the message
   * @throws IllegalStateException unless exactly one of them is set
   */
  public static UnitOfWork unitOfWork(
      String store, @Nullable UnitOfWork unitOfWork, @Nullable DataSource dataSource) {
    if (unitOfWork != null && dataSource == null) {
      return unitOfWork;
    }
    if (unitOfWork == null && dataSource != null) {
      return UnitOfWork.jdbc(dataSource);
    }
    throw new IllegalStateException(
        store
            + " needs exactly one of unitOfWork(...) and dataSource(...), but got "
            + (unitOfWork == null ? "neither" : "both"));
  }
}
