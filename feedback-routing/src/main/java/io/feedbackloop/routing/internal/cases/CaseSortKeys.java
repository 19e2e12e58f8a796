package io.feedbackloop.routing.internal.cases;

import io.feedbackloop.routing.cases.CaseStore;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.internal.rules.Checks;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;

/**
 * The order of cases in query results (opening time, then id) as bytes compared unsigned, so that
 * the database orders them exactly like the in-memory store whatever its collation; and the page
 * tokens that carry a position in that order.
 */
public final class CaseSortKeys {
  private static final String TOKEN_PREFIX = "c1.";

  /**
   * Orders cases by their sort keys, without building them: the opening micros compare like the
   * key's first eight bytes (sign bit flipped, big-endian), and ids are ASCII, whose {@link
   * String#compareTo} is the unsigned byte order with the shorter prefix first.
   */
  public static final Comparator<FollowUpCase> ORDER =
      Comparator.comparingLong((FollowUpCase c) -> Micros.of(c.createdAt()))
          .thenComparing(c -> c.id().value());

  private CaseSortKeys() {}

  /** The sort key of {@code c}: opening micros (sign bit flipped), then the id's bytes. */
  public static byte[] of(FollowUpCase c) {
    byte[] id = c.id().value().getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(8 + id.length)
        .putLong(Micros.of(c.createdAt()) ^ Long.MIN_VALUE)
        .put(id)
        .array();
  }

  /** The token for the page after the case with {@code sortKey}. */
  public static String token(byte[] sortKey) {
    return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey);
  }

  /**
   * The sort key in a page token.
   *
   * @throws IllegalArgumentException if {@code token} is not a token these stores made
   */
  public static byte[] fromToken(String token) {
    Checks.notNull("after", token);
    byte[] key = null;
    if (token.startsWith(TOKEN_PREFIX)) {
      try {
        key = Base64.getUrlDecoder().decode(token.substring(TOKEN_PREFIX.length()));
      } catch (IllegalArgumentException e) {
        key = null;
      }
    }
    if (key == null
        || key.length <= 8
        || !Checks.isIdentifier(new String(key, 8, key.length - 8, StandardCharsets.US_ASCII))) {
      throw new IllegalArgumentException(
          "after must be a page token returned by this store, but was '" + Checks.printable(token) + "'");
    }
    return key;
  }

  /** Checks a page size. */
  public static int checkSize(int size) {
    Checks.check(
        size >= 1 && size <= CaseStore.MAX_PAGE_SIZE,
        "size",
        "between 1 and " + CaseStore.MAX_PAGE_SIZE,
        size);
    return size;
  }
}
