package io.feedbackloop.core.internal.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The store order (submission time, then id) as bytes whose unsigned bytewise order is that order,
 * so that databases sort by it without depending on their collation: 8 bytes epoch seconds with
 * the sign bit flipped, 4 bytes nanos, then the ASCII id. A key with only the time part is the
 * smallest key at that time, which gives half-open time ranges.
 */
public final class SortKeys {
  private SortKeys() {}

  /** The key of a response submitted at {@code at} with id {@code id}. */
  public static byte[] of(Instant at, String id) {
    byte[] idBytes = id.getBytes(StandardCharsets.US_ASCII);
    return time(at, idBytes.length).put(idBytes).array();
  }

  /** The key of {@code position}. */
  public static byte[] of(Position position) {
    return of(position.submittedAt(), position.id());
  }

  /** The smallest key at time {@code at}: every response submitted at or after it sorts after. */
  public static byte[] lowerBound(Instant at) {
    return time(at, 0).array();
  }

  private static ByteBuffer time(Instant at, int extra) {
    long seconds = at.getEpochSecond();
    int nanos = at.getNano();
    return ByteBuffer.allocate(12 + extra).putLong(seconds ^ Long.MIN_VALUE).putInt(nanos);
  }
}
