package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.store.Page;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseQuery;
import io.feedbackloop.routing.cases.CaseSchedule;
import io.feedbackloop.routing.cases.CaseStore;
import io.feedbackloop.routing.cases.ClaimedCase;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.OpenedCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A case store that "kills its node": once {@code firesBeforeDeath} steps have been recorded, the
 * next attempt to record one throws {@link Killed}, an {@link Error} that no SDK code catches. The
 * worker's step transaction rolls back (as PostgreSQL rolls back the transaction of a connection
 * whose process died), the error escapes {@code runDueWork()}, and the rest of the claimed batch
 * stays leased to the dead worker until the lease expires. Every later call throws too.
 */
final class KillableCaseStore implements CaseStore {
  /** The death of the node. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed() {
      super("node killed");
    }
  }

  private final CaseStore delegate;
  private final int firesBeforeDeath;
  private final AtomicInteger fires = new AtomicInteger();
  private volatile boolean dead;

  KillableCaseStore(CaseStore delegate, int firesBeforeDeath) {
    this.delegate = delegate;
    this.firesBeforeDeath = firesBeforeDeath;
  }

  boolean isDead() {
    return dead;
  }

  private void alive() {
    if (dead) {
      throw new Killed();
    }
  }

  @Override
  public boolean recordFiredStep(
      TenantId tenant, CaseId id, String stepId, String firedBy, Instant at) {
    alive();
    if (fires.incrementAndGet() > firesBeforeDeath) {
      dead = true;
      throw new Killed();
    }
    return delegate.recordFiredStep(tenant, id, stepId, firedBy, at);
  }

  @Override
  public UnitOfWork unitOfWork() {
    return delegate.unitOfWork();
  }

  @Override
  public OpenedCase createIfAbsent(FollowUpCase newCase) {
    alive();
    return delegate.createIfAbsent(newCase);
  }

  @Override
  public Optional<FollowUpCase> find(TenantId tenant, CaseId id) {
    alive();
    return delegate.find(tenant, id);
  }

  @Override
  public Optional<FollowUpCase> findByCreationKey(
      TenantId tenant, String sourceResponseId, String ruleId) {
    alive();
    return delegate.findByCreationKey(tenant, sourceResponseId, ruleId);
  }

  @Override
  public FollowUpCase update(FollowUpCase updated, long expectedVersion) {
    alive();
    return delegate.update(updated, expectedVersion);
  }

  @Override
  public Page<FollowUpCase> query(CaseQuery query, int size, @Nullable String after) {
    alive();
    return delegate.query(query, size, after);
  }

  @Override
  public List<FollowUpCase> findByResponse(TenantId tenant, String responseId) {
    alive();
    return delegate.findByResponse(tenant, responseId);
  }

  @Override
  public List<FollowUpCase> findByRespondent(TenantId tenant, RespondentId respondent) {
    alive();
    return delegate.findByRespondent(tenant, respondent);
  }

  @Override
  public boolean hasOpenCase(TenantId tenant, RespondentId respondent) {
    alive();
    return delegate.hasOpenCase(tenant, respondent);
  }

  @Override
  public void schedule(CaseSchedule schedule) {
    alive();
    delegate.schedule(schedule);
  }

  @Override
  public Optional<CaseSchedule> findSchedule(TenantId tenant, CaseId id) {
    alive();
    return delegate.findSchedule(tenant, id);
  }

  @Override
  public List<ClaimedCase> claimDue(String workerId, int limit, Instant now, Duration lease) {
    alive();
    return delegate.claimDue(workerId, limit, now, lease);
  }

  @Override
  public boolean releaseClaim(ClaimedCase claim, @Nullable Instant nextCheckAt) {
    alive();
    return delegate.releaseClaim(claim, nextCheckAt);
  }

  @Override
  public Set<String> firedSteps(TenantId tenant, CaseId id) {
    alive();
    return delegate.firedSteps(tenant, id);
  }
}
