package io.feedbackloop.examples.web;

import com.sun.net.httpserver.HttpServer;
import io.feedbackloop.routing.web.SurveyPages;
import io.feedbackloop.routing.web.WebPage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Serves {@link SurveyPages} with the JDK's {@link HttpServer}: {@code GET /s/<token>} is {@link
 * SurveyPages#render}, {@code POST /s/<token>} is {@link SurveyPages#submit(String, String,
 * String)} with the body read up to {@value #MAX_BODY_BYTES} bytes (413 above), {@code GET /} an
 * optional index page; any other path is 404, any other method (also {@code HEAD}) 405 with {@code
 * Allow}. The page's status, headers and body are copied onto the response unchanged.
 *
 * <p>Two steps, because the loop needs the server's address (its link base URL) before the pages
 * exist: {@link #bind} opens the socket (port 0 picks a free one, see {@link #baseUri()}), {@link
 * #start} serves. A small pool of {@value #THREADS} daemon threads handles requests; {@link
 * #close()} stops it.
 *
 * <pre>{@code
 * try (SurveyServer server = SurveyServer.bind(8080)) {
 *   FeedbackLoop loop = FeedbackLoop.builder()...linkBaseUrl(server.baseUri()).build();
 *   server.start(SurveyPages.builder().loop(loop).build());
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe. A failure inside the pages is logged (without the token) and answered 500.
 */
public final class SurveyServer implements AutoCloseable {
  /** The largest form body accepted, in bytes. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /** The number of request threads. */
  public static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;
  private boolean started;
  private boolean closed;

  private SurveyServer(HttpServer server) {
    this.server = server;
    this.executor = Executors.newFixedThreadPool(THREADS, new Named());
  }

  /**
   * Binds to {@code 127.0.0.1:port}, without serving yet.
   *
   * @param port the port, or 0 for a free one
   * @throws IllegalArgumentException if the port is not in 0..65535
   * @throws IOException if the port cannot be bound
   */
  public static SurveyServer bind(int port) throws IOException {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 0..65535, but was " + port);
    }
    return bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  /**
   * Binds to {@code address}, without serving yet. Bind to a public interface only behind a
   * reverse proxy that adds TLS.
   *
   * @throws IOException if the address cannot be bound
   */
  public static SurveyServer bind(InetSocketAddress address) throws IOException {
    Objects.requireNonNull(address, "address must not be null");
    return new SurveyServer(HttpServer.create(address, 0));
  }

  /** The port bound (the one chosen when 0 was asked for). */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * {@code http://<bound address>:<port>} without a trailing slash, e.g. {@code
   * http://127.0.0.1:41234}.
   */
  public URI baseUri() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().getHostAddress();
    String authority = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return URI.create("http://" + authority + ":" + a.getPort());
  }

  /**
   * Starts serving {@code pages}, with no index page ({@code GET /} is 404).
   *
   * @return this server
   * @throws IllegalStateException if already started or closed
   */
  public SurveyServer start(SurveyPages pages) {
    return start(pages, null);
  }

  /**
   * Starts serving {@code pages}, and {@code index} on {@code GET /} (called per request, from the
   * request threads).
   *
   * @param index the index page, or null for none
   * @return this server
   * @throws IllegalStateException if already started or closed
   */
  public synchronized SurveyServer start(SurveyPages pages, @Nullable Supplier<WebPage> index) {
    Objects.requireNonNull(pages, "pages must not be null");
    if (started || closed) {
      throw new IllegalStateException("the server was already " + (closed ? "closed" : "started"));
    }
    server.createContext("/", new SurveyRoutes(pages, index, MAX_BODY_BYTES));
    server.setExecutor(executor);
    server.start();
    started = true;
    return this;
  }

  /** Stops serving at once and frees the port. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    // JDK 17's stop(n) waits the full n seconds even when no exchange is in flight
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    String state = closed ? ", closed" : started ? ", serving" : "";
    return "SurveyServer[" + baseUri() + state + "]";
  }

  private static final class Named implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "survey-http-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
