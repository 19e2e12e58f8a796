package io.feedbackloop.examples.demo.run;

import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's stand-in for the shop's mail server: takes the survey invitations in process and
 * counts the distinct messages (by idempotency key, so a redelivery counts once). An SMTP round
 * trip per invitation would only make the demo slower without showing anything new; the
 * customer messages and team alerts go over real HTTP. Thread-safe.
 */
final class MailSink implements DeliveryChannel {
  private final Set<String> keys = ConcurrentHashMap.newKeySet();

  @Override
  public DeliveryResult deliver(Message message) {
    keys.add(message.idempotencyKey());
    return DeliveryResult.delivered();
  }

  long messages() {
    return keys.size();
  }
}
