package io.feedbackloop.routing.internal.mail;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.internal.rules.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/** Checks for mail header fields, and the Message-ID derived from an idempotency key. */
public final class MailHeaders {
  /**
   * Fields the transport writes itself: a message header with one of these names could add hidden
   * recipients ({@code Bcc}), forge the sender or break the MIME structure, so it is refused.
   */
  private static final Set<String> RESERVED =
      Set.of(
          "from", "sender", "to", "cc", "bcc", "reply-to", "subject", "date", "message-id",
          "mime-version", "content-type", "content-transfer-encoding", "content-disposition",
          "content-id", "return-path", "received", "dkim-signature", "in-reply-to", "references");

  private MailHeaders() {}

  /** Tells whether {@code name} is a field the transport sets itself (any case). */
  public static boolean isReserved(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return RESERVED.contains(n) || n.startsWith("resent-") || n.startsWith("content-");
  }

  /** Checks that {@code value} has no CR or LF. */
  public static void checkSingleLine(String name, String value) {
    Checks.check(
        value.indexOf('\r') < 0 && value.indexOf('\n') < 0,
        name,
        "a single line",
        "a value with a line break");
  }

  /** Checks an extra header field: an RFC 5322 field name that is not reserved, a one-line value. */
  public static void checkExtraHeader(String name, String value) {
    Checks.notNull("header name", name);
    Checks.notNull("header value", value);
    boolean fieldName = !name.isEmpty();
    for (int i = 0; i < name.length() && fieldName; i++) {
      char c = name.charAt(i);
      fieldName = c > ' ' && c <= '~' && c != ':';
    }
    Checks.check(fieldName, "header name", "printable ASCII without ':' or spaces",
        "'" + Checks.printable(name) + "'");
    Checks.check(!isReserved(name), "header name", "a field the transport does not set itself",
        "'" + name + "'");
    checkSingleLine("header " + name, value);
  }

  /** Checks the {@code <left@right>} form, printable ASCII without spaces, at most 250 characters. */
  public static void checkMessageId(String id) {
    boolean ok =
        id.length() >= 5
            && id.length() <= 250
            && id.charAt(0) == '<'
            && id.charAt(id.length() - 1) == '>'
            && id.indexOf('@') > 1
            && id.indexOf('@') == id.lastIndexOf('@')
            && id.indexOf('@') < id.length() - 2;
    for (int i = 1; i < id.length() - 1 && ok; i++) {
      char c = id.charAt(i);
      ok = c > ' ' && c <= '~' && c != '<' && c != '>';
    }
    Checks.check(ok, "messageId", "<left@right> in printable ASCII", "'" + Checks.printable(id) + "'");
  }

  /**
   * The Message-ID for a message: a SHA-256 digest of the tenant and idempotency key, so a retried
   * mail carries the same id, no key text (which the host chose) reaches the recipient, and any key
   * character is safe. The right part is the sender's domain, as RFC 5322 suggests.
   */
  public static String messageId(TenantId tenant, String idempotencyKey, String domain) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(tenant.value().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      String hex = HexFormat.of().formatHex(sha.digest(), 0, 20);
      return "<fl." + hex + "@" + domain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
