package io.feedbackloop.examples.demo.run;

import io.feedbackloop.core.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The demo's H2 file database ({@value #NAME} under the output directory) in PostgreSQL mode,
 * with a small connection pool. {@link #close()} shuts the database down, so that the files are
 * complete and the next run (in this JVM or another) opens them afresh.
 */
final class DemoDatabase implements AutoCloseable {
  static final String NAME = "feedback-demo-db";

  private final Path file;
  private final JdbcConnectionPool pool;

  private DemoDatabase(Path file, JdbcConnectionPool pool) {
    this.file = file;
    this.pool = pool;
  }

  static DemoDatabase open(Path directory) {
    Path file = directory.toAbsolutePath().resolve(NAME);
    String url = "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(8);
    return new DemoDatabase(file, pool);
  }

  DataSource dataSource() {
    return pool;
  }

  /** The database file's path without H2's {@code .mv.db} suffix. */
  Path file() {
    return file;
  }

  @Override
  public void close() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("shutdown");
    } catch (SQLException e) {
      throw new StoreException("demo database " + file + ": shutdown failed", e);
    } finally {
      pool.dispose();
    }
  }
}
