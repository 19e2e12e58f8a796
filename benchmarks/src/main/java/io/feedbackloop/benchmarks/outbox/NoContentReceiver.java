package io.feedbackloop.benchmarks.outbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** A JDK HttpServer on a loopback port that reads each request body and answers 204. */
final class NoContentReceiver implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService handlers = Executors.newFixedThreadPool(2);
  private final AtomicLong requests = new AtomicLong();

  NoContentReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(handlers);
    server.createContext(
        "/hook",
        exchange -> {
          try (exchange; InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            requests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
          }
        });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  long requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
