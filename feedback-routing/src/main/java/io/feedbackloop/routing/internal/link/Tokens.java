package io.feedbackloop.routing.internal.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens, base64url without padding, and the SHA-256 hashes the stores keep instead. */
public final class Tokens {
  /** Bytes of randomness in an opaque token: 256 bits. */
  public static final int OPAQUE_BYTES = 32;

  /** Characters of an opaque token: 32 bytes in base64url without padding. */
  public static final int OPAQUE_LENGTH = 43;

  /** Longest token we look at; anything longer is rejected before hashing or decoding. */
  public static final int MAX_LENGTH = 1024;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Tokens() {}

  /** {@code bytes} random bytes from {@code random}, in base64url without padding. */
  public static String random(SecureRandom random, int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return encode(b);
  }

  /** Base64url without padding. */
  public static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /**
   * Decodes base64url without padding.
   *
   * @throws IllegalArgumentException if {@code text} is not base64url
   */
  public static byte[] decode(String text) {
    return DECODER.decode(text);
  }

  /** Tells whether every character is of the base64url alphabet (no padding). */
  public static boolean isBase64Url(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether {@code token} has the form of an opaque token: 43 base64url characters. */
  public static boolean looksOpaque(String token) {
    return token.length() == OPAQUE_LENGTH && isBase64Url(token);
  }

  /** The SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The SHA-256 of {@code bytes}. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Tells whether {@code hash} is 64 lower-case hex digits. */
  public static boolean isHash(String hash) {
    if (hash.length() != 64) {
      return false;
    }
    for (int i = 0; i < hash.length(); i++) {
      char c = hash.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
