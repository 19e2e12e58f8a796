package io.feedbackloop.routing.delivery.sms;

import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryChannelContract;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link SmsChannel} against the channel contract, on a gateway that records what it got. */
class SmsChannelContractTest extends DeliveryChannelContract {
  private final List<String> keys = new CopyOnWriteArrayList<>();

  @Override
  protected DeliveryChannel channel() {
    SmsGateway recording =
        sms -> {
          keys.add(sms.idempotencyKey());
          return DeliveryResult.delivered();
        };
    return SmsChannel.builder()
        .gateway(recording)
        .senderId("Shop")
        .contacts(ContactDirectory.of(Map.of("c-1", Contact.ofPhone("+46701234567"))))
        .build();
  }

  @Override
  protected Message deliverable(String key) {
    return Message.builder()
        .tenant(TENANT)
        .recipient(Recipient.respondent("c-1"))
        .idempotencyKey(key)
        .text("How did we do? Reply 0-10")
        .build();
  }

  @Override
  protected List<String> received() {
    return keys;
  }
}
