package io.feedbackloop.routing.delivery.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port, recording every request and answering as
 * the test tells it to. Handlers run on a pool, so that one blocked handler does not stall others.
 */
final class LocalServer implements AutoCloseable {
  /** What the server does with a request (after recording it). */
  @FunctionalInterface
  interface Behavior {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** One recorded request; the body array is the test's to read. */
  @SuppressWarnings("ArrayRecordComponent")
  record Received(String method, String path, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      throw new AssertionError("no header " + name + " in " + headers.keySet());
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Behavior behavior = respond(200);

  private LocalServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getRawPath(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  body));
          behavior.handle(exchange);
        });
    server.setExecutor(executor);
    server.start();
  }

  static LocalServer start() {
    return new LocalServer();
  }

  /** An answer with {@code status}, the given header pairs and a short body. */
  static Behavior respond(int status, String... headerPairs) {
    return exchange -> {
      for (int i = 0; i + 1 < headerPairs.length; i += 2) {
        exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
      }
      byte[] body = "ok".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    };
  }

  void behave(Behavior b) {
    this.behavior = b;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  Received last() {
    if (received.isEmpty()) {
      throw new AssertionError("no request received");
    }
    return received.get(received.size() - 1);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
