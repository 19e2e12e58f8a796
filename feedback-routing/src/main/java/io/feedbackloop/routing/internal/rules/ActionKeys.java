package io.feedbackloop.routing.internal.rules;

import io.feedbackloop.core.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stable idempotency keys for actions: the first 128 bits of SHA-256 over tenant, response id,
 * rule id and action index (NUL-separated, so no two inputs share an encoding), as hex. The rule-set
 * version is deliberately not part of it: reloading rules must never duplicate an action.
 */
public final class ActionKeys {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(ActionKeys::newDigest);

  private ActionKeys() {}

  /** The key of action {@code index} of rule {@code ruleId} for response {@code responseId}. */
  public static String key(TenantId tenant, String responseId, String ruleId, int index) {
    MessageDigest sha = SHA256.get();
    String input = tenant.value() + '\u0000' + responseId + '\u0000' + ruleId + '\u0000' + index;
    byte[] hash = sha.digest(input.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[32];
    for (int i = 0; i < 16; i++) {
      out[2 * i] = HEX[(hash[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[hash[i] & 0xf];
    }
    return new String(out);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
