package io.feedbackloop.routing.internal.link;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.link.LinkRejection;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Stateless signed link tokens: {@code base64url(payload) "." base64url(HMAC-SHA256)}. The payload
 * is UTF-8 lines: version, key id, tenant, survey, respondent, invitation, expiry (epoch seconds),
 * nonce. No field may hold a line break (the parts' own checks forbid control characters). Only
 * the key id is read before the MAC is checked; the MAC comparison takes constant time.
 */
public final class SignedTokens {
  private static final String VERSION = "1";
  private static final int FIELDS = 8;
  private static final byte[] DOMAIN = "fl-link-v1.".getBytes(StandardCharsets.US_ASCII);

  private SignedTokens() {}

  /** What a signed token says. */
  public record Claims(
      String keyId,
      TenantId tenant,
      String surveyId,
      RespondentId respondent,
      String invitationId,
      Instant expiresAt,
      String nonce) {}

  /** The outcome of {@link #verify}: claims, or the reason the token was refused. */
  public record Verified(@Nullable Claims claims, @Nullable LinkRejection rejection) {
    static Verified refused(LinkRejection why) {
      return new Verified(null, why);
    }
  }

  /** Signs {@code c} with {@code key}; the key id recorded is {@code c.keyId()}. */
  public static String sign(Claims c, byte[] key) {
    String payload =
        String.join(
            "\n",
            VERSION,
            c.keyId(),
            c.tenant().value(),
            c.surveyId(),
            c.respondent().value(),
            c.invitationId(),
            Long.toString(c.expiresAt().getEpochSecond()),
            c.nonce());
    String encoded = Tokens.encode(payload.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + Tokens.encode(mac(key, encoded));
  }

  /**
   * Verifies {@code token} with the key its key id names in {@code keys}. Does not look at the
   * expiry: callers decide whether an expired link still serves (an unsubscribe does).
   */
  public static Verified verify(String token, Map<String, byte[]> keys) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.') || token.length() > Tokens.MAX_LENGTH) {
      return Verified.refused(LinkRejection.MALFORMED);
    }
    String encoded = token.substring(0, dot);
    String macText = token.substring(dot + 1);
    if (!Tokens.isBase64Url(encoded) || !Tokens.isBase64Url(macText)) {
      return Verified.refused(LinkRejection.MALFORMED);
    }
    String[] f;
    byte[] givenMac;
    try {
      f = new String(Tokens.decode(encoded), StandardCharsets.UTF_8).split("\n", -1);
      givenMac = Tokens.decode(macText);
    } catch (IllegalArgumentException e) {
      return Verified.refused(LinkRejection.MALFORMED);
    }
    if (f.length != FIELDS || !VERSION.equals(f[0])) {
      return Verified.refused(LinkRejection.MALFORMED);
    }
    byte[] key = keys.get(f[1]);
    if (key == null) {
      return Verified.refused(LinkRejection.UNKNOWN_KEY);
    }
    if (!MessageDigest.isEqual(mac(key, encoded), givenMac)) {
      return Verified.refused(LinkRejection.BAD_SIGNATURE);
    }
    try {
      return new Verified(
          new Claims(
              f[1],
              TenantId.of(f[2]),
              f[3],
              RespondentId.of(f[4]),
              f[5],
              Instant.ofEpochSecond(Long.parseLong(f[6])),
              f[7]),
          null);
    } catch (RuntimeException e) {
      // authentic but unreadable: only a signer with our key and a bug can get here
      return Verified.refused(LinkRejection.MALFORMED);
    }
  }

  private static byte[] mac(byte[] key, String encodedPayload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(DOMAIN);
      return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }
}
