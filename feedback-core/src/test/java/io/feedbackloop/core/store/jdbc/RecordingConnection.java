package io.feedbackloop.core.store.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Wraps a connection and records the transaction-control calls made on it. */
final class RecordingConnection {
  private static final List<String> WATCHED =
      List.of("commit", "rollback", "close", "setAutoCommit", "abort");

  final List<String> calls = new CopyOnWriteArrayList<>();
  final Connection connection;

  RecordingConnection(Connection target) {
    this.connection =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (WATCHED.contains(method.getName())) {
                    calls.add(method.getName());
                  }
                  try {
                    return method.invoke(target, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
  }
}
