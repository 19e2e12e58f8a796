package io.feedbackloop.routing.link;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The key ring for {@linkplain TokenMode#SIGNED signed} links: one current key that signs, and
 * older keys that still verify. To rotate, make the new key current and keep the old one as a
 * verify-only key until its links have expired; then drop it, and its links stop verifying.
 *
 * <p>Keys are at least 32 bytes (256 bits) of secret randomness; key ids are identifiers (they
 * travel in the token). Secrets are copied in and never printed. Immutable and thread-safe.
 */
public final class SigningKeys {
  /** The fewest bytes a key may have. */
  public static final int MIN_KEY_BYTES = 32;

  private final String currentId;
  private final Map<String, byte[]> keys;

  private SigningKeys(String currentId, Map<String, byte[]> keys) {
    this.currentId = currentId;
    this.keys = keys;
  }

  /**
   * A ring with one key, which signs and verifies.
   *
   * @throws IllegalArgumentException if the id is not an identifier or the key is shorter than
   *     {@value #MIN_KEY_BYTES} bytes
   */
  public static SigningKeys of(String keyId, byte[] secret) {
    return builder().current(keyId, secret).build();
  }

  /** Starts a key ring. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the key that signs new links. */
  public String currentKeyId() {
    return currentId;
  }

  /** The current key; a copy is not made (internal use only). */
  byte[] currentKey() {
    return java.util.Objects.requireNonNull(keys.get(currentId), "the current key is listed");
  }

  /** Every key that verifies, by id (internal use only: the arrays are not copied). */
  Map<String, byte[]> verifying() {
    return keys;
  }

  @Override
  public String toString() {
    return "SigningKeys[current=" + currentId + ", verifying=" + keys.keySet() + "]";
  }

  /** Builds {@link SigningKeys}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String currentId;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the key that signs (and verifies). Required.
     *
     * @throws IllegalArgumentException if the id is not an identifier, is already listed, or the
     *     key is too short
     */
    public Builder current(String keyId, byte[] secret) {
      add(keyId, secret);
      this.currentId = keyId;
      return this;
    }

    /**
     * Adds a key that only verifies (links signed before a rotation).
     *
     * @throws IllegalArgumentException if the id is not an identifier, is already listed, or the
     *     key is too short
     */
    public Builder verifyOnly(String keyId, byte[] secret) {
      add(keyId, secret);
      return this;
    }

    private void add(String keyId, byte[] secret) {
      Checks.identifier("keyId", keyId);
      Checks.notNull("secret", secret);
      Checks.check(!keys.containsKey(keyId), "keyId", "listed once", keyId + " (twice)");
      Checks.check(
          secret.length >= MIN_KEY_BYTES,
          "secret length of key " + keyId,
          ">= " + MIN_KEY_BYTES + " bytes",
          secret.length);
      keys.put(keyId, Arrays.copyOf(secret, secret.length));
    }

    /**
     * Builds the ring.
     *
     * @throws IllegalStateException if no current key was set
     */
    public SigningKeys build() {
      String id = currentId;
      if (id == null) {
        throw new IllegalStateException("SigningKeys needs a current key: call current(id, secret)");
      }
      return new SigningKeys(id, Map.copyOf(keys));
    }
  }
}
