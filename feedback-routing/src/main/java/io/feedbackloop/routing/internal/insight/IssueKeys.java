package io.feedbackloop.routing.internal.insight;

import io.feedbackloop.routing.delivery.Message;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keys derived from ids that may hold any character (issue ids carry segment values, respondent
 * ids are the host's): the creation key of a problem case and the idempotency keys of its
 * messages. Every key depends on its inputs only, so two nodes derive the same one.
 */
public final class IssueKeys {
  private static final int MAX_TOPIC_PART = 32;

  private IssueKeys() {}

  /**
   * The creation key of the problem case of {@code issueId}, an identifier of at most 55
   * characters: {@code issue-<topic>-<16 hex digits of SHA-256(issueId)>}, the topic reduced to
   * {@code [a-z0-9_]} and 32 characters (readable in lists; the digest makes it unique).
   */
  public static String caseKey(String issueId, String topic) {
    StringBuilder t = new StringBuilder();
    String lower = topic.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length() && t.length() < MAX_TOPIC_PART; i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
        t.append(c);
      }
    }
    return "issue-" + (t.length() == 0 ? "" : t + "-") + digest(issueId).substring(0, 16);
  }

  /** The idempotency key of the team alert: {@code issue:<issueId>:alert}, see {@link #key}. */
  public static String alertKey(String issueId) {
    return key("issue:", issueId, ":alert");
  }

  /**
   * {@code prefix + escaped(id) + suffix}: characters outside printable ASCII, spaces and {@code %}
   * are percent-encoded in UTF-8 (so a key stays a valid {@link Message} key and distinct ids stay
   * distinct); a result longer than {@link Message#MAX_KEY_LENGTH} uses {@code sha256-<32 hex>}
   * for the id instead.
   */
  public static String key(String prefix, String id, String suffix) {
    String k = prefix + escape(id) + suffix;
    return k.length() <= Message.MAX_KEY_LENGTH
        ? k
        : prefix + "sha256-" + digest(id).substring(0, 32) + suffix;
  }

  static String escape(String id) {
    StringBuilder out = new StringBuilder(id.length());
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c > ' ' && c <= '~' && c != '%') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  static String digest(String value) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
