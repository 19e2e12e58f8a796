package io.feedbackloop.routing.delivery.mail;

import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryChannelContract;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.internal.mail.MailHeaders;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link EmailChannel} against the channel contract, on a transport that records what it got. */
class EmailChannelContractTest extends DeliveryChannelContract {
  private final List<String> messageIds = new CopyOnWriteArrayList<>();

  @Override
  protected DeliveryChannel channel() {
    MailTransport recording =
        mail -> {
          messageIds.add(mail.messageId());
          return DeliveryResult.delivered();
        };
    return EmailChannel.builder()
        .transport(recording)
        .from("feedback@shop.example", "Shop")
        .contacts(ContactDirectory.of(Map.of("c-1", Contact.ofEmail("ana@example.com"))))
        .build();
  }

  @Override
  protected Message deliverable(String key) {
    return Message.builder()
        .tenant(TENANT)
        .recipient(Recipient.respondent("c-1"))
        .idempotencyKey(key)
        .subject("How did we do?")
        .text("Tell us")
        .build();
  }

  @Override
  protected List<String> received() {
    return messageIds;
  }

  @Override
  protected String receivedIdOf(Message message) {
    return MailHeaders.messageId(message.tenant(), message.idempotencyKey(), "shop.example");
  }
}
