package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.routing.cases.CaseStore;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.invite.ReasonCode;
import io.feedbackloop.routing.loop.LoopHealth;
import io.feedbackloop.routing.outbox.OutboxCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link LoopHealth} snapshot off the stores, over all tenants, with counting queries only
 * (no case or message is loaded): the outbox's state counts and earliest pending due time, and
 * four counts of open cases (SLA breaches and opened before 24 h, 48 h and 7 days ago).
 *
 * <p>The backlog age is how long the most overdue pending message has been due ({@code now} minus
 * its next attempt time; zero when nothing pending is due yet): a reminder scheduled for tomorrow
 * is not a backlog. Age buckets: a case exactly 24 h (48 h, 7 days) old falls in the younger
 * bucket.
 */
public final class LoopHealthProbe {
  /** The age bucket keys, youngest first. */
  public static final String UNDER_24H = "under_24h";

  /** 24 to 48 hours. */
  public static final String H24_TO_48H = "24h_to_48h";

  /** 2 to 7 days. */
  public static final String D2_TO_7D = "2d_to_7d";

  /** Older than 7 days. */
  public static final String OVER_7D = "over_7d";

  /** Later than any case's opening time, to count every open case. */
  private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

  private LoopHealthProbe() {}

  /** The snapshot at {@code now}, with this node's suppression counts. */
  public static LoopHealth snapshot(
      LoopStores stores, Instant now, Map<ReasonCode, Long> invitationsSuppressed) {
    Checks.notNull("stores", stores);
    Checks.notNull("now", now);
    Checks.notNull("invitationsSuppressed", invitationsSuppressed);
    return stores
        .unitOfWork()
        .inTransaction(
            tx -> {
              OutboxCounts counts = stores.outbox().counts();
              Optional<Instant> earliest = stores.outbox().earliestPending();
              Duration age =
                  earliest.filter(at -> at.isBefore(now)).map(at -> Duration.between(at, now))
                      .orElse(Duration.ZERO);
              CaseStore cases = stores.cases();
              long breached = cases.countSlaBreached(now);
              // oldest first: a case opened between two counts only raises the later ones
              long over7d = cases.countOpenCreatedBefore(now.minus(Duration.ofDays(7)));
              long over48h = cases.countOpenCreatedBefore(now.minus(Duration.ofDays(2)));
              long over24h = cases.countOpenCreatedBefore(now.minus(Duration.ofHours(24)));
              long all = cases.countOpenCreatedBefore(END_OF_TIME);
              Map<String, Long> buckets = new LinkedHashMap<>();
              buckets.put(UNDER_24H, Math.max(0, all - over24h));
              buckets.put(H24_TO_48H, Math.max(0, over24h - over48h));
              buckets.put(D2_TO_7D, Math.max(0, over48h - over7d));
              buckets.put(OVER_7D, over7d);
              return new LoopHealth(
                  now,
                  counts.pending() + counts.claimed(),
                  age,
                  counts.dead(),
                  breached,
                  buckets,
                  invitationsSuppressed);
            });
  }
}
