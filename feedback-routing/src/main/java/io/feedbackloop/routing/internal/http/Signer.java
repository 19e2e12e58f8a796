package io.feedbackloop.routing.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} and the base64 HMAC-SHA256, under the secret's key, of
 * {@code id.timestamp.body} (the body as sent, byte for byte).
 */
public final class Signer {
  /** The signature scheme this class produces. */
  public static final String VERSION = "v1";

  private Signer() {}

  /** The raw HMAC-SHA256 of {@code id.timestamp.body} under {@code key}. */
  public static byte[] hmac(byte[] key, String id, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
    }
  }

  /** The signature {@code v1,<base64>} of {@code id.timestamp.body} under {@code key}. */
  public static String sign(byte[] key, String id, long timestamp, byte[] body) {
    return VERSION + "," + Base64.getEncoder().encodeToString(hmac(key, id, timestamp, body));
  }
}
