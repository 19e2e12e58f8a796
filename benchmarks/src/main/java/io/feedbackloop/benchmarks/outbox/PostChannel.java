package io.feedbackloop.benchmarks.outbox;

import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts a message's text with an {@code Idempotency-Key} header through the JDK HttpClient
 * (HTTP/1.1, kept-alive connections); 2xx is delivered, anything else retryable. Used by the
 * outbox benchmark and, through {@link #post}, by its no-outbox peer.
 */
final class PostChannel implements DeliveryChannel {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final URI target;

  PostChannel(URI target) {
    this.target = target;
  }

  /** Posts once; returns the status code, or -1 on an I/O failure. */
  int post(String idempotencyKey, String text) {
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(10))
            .header("Idempotency-Key", idempotencyKey)
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(text))
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  @Override
  public DeliveryResult deliver(Message message) {
    int status = post(message.idempotencyKey(), message.text());
    return status / 100 == 2 ? DeliveryResult.delivered() : DeliveryResult.retryable("HTTP " + status);
  }
}
