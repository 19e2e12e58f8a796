package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.invite.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * An operational snapshot of one loop, for a health endpoint or a metrics library: {@link
 * #gauges()} flattens it to named numbers that a host binds to Micrometer, Prometheus or JMX.
 * Counts over stores cover every tenant; the suppression counts are this node's since it started.
 *
 * @param at when the snapshot was taken (the loop's clock)
 * @param outboxPending messages waiting for delivery (pending or claimed)
 * @param oldestPendingAge how long the most overdue pending message has been due (now minus its
 *     next attempt time; a message scheduled for later is not overdue); zero when none is due
 * @param deadLetters messages given up on and not requeued
 * @param slaBreached open cases past a due time (first contact not made in time, or resolution
 *     overdue)
 * @param openCasesByAge open cases per age bucket, keys {@code "under_24h"}, {@code "24h_to_48h"},
 *     {@code "2d_to_7d"}, {@code "over_7d"}, all present, in that order
 * @param invitationsSuppressed invitations this node did not send, per reason
 */
public record LoopHealth(
    Instant at,
    long outboxPending,
    Duration oldestPendingAge,
    long deadLetters,
    long slaBreached,
    Map<String, Long> openCasesByAge,
    Map<ReasonCode, Long> invitationsSuppressed) {

  /** Checks the parts and copies the maps. */
  public LoopHealth {
    Checks.notNull("at", at);
    Checks.check(outboxPending >= 0, "outboxPending", ">= 0", outboxPending);
    Checks.notNull("oldestPendingAge", oldestPendingAge);
    Checks.check(!oldestPendingAge.isNegative(), "oldestPendingAge", ">= 0", oldestPendingAge);
    Checks.check(deadLetters >= 0, "deadLetters", ">= 0", deadLetters);
    Checks.check(slaBreached >= 0, "slaBreached", ">= 0", slaBreached);
    openCasesByAge = Map.copyOf(Checks.notNull("openCasesByAge", openCasesByAge));
    invitationsSuppressed = Map.copyOf(Checks.notNull("invitationsSuppressed", invitationsSuppressed));
  }

  /**
   * The snapshot as named gauges ({@code feedback.outbox.pending}, {@code
   * feedback.outbox.oldest_pending_seconds}, {@code feedback.outbox.dead}, {@code
   * feedback.cases.sla_breached}, {@code feedback.cases.open.<bucket>}, {@code
   * feedback.invitations.suppressed.<reason>}), in a stable order: the outbox, the SLA breaches,
   * the four age buckets youngest first (then any other bucket by name), and one gauge per {@link
   * ReasonCode} in declaration order, zero when this node suppressed none for that reason, so that
   * a metrics registry sees the same names on every call. Reasons are in lower case, e.g. {@code
   * feedback.invitations.suppressed.quiet_hours}. Ages are in seconds (with fractions).
   *
   * @return an unmodifiable map in iteration order
   */
  public Map<String, Double> gauges() {
    Map<String, Double> g = new LinkedHashMap<>();
    g.put("feedback.outbox.pending", (double) outboxPending);
    g.put("feedback.outbox.oldest_pending_seconds", oldestPendingAge.toMillis() / 1000.0);
    g.put("feedback.outbox.dead", (double) deadLetters);
    g.put("feedback.cases.sla_breached", (double) slaBreached);
    List<String> buckets = new ArrayList<>(AGE_BUCKETS);
    new TreeSet<>(openCasesByAge.keySet()).stream()
        .filter(k -> !AGE_BUCKETS.contains(k))
        .forEach(buckets::add);
    for (String bucket : buckets) {
      g.put("feedback.cases.open." + bucket, (double) openCasesByAge.getOrDefault(bucket, 0L));
    }
    for (ReasonCode reason : ReasonCode.values()) {
      g.put(
          "feedback.invitations.suppressed." + reason.name().toLowerCase(Locale.ROOT),
          (double) invitationsSuppressed.getOrDefault(reason, 0L));
    }
    return Collections.unmodifiableMap(g);
  }

  private static final List<String> AGE_BUCKETS =
      List.of("under_24h", "24h_to_48h", "2d_to_7d", "over_7d");
}
