package io.feedbackloop.routing.outbox;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.Map;

/**
 * How many outbox messages are in each {@link OutboxState}, for monitoring: a growing {@code
 * pending} is a backlog, a growing {@code dead} needs an operator.
 *
 * @param pending waiting for their next attempt
 * @param claimed claimed by a worker (in flight, or with a lease not yet expired)
 * @param delivered delivered
 * @param dead dead letters
 * @param cancelled cancelled
 */
public record OutboxCounts(long pending, long claimed, long delivered, long dead, long cancelled) {

  /** Checks that no count is negative. */
  public OutboxCounts {
    Checks.check(pending >= 0, "pending", ">= 0", pending);
    Checks.check(claimed >= 0, "claimed", ">= 0", claimed);
    Checks.check(delivered >= 0, "delivered", ">= 0", delivered);
    Checks.check(dead >= 0, "dead", ">= 0", dead);
    Checks.check(cancelled >= 0, "cancelled", ">= 0", cancelled);
  }

  /**
   * Counts from a map of state to count; a missing state counts zero.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static OutboxCounts of(Map<OutboxState, Long> counts) {
    Checks.notNull("counts", counts);
    return new OutboxCounts(
        counts.getOrDefault(OutboxState.PENDING, 0L),
        counts.getOrDefault(OutboxState.CLAIMED, 0L),
        counts.getOrDefault(OutboxState.DELIVERED, 0L),
        counts.getOrDefault(OutboxState.DEAD, 0L),
        counts.getOrDefault(OutboxState.CANCELLED, 0L));
  }

  /** The count of {@code state}. */
  public long of(OutboxState state) {
    return switch (Checks.notNull("state", state)) {
      case PENDING -> pending;
      case CLAIMED -> claimed;
      case DELIVERED -> delivered;
      case DEAD -> dead;
      case CANCELLED -> cancelled;
    };
  }

  /** All messages. */
  public long total() {
    return pending + claimed + delivered + dead + cancelled;
  }
}
