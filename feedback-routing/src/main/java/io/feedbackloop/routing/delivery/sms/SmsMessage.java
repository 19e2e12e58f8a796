package io.feedbackloop.routing.delivery.sms;

import io.feedbackloop.core.contact.PhoneNumber;
import io.feedbackloop.routing.internal.rules.Checks;

/**
 * One SMS, ready for an {@link SmsGateway}. Immutable; {@code toString()} shows the key and the
 * masked number, never the text.
 *
 * @param to the recipient's number
 * @param text the text, not empty, within the channel's length limit
 * @param idempotencyKey the key every attempt carries (the message's idempotency key)
 * @param senderId the sender: an alphanumeric id (1-11 letters, digits or spaces) or an E.164
 *     number
 */
public record SmsMessage(PhoneNumber to, String text, String idempotencyKey, String senderId) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the text is empty, the key blank or the sender id invalid
   */
  public SmsMessage {
    Checks.notNull("to", to);
    Checks.notNull("text", text);
    Checks.check(!text.isEmpty(), "text", "not empty", "empty");
    Checks.notBlank("idempotencyKey", idempotencyKey);
    checkSenderId(senderId);
  }

  /** Checks a sender id: 1-11 ASCII letters, digits or spaces with a letter, or an E.164 number. */
  static String checkSenderId(String senderId) {
    Checks.notNull("senderId", senderId);
    boolean alphanumeric =
        !senderId.isEmpty()
            && senderId.length() <= 11
            && !senderId.isBlank()
            && senderId.chars().allMatch(c -> c == ' ' || isAsciiLetterOrDigit(c))
            && senderId.chars().anyMatch(c -> (c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    boolean number = senderId.matches("\\+[1-9][0-9]{7,14}");
    Checks.check(
        alphanumeric || number,
        "senderId",
        "1-11 letters, digits or spaces with at least one letter, or an E.164 number",
        "'" + Checks.printable(senderId) + "'");
    return senderId;
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  @Override
  public String toString() {
    return "SmsMessage[key=" + idempotencyKey + ", to=" + to + ", length=" + text.length() + "]";
  }
}
