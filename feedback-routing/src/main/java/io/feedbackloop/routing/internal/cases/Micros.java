package io.feedbackloop.routing.internal.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Instants as the case stores keep them: to the microsecond, the precision PostgreSQL offers, so
 * that a case reads back equal to what was stored in every store.
 */
public final class Micros {
  private Micros() {}

  /** {@code at} truncated to the microsecond. */
  public static Instant truncate(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  /** {@code at} truncated to the microsecond, or null. */
  public static @Nullable Instant truncateOrNull(@Nullable Instant at) {
    return at == null ? null : truncate(at);
  }

  /** Microseconds since the epoch; {@code at} must already be truncated. */
  public static long of(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
  }

  /** The instant {@code micros} microseconds after the epoch. */
  public static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
  }
}
