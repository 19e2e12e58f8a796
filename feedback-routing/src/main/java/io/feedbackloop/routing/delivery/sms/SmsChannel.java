package io.feedbackloop.routing.delivery.sms;

import io.feedbackloop.core.contact.PhoneNumber;
import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@link Message}s as SMS through an {@link SmsGateway}, using the message's plain text
 * (the subject and HTML are not sent).
 *
 * <pre>{@code
 * DeliveryChannel sms = SmsChannel.builder()
 *     .gateway(myProviderGateway)
 *     .senderId("Acme")
 *     .contacts(customerDirectory)
 *     .build();
 * }</pre>
 *
 * <p><b>Recipients.</b> A {@link Recipient.Phone} is used as it is; a {@link Recipient.Respondent}
 * is looked up in the {@link ContactDirectory} at send time. An unknown respondent, one without a
 * phone number, and e-mail or team recipients fail permanently (the reason names the respondent id,
 * never a number); a directory that throws makes the attempt retryable.
 *
 * <p><b>Length.</b> A text longer than {@link Builder#maxSegments} segments (default 3: 459 GSM
 * characters, 201 for texts that need Unicode) fails permanently, or, with {@link
 * Builder#truncate(boolean)}, is cut to fit and ends with {@code "..."}. An empty text fails
 * permanently.
 *
 * <p>A gateway that throws is caught and logged (exception class and ids only) and the attempt is
 * retryable. Logs never carry the number or the text. Immutable and thread-safe if the gateway and
 * directory are.
 */
public final class SmsChannel implements DeliveryChannel {
  private static final Logger LOG = LoggerFactory.getLogger(SmsChannel.class);

  /** The default limit: three concatenated segments. */
  public static final int DEFAULT_MAX_SEGMENTS = 3;

  private final SmsGateway gateway;
  private final String senderId;
  private final ContactDirectory contacts;
  private final int maxSegments;
  private final boolean truncate;

  private SmsChannel(Builder b) {
    this.gateway = Checks.notNull("gateway", b.gateway);
    this.senderId = Checks.notNull("senderId", b.senderId);
    this.contacts = b.contacts;
    this.maxSegments = b.maxSegments;
    this.truncate = b.truncate;
  }

  /** Starts a channel; the gateway and the sender id are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public DeliveryResult deliver(Message message) {
    Checks.notNull("message", message);
    String text = message.text();
    if (text.isEmpty()) {
      return DeliveryResult.permanent("the message has no text to send as SMS");
    }
    int segments = SmsSegments.count(text);
    if (segments > maxSegments) {
      if (!truncate) {
        return DeliveryResult.permanent(
            "the text needs " + segments + " SMS segments, more than the " + maxSegments + " allowed");
      }
      text = SmsSegments.truncate(text, maxSegments);
    }
    Resolved to = resolve(message);
    if (to.failure() != null) {
      return to.failure();
    }
    PhoneNumber number = Checks.notNull("number", to.number());
    return send(message, new SmsMessage(number, text, message.idempotencyKey(), senderId));
  }

  private DeliveryResult send(Message message, SmsMessage sms) {
    DeliveryResult result;
    try {
      result = gateway.send(sms);
    } catch (RuntimeException e) {
      LOG.warn(
          "SMS gateway threw {} for message {} of tenant {}",
          e.getClass().getName(),
          message.idempotencyKey(),
          message.tenant().value());
      return DeliveryResult.retryable("SMS gateway threw " + e.getClass().getSimpleName());
    }
    if (result == null) {
      LOG.warn(
          "SMS gateway returned no result for message {} of tenant {}",
          message.idempotencyKey(),
          message.tenant().value());
      return DeliveryResult.retryable("SMS gateway returned no result");
    }
    return result;
  }

  /** The number, or the failure that stops the delivery. */
  private record Resolved(@Nullable PhoneNumber number, @Nullable DeliveryResult failure) {
    static Resolved failed(DeliveryResult failure) {
      return new Resolved(null, failure);
    }
  }

  private Resolved resolve(Message message) {
    Recipient recipient = message.recipient();
    if (recipient instanceof Recipient.Phone p) {
      return new Resolved(p.number(), null);
    }
    if (!(recipient instanceof Recipient.Respondent r)) {
      return Resolved.failed(DeliveryResult.permanent(
          "an SMS channel cannot deliver to a recipient of kind "
              + recipient.getClass().getSimpleName().toLowerCase(Locale.ROOT)));
    }
    String id = r.id().value();
    Optional<Contact> contact;
    try {
      contact = contacts.find(message.tenant(), r.id());
    } catch (RuntimeException e) {
      LOG.warn(
          "contact directory threw {} for respondent {} of tenant {} (message {})",
          e.getClass().getName(),
          id,
          message.tenant().value(),
          message.idempotencyKey());
      return Resolved.failed(DeliveryResult.retryable(
          "contact directory failed for respondent " + id + " (" + e.getClass().getSimpleName() + ")"));
    }
    if (contact == null || contact.isEmpty()) {
      return Resolved.failed(DeliveryResult.permanent("respondent " + id + " is unknown to the contact directory"));
    }
    Optional<PhoneNumber> phone = contact.get().phone();
    if (phone.isEmpty()) {
      return Resolved.failed(DeliveryResult.permanent("respondent " + id + " has no phone number"));
    }
    return new Resolved(phone.get(), null);
  }

  @Override
  public String toString() {
    return "SmsChannel[sender=" + senderId + ", maxSegments=" + maxSegments
        + (truncate ? ", truncating" : "") + "]";
  }

  /** Configures an {@link SmsChannel}. Not thread-safe. */
  public static final class Builder {
    private @Nullable SmsGateway gateway;
    private @Nullable String senderId;
    private ContactDirectory contacts = ContactDirectory.empty();
    private int maxSegments = DEFAULT_MAX_SEGMENTS;
    private boolean truncate;

    private Builder() {}

    /** The gateway that sends the SMS (required). */
    public Builder gateway(SmsGateway gateway) {
      this.gateway = Checks.notNull("gateway", gateway);
      return this;
    }

    /**
     * The sender shown to the recipient (required): 1-11 letters, digits or spaces with at least
     * one letter, or an E.164 number.
     */
    public Builder senderId(String senderId) {
      this.senderId = SmsMessage.checkSenderId(senderId);
      return this;
    }

    /** Resolves {@link Recipient.Respondent} recipients; default a directory that knows nobody. */
    public Builder contacts(ContactDirectory contacts) {
      this.contacts = Checks.notNull("contacts", contacts);
      return this;
    }

    /** The most segments a text may take; default {@value SmsChannel#DEFAULT_MAX_SEGMENTS}. */
    public Builder maxSegments(int maxSegments) {
      this.maxSegments = Checks.positive("maxSegments", maxSegments);
      return this;
    }

    /** Whether to cut a longer text to fit (ending with "...") instead of failing; default off. */
    public Builder truncate(boolean truncate) {
      this.truncate = truncate;
      return this;
    }

    /**
     * Builds the channel.
     *
     * @throws NullPointerException if the gateway or the sender id is missing
     */
    public SmsChannel build() {
      return new SmsChannel(this);
    }
  }
}
