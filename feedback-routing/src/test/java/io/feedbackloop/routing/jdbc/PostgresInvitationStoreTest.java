package io.feedbackloop.routing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.invite.ContactPolicy;
import io.feedbackloop.routing.invite.CountingLinkIssuer;
import io.feedbackloop.routing.invite.FrequencyCap;
import io.feedbackloop.routing.invite.Invitation;
import io.feedbackloop.routing.invite.InvitationDecision;
import io.feedbackloop.routing.invite.InvitationPlan;
import io.feedbackloop.routing.invite.InvitationService;
import io.feedbackloop.routing.invite.InvitationStore;
import io.feedbackloop.routing.invite.InvitationStoreContract;
import io.feedbackloop.routing.invite.Quota;
import io.feedbackloop.routing.invite.ReasonCode;
import io.feedbackloop.routing.invite.RecordingOutbox;
import io.feedbackloop.routing.invite.Touchpoint;
import io.feedbackloop.routing.link.IssuedLink;
import io.feedbackloop.routing.link.LinkIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PostgresInvitationStoreTest extends InvitationStoreContract {
  private static final String PREFIX = EmbeddedPostgresSupport.uniquePrefix("inv");
  private static final ExecutorService POOL = Executors.newFixedThreadPool(8);
  private static final MessageTemplate TEMPLATE =
      MessageTemplate.builder("invitation").text(Locale.ENGLISH, "{{link}}").build();

  static {
    SchemaMigrator.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(PREFIX)
        .build()
        .migrate(RoutingMigrations.all());
  }

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Override
  protected InvitationStore newStore() {
    return JdbcInvitationStore.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(PREFIX)
        .build();
  }

  private InvitationService service(
      InvitationStore s, InvitationPlan plan, ContactPolicy policy, LinkIssuer links) {
    return InvitationService.builder()
        .store(s)
        .outbox(new RecordingOutbox(s.unitOfWork()))
        .linkIssuer(links)
        .clock(MutableClock.at("2026-03-02T09:00:00Z"))
        .policy(policy)
        .plan(plan, TEMPLATE)
        .build();
  }

  private Touchpoint event(String respondent, String eventId) {
    return Touchpoint.builder()
        .tenant(tenant)
        .respondent(respondent)
        .eventType("order.delivered")
        .eventId(eventId)
        .occurredAt(Instant.parse("2026-03-02T09:00:00Z"))
        .build();
  }

  private static final ContactPolicy ONE_PER_MONTH =
      ContactPolicy.builder()
          .perRespondent(FrequencyCap.of(1, Duration.ofDays(30)))
          .perSurvey(FrequencyCap.unlimited())
          .perChannel(FrequencyCap.unlimited())
          .noQuietHours()
          .build();

  private static final InvitationPlan PLAN =
      InvitationPlan.builder("post-delivery").eventTypes("order.delivered").build();

  /** Runs {@code task(i)} for i in 0..n-1 on n threads released together. */
  private static <T> List<T> race(int n, Function<Integer, T> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(n);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = i;
      futures.add(
          POOL.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return task.apply(k);
              }));
    }
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(f.get(30, TimeUnit.SECONDS));
    }
    return out;
  }

  @Test
  void concurrentTouchpointsOfOneRespondentDoNotExceedTheCap() throws Exception {
    InvitationService svc = service(store, PLAN, ONE_PER_MONTH, new CountingLinkIssuer());
    for (int round = 0; round < 3; round++) {
      String who = "racer-" + round;
      List<InvitationDecision> decisions = race(6, i -> svc.onTouchpoint(event(who, "o-" + i)));
      assertThat(decisions).filteredOn(InvitationDecision::invites).hasSize(1);
      assertThat(decisions)
          .filteredOn(d -> !d.invites())
          .extracting(d -> ((InvitationDecision.Suppressed) d).reason())
          .containsOnly(ReasonCode.FREQUENCY_CAP_ALL);
      assertThat(store.history(tenant, RespondentId.of(who), Instant.EPOCH, Instant.MAX)).hasSize(1);
    }
  }

  @Test
  void withoutTheRespondentLockTwoNodesWouldBothInvite() throws Exception {
    // Control experiment: the same race against a store whose lock does nothing. Both threads
    // record their invitation and then meet in the link issuer, so neither saw the other's row.
    InvitationStore unlocked = new NoLock(store);
    CyclicBarrier inLinkIssuer = new CyclicBarrier(2);
    LinkIssuer meeting =
        (t, survey, who, id, expiresAt) -> {
          try {
            inLinkIssuer.await(10, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException("the other thread never came", e);
          }
          return new CountingLinkIssuer().issue(t, survey, who, id, expiresAt);
        };
    InvitationService svc = service(unlocked, PLAN, ONE_PER_MONTH, meeting);
    List<InvitationDecision> decisions = race(2, i -> svc.onTouchpoint(event("unlocked", "o-" + i)));
    assertThat(decisions).allMatch(InvitationDecision::invites);
    assertThat(store.history(tenant, RespondentId.of("unlocked"), Instant.EPOCH, Instant.MAX)).hasSize(2);
  }

  @Test
  void concurrentTouchpointsDoNotExceedTheQuota() throws Exception {
    InvitationPlan plan =
        InvitationPlan.builder("post-delivery")
            .eventTypes("order.delivered")
            .quota(Quota.of(3, Duration.ofDays(1)))
            .build();
    InvitationService svc = service(store, plan, ONE_PER_MONTH, new CountingLinkIssuer());
    List<InvitationDecision> decisions = race(8, i -> svc.onTouchpoint(event("q-" + i, "o-" + i)));
    assertThat(decisions).filteredOn(InvitationDecision::invites).hasSize(3);
    assertThat(decisions)
        .filteredOn(d -> !d.invites())
        .extracting(d -> ((InvitationDecision.Suppressed) d).reason())
        .containsOnly(ReasonCode.QUOTA_EXHAUSTED);
    assertThat(store.quotaUsed(tenant, "post-delivery", Instant.parse("2026-03-02T00:00:00Z")))
        .isEqualTo(3);
  }

  @Test
  void aFailingOutboxLeavesNothingInPostgres() {
    InvitationPlan plan =
        InvitationPlan.builder("post-delivery")
            .eventTypes("order.delivered")
            .quota(Quota.of(3, Duration.ofDays(1)))
            .build();
    RecordingOutbox outbox = new RecordingOutbox(store.unitOfWork());
    outbox.failEnqueue();
    InvitationService svc =
        InvitationService.builder()
            .store(store)
            .outbox(outbox)
            .linkIssuer(new CountingLinkIssuer())
            .clock(MutableClock.at("2026-03-02T09:00:00Z"))
            .plan(plan, TEMPLATE)
            .build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> svc.onTouchpoint(event("c-1", "o-1")))
        .hasMessage("outbox down");
    assertThat(store.history(tenant, RespondentId.of("c-1"), Instant.EPOCH, Instant.MAX)).isEmpty();
    assertThat(store.quotaUsed(tenant, "post-delivery", Instant.parse("2026-03-02T00:00:00Z"))).isZero();
  }

  /** A store that skips the respondent lock, for the control experiment. */
  private static final class NoLock implements InvitationStore {
    private final InvitationStore d;

    NoLock(InvitationStore d) {
      this.d = d;
    }

    @Override
    public UnitOfWork unitOfWork() {
      return d.unitOfWork();
    }

    @Override
    public Optional<Instant> lockRespondent(TenantId tenant, RespondentId respondent) {
      return Optional.empty();
    }

    @Override
    public boolean insert(Invitation invitation) {
      return d.insert(invitation);
    }

    @Override
    public Optional<Invitation> find(TenantId tenant, String invitationId) {
      return d.find(tenant, invitationId);
    }

    @Override
    public List<Invitation> history(TenantId tenant, RespondentId respondent, Instant from, Instant to) {
      return d.history(tenant, respondent, from, to);
    }

    @Override
    public int quotaUsed(TenantId tenant, String surveyId, Instant periodStart) {
      return d.quotaUsed(tenant, surveyId, periodStart);
    }

    @Override
    public boolean tryConsumeQuota(TenantId tenant, String surveyId, Instant periodStart, int max) {
      return d.tryConsumeQuota(tenant, surveyId, periodStart, max);
    }

    @Override
    public List<Invitation> recordAnswer(TenantId tenant, RespondentId respondent, String surveyId, Instant at) {
      return d.recordAnswer(tenant, respondent, surveyId, at);
    }

    @Override
    public List<Invitation> clearReminders(TenantId tenant, RespondentId respondent) {
      return d.clearReminders(tenant, respondent);
    }

    @Override
    public int erase(TenantId tenant, RespondentId respondent) {
      return d.erase(tenant, respondent);
    }
  }
}
