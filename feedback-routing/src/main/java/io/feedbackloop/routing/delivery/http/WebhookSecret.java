package io.feedbackloop.routing.delivery.http;

import io.feedbackloop.routing.internal.rules.Checks;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A webhook signing secret in the Standard Webhooks form {@code whsec_<base64 key>}, with a key of
 * 24 to 64 bytes. The sender and the receiver share it; {@code toString()} prints only a
 * {@linkplain #fingerprint() fingerprint}, never the key, and so do the exception messages.
 * Immutable and thread-safe; {@code equals} compares keys in constant time.
 */
public final class WebhookSecret {
  /** The prefix of the encoded form. */
  public static final String PREFIX = "whsec_";

  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 24;

  /** The longest key accepted, in bytes. */
  public static final int MAX_KEY_BYTES = 64;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;
  private final String fingerprint;

  private WebhookSecret(byte[] key) {
    Checks.check(
        key.length >= MIN_KEY_BYTES && key.length <= MAX_KEY_BYTES,
        "webhook secret key length",
        MIN_KEY_BYTES + "-" + MAX_KEY_BYTES + " bytes",
        key.length + " bytes");
    this.key = key.clone();
    this.fingerprint = fingerprintOf(this.key);
  }

  /**
   * Reads a secret in the form {@code whsec_<base64>}.
   *
   * @throws IllegalArgumentException if the form or the key length is wrong (the message does not
   *     repeat the value)
   */
  public static WebhookSecret of(String encoded) {
    Checks.notNull("webhook secret", encoded);
    if (!encoded.startsWith(PREFIX)) {
      throw new IllegalArgumentException(
          "webhook secret must start with '" + PREFIX + "', but did not (value not shown)");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "webhook secret must be '"
              + PREFIX
              + "' and standard base64, but was not (value not"
              + " shown)");
    }
    return new WebhookSecret(key);
  }

  /** A new random secret with a 32-byte key from {@link SecureRandom}. */
  public static WebhookSecret generate() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return new WebhookSecret(key);
  }

  /**
   * The secret in its shareable form {@code whsec_<base64>}, to hand to the receiver. Treat the
   * result as a password: do not log it.
   */
  public String encoded() {
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /**
   * The first 8 hex digits of the SHA-256 of the key: tells secrets apart (e.g. during rotation)
   * without revealing them.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /** The key bytes, a copy. */
  byte[] key() {
    return key.clone();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WebhookSecret s && MessageDigest.isEqual(key, s.key);
  }

  @Override
  public int hashCode() {
    return fingerprint.hashCode();
  }

  @Override
  public String toString() {
    return "WebhookSecret[fingerprint=" + fingerprint + "]";
  }

  private static String fingerprintOf(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      StringBuilder hex = new StringBuilder(8);
      for (byte b : Arrays.copyOf(digest, 4)) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
