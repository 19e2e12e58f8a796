package io.feedbackloop.core.store.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/** In-memory H2 databases in PostgreSQL mode, the way the SDK documents them. */
public final class H2Databases {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private H2Databases() {}

  /** A new, empty database that lives as long as the JVM, behind a connection pool. */
  public static DataSource fresh() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:fl"
            + COUNTER.incrementAndGet()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
    pool.setMaxConnections(32);
    return pool;
  }
}
