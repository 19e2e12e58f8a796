package io.feedbackloop.examples.scale;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A bounded connection pool for a child node: at most {@code size} physical connections, opened on
 * demand (opening one costs ~10 ms, too slow per unit of work). A connection given back is rolled
 * back and set to auto-commit. The test's core support pool is private to the parent JVM; the
 * examples module has no pool library, and this is all a node needs.
 */
final class NodePool implements DataSource {
  private final DataSource target;
  private final int size;
  private final BlockingQueue<Connection> idle;
  private final AtomicInteger opened = new AtomicInteger();

  NodePool(DataSource target, int size) {
    this.target = target;
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.poll();
    if (physical == null && opened.getAndIncrement() < size) {
      physical = target.getConnection();
    } else if (physical == null) {
      opened.decrementAndGet();
      try {
        physical = idle.poll(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted waiting for a pooled connection", "08001", e);
      }
      if (physical == null) {
        throw new SQLException("no pooled connection free within 30 s (pool of " + size + ")", "08001");
      }
    }
    return lease(physical);
  }

  private Connection lease(Connection real) {
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
                case "hashCode" -> {
                  return System.identityHashCode(proxy);
                }
                case "equals" -> {
                  return proxy == args[0];
                }
                case "toString" -> {
                  return "pooled " + real;
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
    throw new SQLFeatureNotSupportedException("the node pool has one user");
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    throw new SQLFeatureNotSupportedException("no log writer");
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
