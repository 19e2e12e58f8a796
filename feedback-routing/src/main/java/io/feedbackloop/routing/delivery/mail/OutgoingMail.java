package io.feedbackloop.routing.delivery.mail;

import io.feedbackloop.core.contact.EmailAddress;
import io.feedbackloop.routing.internal.mail.MailHeaders;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One e-mail, ready for a {@link MailTransport}: a multipart/alternative mail when {@link #html()}
 * is present, a plain-text mail otherwise. Immutable and thread-safe; {@code toString()} shows the
 * Message-ID and the masked recipient only.
 *
 * @param from the sender address
 * @param fromName the sender's display name, if any (any Unicode text; transports encode it)
 * @param to the recipient
 * @param replyTo where replies go, if not to {@code from}
 * @param subject the subject, a single line (no CR or LF)
 * @param text the plain-text body
 * @param html the HTML body, if any
 * @param headers extra header fields in order (e.g. {@code List-Unsubscribe}); single-line values,
 *     and none of the fields the transport sets itself ({@code From}, {@code To}, {@code Cc}, {@code
 *     Bcc}, {@code Subject}, {@code Message-ID}, {@code Content-*} and the like)
 * @param messageId the {@code Message-ID} in {@code <left@right>} form, the same on every attempt
 */
public record OutgoingMail(
    EmailAddress from,
    Optional<String> fromName,
    EmailAddress to,
    Optional<EmailAddress> replyTo,
    String subject,
    String text,
    Optional<String> html,
    Map<String, String> headers,
    String messageId) {

  /**
   * Checks every part and copies the headers.
   *
   * @throws IllegalArgumentException if the subject, the display name or a header value has a line
   *     break, a header name is not a field name or is one the transport sets, or the Message-ID is
   *     not {@code <left@right>} in printable ASCII
   * @throws NullPointerException if a part is null
   */
  public OutgoingMail {
    Checks.notNull("from", from);
    Checks.notNull("fromName", fromName);
    Checks.notNull("to", to);
    Checks.notNull("replyTo", replyTo);
    Checks.notNull("text", text);
    Checks.notNull("html", html);
    MailHeaders.checkSingleLine("subject", Checks.notNull("subject", subject));
    fromName.ifPresent(n -> MailHeaders.checkSingleLine("fromName", n));
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull("headers", headers)));
    headers.forEach(MailHeaders::checkExtraHeader);
    MailHeaders.checkMessageId(Checks.notNull("messageId", messageId));
  }

  @Override
  public String toString() {
    return "OutgoingMail[messageId=" + messageId + ", to=" + to + "]";
  }
}
