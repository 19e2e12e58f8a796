package io.feedbackloop.routing.outbox;

import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * A minimal webhook channel for the outbox tests: POSTs the message text with the message's key as
 * an {@code Idempotency-Key} header; 2xx is delivered, 429 and 5xx retryable, other codes
 * permanent, a timeout ambiguous.
 */
public final class HttpPostChannel implements DeliveryChannel {
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI target;

  public HttpPostChannel(URI target) {
    this.target = target;
  }

  @Override
  public DeliveryResult deliver(Message message) {
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(10))
            .header("Idempotency-Key", message.idempotencyKey())
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(message.text()))
            .build();
    try {
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 2) {
        return DeliveryResult.delivered();
      }
      if (status == 429 || status / 100 == 5) {
        return DeliveryResult.retryable("HTTP " + status);
      }
      return DeliveryResult.permanent("HTTP " + status);
    } catch (HttpTimeoutException e) {
      return DeliveryResult.ambiguous("timeout");
    } catch (IOException e) {
      return DeliveryResult.retryable(e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryResult.retryable("interrupted");
    }
  }

  @Override
  public String endpoint(Message message) {
    return target.getHost() + ":" + target.getPort();
  }
}
