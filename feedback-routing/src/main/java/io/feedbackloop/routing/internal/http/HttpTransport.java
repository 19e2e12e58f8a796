package io.feedbackloop.routing.internal.http;

import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.http.HttpChannelConfig;
import io.feedbackloop.routing.delivery.http.UrlPolicy;
import io.feedbackloop.routing.internal.rules.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs a body to one URL and maps the outcome to a {@link DeliveryResult}; shared by the HTTP
 * channels. Checks the URL against the {@link UrlPolicy} when built (a refusal throws) and before
 * each request (a refusal is a permanent failure). The client never follows redirects. Thread-safe.
 */
public final class HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
  private static final int BODY_LIMIT = 1024;
  private static final String USER_AGENT = "FeedbackLoop-SDK";

  private static final ConcurrentMap<Duration, HttpClient> CLIENTS = new ConcurrentHashMap<>();

  private final URI url;
  private final String origin;
  private final String host;
  private final HttpChannelConfig config;
  private final HttpClient client;

  /**
   * A transport to {@code url}.
   *
   * @throws IllegalArgumentException if the policy refuses {@code url}
   */
  public HttpTransport(URI url, HttpChannelConfig config) {
    this.url = url;
    this.config = config;
    this.origin = Origin.of(url);
    this.host = Origin.host(url);
    try {
      config.urlPolicy().check(url);
    } catch (UncheckedIOException e) {
      // DNS may be down while the host starts; every send checks again.
      LOG.debug("host {} does not resolve yet; it is checked again when sending", host);
    }
    this.client = CLIENTS.computeIfAbsent(config.connectTimeout(), HttpTransport::newClient);
  }

  /**
   * One client per connect timeout, shared by every channel in the JVM: each JDK client runs its own
   * selector thread and connection pool, so a client per channel would start a thread per channel.
   */
  private static HttpClient newClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .build();
  }

  /** The target host, lower case: the key of the outbox worker's circuit breaker. */
  public String host() {
    return host;
  }

  /** {@code scheme://host[:port]}: the printable part of the URL. */
  public String origin() {
    return origin;
  }

  /**
   * Sends {@code body} as a POST with {@code headers} and reports the outcome; never throws.
   *
   * @param message the message, for log lines (ids only)
   */
  public DeliveryResult post(
      Message message, String contentType, byte[] body, Map<String, String> headers) {
    DeliveryResult result;
    try {
      result = send(contentType, body, headers);
    } catch (RuntimeException e) {
      // The exception's text is not logged: it might quote the URL, whose path is a secret.
      LOG.warn(
          "delivery {} to {} failed unexpectedly: {}",
          message.idempotencyKey(),
          origin,
          e.getClass().getName());
      result = DeliveryResult.retryable("unexpected " + e.getClass().getSimpleName());
    }
    if (!(result instanceof DeliveryResult.Delivered)) {
      LOG.info(
          "delivery {} for tenant {}: {}",
          message.idempotencyKey(),
          message.tenant().value(),
          result.describe());
    }
    return result;
  }

  private DeliveryResult send(String contentType, byte[] body, Map<String, String> headers) {
    UrlPolicy policy = config.urlPolicy();
    try {
      policy.check(url);
    } catch (IllegalArgumentException e) {
      return DeliveryResult.permanent(String.valueOf(e.getMessage()));
    } catch (UncheckedIOException e) {
      return DeliveryResult.retryable("host " + host + " does not resolve");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(config.requestTimeout())
            .header("Content-Type", contentType)
            .header("User-Agent", USER_AGENT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(request.build(), info -> new BoundedBody(BODY_LIMIT));
    try {
      // The client's own timeout ends at the response headers; this one bounds a slow body too.
      HttpResponse<byte[]> response =
          pending.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return ResponseMapping.map(
          response.statusCode(),
          response.headers().firstValue("Retry-After"),
          new String(response.body(), StandardCharsets.UTF_8),
          config.clock().instant(),
          origin);
    } catch (TimeoutException e) {
      pending.cancel(true);
      return timedOut();
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      return DeliveryResult.retryable("interrupted while sending to " + origin);
    } catch (ExecutionException e) {
      return failure(e.getCause() == null ? e : e.getCause());
    }
  }

  private DeliveryResult timedOut() {
    return DeliveryResult.ambiguous(
        "no response from " + origin + " within " + config.requestTimeout().toMillis() + " ms");
  }

  /** Maps a failure of the exchange; the order matters (a connect timeout is a timeout too). */
  DeliveryResult failure(Throwable e) {
    if (e instanceof HttpConnectTimeoutException) {
      return DeliveryResult.retryable(
          "no connection to " + origin + " within " + config.connectTimeout().toMillis() + " ms");
    }
    if (e instanceof HttpTimeoutException) {
      return timedOut();
    }
    if (e instanceof ConnectException) {
      return DeliveryResult.retryable("connection to " + origin + " refused");
    }
    if (e instanceof SSLException) {
      return DeliveryResult.retryable(
          "TLS with " + origin + " failed (" + e.getClass().getSimpleName() + ")");
    }
    if (e instanceof IOException) {
      return DeliveryResult.retryable("connection to " + origin + " failed" + detail(e));
    }
    if (e instanceof IllegalArgumentException) {
      // e.g. a header value the client rejects: the same request would fail again.
      return DeliveryResult.permanent("request to " + origin + " rejected by the HTTP client");
    }
    LOG.warn("request to {} failed unexpectedly: {}", origin, e.getClass().getName());
    return DeliveryResult.retryable(
        "request to " + origin + " failed (" + e.getClass().getSimpleName() + ")");
  }

  /** The exception's class and message, unless the message could quote a secret of the URL. */
  private String detail(Throwable e) {
    String text = e.getMessage();
    String path = url.getRawPath();
    String query = url.getRawQuery();
    if (text == null
        || text.contains("://")
        || (path != null && path.length() > 1 && text.contains(path))
        || (query != null && text.contains(query))) {
      return " (" + e.getClass().getSimpleName() + ")";
    }
    return " (" + e.getClass().getSimpleName() + ": " + Checks.printable(text) + ")";
  }

  @Override
  public String toString() {
    return origin;
  }
}
