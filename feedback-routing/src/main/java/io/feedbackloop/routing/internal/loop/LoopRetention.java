package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.loop.RetentionPolicy;
import io.feedbackloop.routing.loop.RetentionReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Deletes what a {@link RetentionPolicy} no longer keeps, in bounded batches: each batch is one
 * short transaction of at most {@link #BATCH} rows of one kind, so a large purge never holds one
 * huge transaction and a failure loses at most the batch in flight (the next pass goes on).
 *
 * <p>The cutoff of each kind is {@code now - period}; a record whose time is exactly at the cutoff
 * is kept, anything strictly older is deleted. Covers every tenant. Idempotent: a second pass at
 * the same instant deletes nothing. Open cases and pending or claimed messages are never deleted;
 * a deleted case takes its notes, audit trail, schedule, escalation steps and re-survey with it.
 */
public final class LoopRetention {
  /** Rows per batch (one statement and one transaction each). */
  public static final int BATCH = 500;

  private LoopRetention() {}

  /** One retention pass at {@code now}; a policy that keeps all deletes nothing. */
  public static RetentionReport run(LoopStores stores, RetentionPolicy policy, Instant now) {
    return run(stores, policy, now, BATCH);
  }

  /** One retention pass with batches of {@code batchSize} rows. */
  public static RetentionReport run(
      LoopStores stores, RetentionPolicy policy, Instant now, int batchSize) {
    Checks.notNull("stores", stores);
    Checks.notNull("policy", policy);
    Checks.notNull("now", now);
    Checks.positive("batchSize", batchSize);
    long responses =
        purge(
            stores,
            policy.responses(),
            now,
            batchSize,
            cutoff -> () -> stores.responses().deleteSubmittedBefore(cutoff, batchSize));
    long cases =
        purge(
            stores,
            policy.closedCases(),
            now,
            batchSize,
            cutoff -> () -> deleteCases(stores, cutoff, batchSize));
    long messages =
        purge(
            stores,
            policy.finishedMessages(),
            now,
            batchSize,
            cutoff -> () -> stores.outbox().deleteFinishedBefore(cutoff, batchSize));
    long invitations =
        purge(
            stores,
            policy.invitations(),
            now,
            batchSize,
            cutoff -> () -> stores.invitations().deleteSentBefore(cutoff, batchSize));
    return new RetentionReport(responses, cases, messages, invitations);
  }

  private static int deleteCases(LoopStores stores, Instant cutoff, int batchSize) {
    Map<TenantId, List<CaseId>> deleted = stores.cases().deleteClosedBefore(cutoff, batchSize);
    int n = 0;
    for (Map.Entry<TenantId, List<CaseId>> e : deleted.entrySet()) {
      stores.resurveys().deleteForCases(e.getKey(), e.getValue());
      n += e.getValue().size();
    }
    return n;
  }

  private interface Batch {
    IntSupplier at(Instant cutoff);
  }

  private static long purge(
      LoopStores stores, Optional<Duration> period, Instant now, int batchSize, Batch batch) {
    if (period.isEmpty()) {
      return 0;
    }
    IntSupplier oneBatch = batch.at(now.minus(period.get()));
    long total = 0;
    while (true) {
      int deleted = stores.unitOfWork().inTransaction(tx -> oneBatch.getAsInt());
      total += deleted;
      if (deleted < batchSize) {
        return total;
      }
    }
  }
}
