package io.feedbackloop.routing.delivery.mail;

import io.feedbackloop.core.contact.EmailAddress;
import io.feedbackloop.routing.delivery.Contact;
import io.feedbackloop.routing.delivery.ContactDirectory;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.internal.mail.MailHeaders;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@link Message}s as e-mail through a {@link MailTransport}.
 *
 * <pre>{@code
 * DeliveryChannel email = EmailChannel.builder()
 *     .transport(JakartaMailTransport.builder().host("smtp.example.com").build())
 *     .from("feedback@example.com", "Example Support")
 *     .contacts(customerDirectory)
 *     .build();
 * }</pre>
 *
 * <p><b>Recipients.</b> An {@link Recipient.Email} is used as it is; a {@link Recipient.Respondent}
 * is looked up in the {@link ContactDirectory} at send time. An unknown respondent, one without an
 * e-mail address, and phone or team recipients fail permanently (the reason names the respondent id,
 * never an address); a directory that throws makes the attempt retryable.
 *
 * <p><b>The mail.</b> Subject, plain text and (when the message has one) HTML as a
 * multipart/alternative mail; the message's {@linkplain Message#headers() headers} (such as {@code
 * List-Unsubscribe} and {@code List-Unsubscribe-Post}) are copied, except that a header the
 * transport sets itself ({@code Bcc}, {@code From}, {@code Content-Type}, ...) fails the message
 * permanently; the {@code Message-ID} is derived from the tenant and idempotency key, so a retried
 * mail carries the same one.
 *
 * <p>A transport that throws is caught and logged (exception class and ids only) and the attempt is
 * retryable. Logs carry tenant and idempotency key, never addresses or text. Immutable and
 * thread-safe if the transport and directory are.
 */
public final class EmailChannel implements DeliveryChannel {
  private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

  private final MailTransport transport;
  private final EmailAddress from;
  private final Optional<String> fromName;
  private final Optional<EmailAddress> replyTo;
  private final ContactDirectory contacts;

  private EmailChannel(Builder b) {
    this.transport = Checks.notNull("transport", b.transport);
    this.from = Checks.notNull("from", b.from);
    this.fromName = Optional.ofNullable(b.fromName);
    this.replyTo = Optional.ofNullable(b.replyTo);
    this.contacts = b.contacts;
  }

  /** Starts a channel; the transport and the from address are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public DeliveryResult deliver(Message message) {
    Checks.notNull("message", message);
    Resolved to = resolve(message);
    if (to.failure != null) {
      return to.failure;
    }
    OutgoingMail mail;
    try {
      mail =
          new OutgoingMail(
              from,
              fromName,
              Checks.notNull("address", to.address),
              replyTo,
              message.subject(),
              message.text(),
              message.html(),
              message.headers(),
              MailHeaders.messageId(message.tenant(), message.idempotencyKey(), from.domain()));
    } catch (IllegalArgumentException e) {
      // Header names and the subject carry no personal data, so the reason may quote them.
      return DeliveryResult.permanent("the message cannot be sent as e-mail: " + e.getMessage());
    }
    return send(message, mail);
  }

  private DeliveryResult send(Message message, OutgoingMail mail) {
    DeliveryResult result;
    try {
      result = transport.send(mail);
    } catch (RuntimeException e) {
      LOG.warn(
          "mail transport threw {} for message {} of tenant {}",
          e.getClass().getName(),
          message.idempotencyKey(),
          message.tenant().value());
      return DeliveryResult.retryable("mail transport threw " + e.getClass().getSimpleName());
    }
    if (result == null) {
      LOG.warn(
          "mail transport returned no result for message {} of tenant {}",
          message.idempotencyKey(),
          message.tenant().value());
      return DeliveryResult.retryable("mail transport returned no result");
    }
    if (!(result instanceof DeliveryResult.Delivered)) {
      LOG.debug(
          "mail for message {} of tenant {}: {}",
          message.idempotencyKey(),
          message.tenant().value(),
          result.describe());
    }
    return result;
  }

  private Resolved resolve(Message message) {
    Recipient recipient = message.recipient();
    if (recipient instanceof Recipient.Email e) {
      return Resolved.of(e.address());
    }
    if (!(recipient instanceof Recipient.Respondent r)) {
      return Resolved.failed(
          DeliveryResult.permanent(
              "an e-mail channel cannot deliver to a recipient of kind "
                  + recipient.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)));
    }
    String id = r.id().value();
    Optional<Contact> contact;
    try {
      contact = contacts.find(message.tenant(), r.id());
    } catch (RuntimeException ex) {
      LOG.warn(
          "contact directory threw {} for respondent {} of tenant {} (message {})",
          ex.getClass().getName(),
          id,
          message.tenant().value(),
          message.idempotencyKey());
      return Resolved.failed(
          DeliveryResult.retryable(
              "contact directory failed for respondent " + id + " (" + ex.getClass().getSimpleName()
                  + ")"));
    }
    if (contact == null || contact.isEmpty()) {
      return Resolved.failed(
          DeliveryResult.permanent("respondent " + id + " is unknown to the contact directory"));
    }
    Optional<EmailAddress> email = contact.get().email();
    if (email.isEmpty()) {
      return Resolved.failed(DeliveryResult.permanent("respondent " + id + " has no e-mail address"));
    }
    return Resolved.of(email.get());
  }

  @Override
  public String toString() {
    return "EmailChannel[" + transport + "]";
  }

  private static final class Resolved {
    final @Nullable EmailAddress address;
    final @Nullable DeliveryResult failure;

    private Resolved(@Nullable EmailAddress address, @Nullable DeliveryResult failure) {
      this.address = address;
      this.failure = failure;
    }

    static Resolved of(EmailAddress address) {
      return new Resolved(address, null);
    }

    static Resolved failed(DeliveryResult failure) {
      return new Resolved(null, failure);
    }
  }

  /** Configures an {@link EmailChannel}. Not thread-safe. */
  public static final class Builder {
    private @Nullable MailTransport transport;
    private @Nullable EmailAddress from;
    private @Nullable String fromName;
    private @Nullable EmailAddress replyTo;
    private ContactDirectory contacts = ContactDirectory.empty();

    private Builder() {}

    /** The transport that sends the mail (required). */
    public Builder transport(MailTransport transport) {
      this.transport = Checks.notNull("transport", transport);
      return this;
    }

    /** The sender address, without a display name (required, or {@link #from(String, String)}). */
    public Builder from(String address) {
      this.from = EmailAddress.of(address);
      this.fromName = null;
      return this;
    }

    /** The sender address and display name (any Unicode text without line breaks). */
    public Builder from(String address, String displayName) {
      String name = Checks.notBlank("displayName", displayName);
      MailHeaders.checkSingleLine("displayName", name);
      this.from = EmailAddress.of(address);
      this.fromName = name;
      return this;
    }

    /** Where replies go; default: to the sender address. */
    public Builder replyTo(String address) {
      this.replyTo = EmailAddress.of(address);
      return this;
    }

    /** Resolves {@link Recipient.Respondent} recipients; default a directory that knows nobody. */
    public Builder contacts(ContactDirectory contacts) {
      this.contacts = Checks.notNull("contacts", contacts);
      return this;
    }

    /**
     * Builds the channel.
     *
     * @throws NullPointerException if the transport or the from address is missing
     */
    public EmailChannel build() {
      return new EmailChannel(this);
    }
  }
}
