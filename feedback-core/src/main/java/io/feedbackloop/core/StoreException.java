package io.feedbackloop.core;

import java.sql.SQLException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A store or its database failed: a SQL error, a missing schema, a failed commit. The message names
 * the operation and the table, never row contents; the SQLState, when there is one, is available
 * from {@link #sqlState()} and the driver's exception is the cause.
 */
public class StoreException extends FeedbackException {
  private static final long serialVersionUID = 1L;

  /** The SQLState, or null. */
  private final @Nullable String sqlState;

  /**
   * Creates an exception for a SQL failure; the message gets the SQLState appended.
   *
   * @param message what failed, e.g. {@code "append to fl_responses failed"}
   * @param cause the driver's exception
   */
  public StoreException(String message, SQLException cause) {
    this(withState(message, cause.getSQLState()), cause.getSQLState(), cause);
  }

  /**
   * Creates an exception.
   *
   * @param message what failed
   * @param sqlState the SQLState, or null if there is none
   * @param cause the cause, or null
   */
  public StoreException(String message, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
  }

  /** The SQLState of the database error, if the failure came from the database. */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }

  private static String withState(String message, @Nullable String state) {
    return state == null ? message : message + " (SQLState " + state + ")";
  }
}
