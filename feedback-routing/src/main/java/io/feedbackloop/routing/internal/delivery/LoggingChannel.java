package io.feedbackloop.routing.internal.delivery;

import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs ids only (tenant, key, recipient kind) and reports success. */
public final class LoggingChannel implements DeliveryChannel {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingChannel.class);

  @Override
  public DeliveryResult deliver(Message message) {
    LOG.info(
        "message {} for tenant {} to a {}",
        message.idempotencyKey(),
        message.tenant().value(),
        message.recipient().getClass().getSimpleName());
    return DeliveryResult.delivered();
  }

  @Override
  public String toString() {
    return "LoggingChannel";
  }
}
