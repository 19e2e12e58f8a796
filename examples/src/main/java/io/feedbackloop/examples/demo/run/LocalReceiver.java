package io.feedbackloop.examples.demo.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JDK {@link HttpServer} on a free loopback port that stands in for the shop's webhook endpoint
 * ({@value #WEBHOOK}) and a Slack incoming webhook ({@value #SLACK}). It answers 200 to every POST
 * and counts the distinct messages per path (by the {@code webhook-id} header, or the body's
 * SHA-256 when there is none), so an at-least-once redelivery is counted once. Thread-safe; close
 * it to stop the server.
 */
final class LocalReceiver implements AutoCloseable {
  static final String WEBHOOK = "/webhook";
  static final String SLACK = "/slack";
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final Set<String> webhookIds = ConcurrentHashMap.newKeySet();
  private final Set<String> slackIds = ConcurrentHashMap.newKeySet();
  private final AtomicLong requests = new AtomicLong();

  private LocalReceiver(HttpServer server) {
    this.server = server;
  }

  /** Starts a receiver on a free loopback port. */
  static LocalReceiver start() throws IOException {
    // Without TCP_NODELAY every response waits out the client's delayed ACK (about 40 ms); the
    // JDK server reads this once, so it only helps if no server was created in this JVM before.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    LocalReceiver receiver = new LocalReceiver(server);
    server.createContext(WEBHOOK, ex -> receiver.handle(ex, receiver.webhookIds));
    server.createContext(SLACK, ex -> receiver.handle(ex, receiver.slackIds));
    // handlers only count and answer: running them on the dispatcher thread saves a hand-off
    server.setExecutor(null);
    server.start();
    return receiver;
  }

  /** The URL of {@code path} on this receiver. */
  URI url(String path) {
    return URI.create(
        "http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Distinct messages received on the webhook path. */
  long webhookMessages() {
    return webhookIds.size();
  }

  /** Distinct messages received on the Slack path. */
  long slackMessages() {
    return slackIds.size();
  }

  /** HTTP requests received, redeliveries included. */
  long requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange, Set<String> ids) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      requests.incrementAndGet();
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      ids.add(id != null ? id : sha256(body));
      byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, ok.length);
      exchange.getResponseBody().write(ok);
    }
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
