package io.feedbackloop.examples.scale;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local HTTP receiver of every node's webhooks, on the JDK {@link HttpServer} (port 0): records
 * each request's channel (the path), idempotency key ({@code webhook-id}) and a hash of its {@code
 * data} part (the body without the per-attempt timestamp), and answers 204.
 */
final class Receiver implements AutoCloseable {
  /** One request the receiver got. */
  record Received(String channel, String key, String dataHash) {}

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newFixedThreadPool(4);
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
  private final AtomicLong lastNanos = new AtomicLong();

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.setExecutor(handlers);
    server.createContext("/staff", ex -> record("staff", ex));
    server.createContext("/email", ex -> record("email", ex));
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** When the last request arrived ({@link System#nanoTime()}), 0 if none did. */
  long lastNanos() {
    return lastNanos.get();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void record(String channel, HttpExchange exchange) throws IOException {
    try (exchange) {
      String key = exchange.getRequestHeaders().getFirst("webhook-id");
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int data = body.indexOf("\"data\":");
      received.add(new Received(channel, key == null ? "" : key, sha256(data < 0 ? body : body.substring(data))));
      lastNanos.accumulateAndGet(System.nanoTime(), Math::max);
      exchange.sendResponseHeaders(204, -1);
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
