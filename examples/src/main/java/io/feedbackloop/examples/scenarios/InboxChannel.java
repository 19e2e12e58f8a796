package io.feedbackloop.examples.scenarios;

import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A channel that keeps every message it is given, standing in for Slack, e-mail or SMS in the
 * examples so that they run offline and their tests can read what was sent. Thread-safe.
 */
public final class InboxChannel implements DeliveryChannel {
  private final List<Message> messages = new CopyOnWriteArrayList<>();

  /** Keeps the message and reports it delivered. */
  @Override
  public DeliveryResult deliver(Message message) {
    messages.add(message);
    return DeliveryResult.delivered();
  }

  /** The messages delivered so far, oldest first (a snapshot). */
  public List<Message> messages() {
    return List.copyOf(messages);
  }
}
