package io.feedbackloop.routing.sla;

import io.feedbackloop.routing.internal.rules.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A time during which the SLA clock stood still (a case ON_HOLD): from {@code from} until {@code
 * until}, or still going on if {@code until} is null.
 *
 * @param from when the pause began
 * @param until when it ended (after {@code from}), or null while it goes on
 */
public record Pause(Instant from, @Nullable Instant until) {
  /**
   * Creates a pause.
   *
   * @throws IllegalArgumentException if {@code until} is not after {@code from}
   */
  public Pause {
    Checks.notNull("from", from);
    if (until != null) {
      Checks.check(until.isAfter(from), "pause end", "after its start " + from, until);
    }
  }

  /** A pause that has ended. */
  public static Pause of(Instant from, Instant until) {
    return new Pause(from, Checks.notNull("until", until));
  }

  /** A pause that still goes on. */
  public static Pause since(Instant from) {
    return new Pause(from, null);
  }

  /** Whether the pause still goes on. */
  public boolean isOpen() {
    return until == null;
  }
}
