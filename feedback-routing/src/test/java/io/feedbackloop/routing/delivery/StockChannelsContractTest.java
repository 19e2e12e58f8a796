package io.feedbackloop.routing.delivery;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;

/** The stock no-op and logging channels against the channel contract. */
class StockChannelsContractTest {

  private static Message message(String key) {
    return Message.builder()
        .tenant(DeliveryChannelContract.TENANT)
        .recipient(Recipient.team("support"))
        .idempotencyKey(key)
        .subject("Detractor")
        .text("Score 3")
        .build();
  }

  @Nested
  class Noop extends DeliveryChannelContract {
    @Override
    protected DeliveryChannel channel() {
      return DeliveryChannel.noop();
    }

    @Override
    protected Message deliverable(String key) {
      return message(key);
    }

    @Override
    protected @Nullable List<String> received() {
      return null;
    }
  }

  @Nested
  class Logging extends DeliveryChannelContract {
    @Override
    protected DeliveryChannel channel() {
      return DeliveryChannel.logging();
    }

    @Override
    protected Message deliverable(String key) {
      return message(key);
    }

    @Override
    protected @Nullable List<String> received() {
      return null;
    }
  }
}
