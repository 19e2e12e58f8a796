package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.AbstractLoopPrivacyTest.ACME;
import static io.feedbackloop.routing.loop.AbstractLoopPrivacyTest.ANA;
import static io.feedbackloop.routing.loop.AbstractLoopPrivacyTest.BEN;
import static io.feedbackloop.routing.loop.AbstractLoopPrivacyTest.GLOBEX;
import static io.feedbackloop.routing.loop.AbstractLoopPrivacyTest.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.routing.cases.CaseFixtures;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.internal.loop.LoopRetention;
import io.feedbackloop.routing.internal.loop.LoopStores;
import io.feedbackloop.routing.outbox.ClaimedMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retention across every store of a loop; run on in-memory, H2 and PostgreSQL by subclasses. */
abstract class AbstractLoopRetentionTest {
  static final Duration DAYS_30 = Duration.ofDays(30);
  static final Instant NOW = T0.plus(Duration.ofDays(100));
  static final Instant CUTOFF = NOW.minus(DAYS_30);
  static final RetentionPolicy ALL_30_DAYS =
      RetentionPolicy.builder()
          .responses(DAYS_30)
          .closedCases(DAYS_30)
          .finishedMessages(DAYS_30)
          .invitations(DAYS_30)
          .build();

  LoopStores stores;

  abstract LoopStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
  }

  private static FollowUpCase closed(TenantId tenant, String id, Instant closedAt) {
    return CaseFixtures.newCase(tenant, id, "r-" + id, T0)
        .status(CaseStatus.CLOSED)
        .resolvedAt(closedAt)
        .closedAt(closedAt)
        .build();
  }

  /** Of each kind: some older than the cutoff, one exactly at it, one younger, one never due. */
  private void seed(int oldResponses) {
    for (int i = 0; i < oldResponses; i++) {
      stores.responses().append(
          AbstractLoopPrivacyTest.response(i % 2 == 0 ? ACME : GLOBEX, "old-" + i, ANA, T0.plusSeconds(i)));
    }
    stores.responses().append(AbstractLoopPrivacyTest.response(ACME, "at-cutoff", BEN, CUTOFF));
    stores.responses().append(AbstractLoopPrivacyTest.response(ACME, "young", BEN, NOW));

    stores.cases().createIfAbsent(closed(ACME, "closed-old", T0.plusSeconds(60)));
    stores.cases().createIfAbsent(closed(GLOBEX, "closed-old-2", T0.plusSeconds(60)));
    stores.cases().createIfAbsent(closed(ACME, "closed-at-cutoff", CUTOFF));
    stores.cases().createIfAbsent(CaseFixtures.newCase(ACME, "open-old", "r-open", T0).build());
    stores.resurveys().insertIfAbsent(AbstractLoopPrivacyTest.resurvey(ACME, "closed-old", ANA));
    stores.resurveys().insertIfAbsent(AbstractLoopPrivacyTest.resurvey(ACME, "open-old", ANA));

    stores.outbox().enqueue("email", AbstractLoopPrivacyTest.toRespondent(ACME, "delivered-old", ANA), T0);
    for (ClaimedMessage c : stores.outbox().claim("w", 10, T0, Duration.ofMinutes(1))) {
      stores.outbox().markDelivered(c, T0.plusSeconds(1));
    }
    stores.outbox().enqueue("email", AbstractLoopPrivacyTest.toRespondent(ACME, "pending-old", ANA), T0.minusSeconds(1));
    stores.outbox().enqueue("email", AbstractLoopPrivacyTest.toRespondent(ACME, "cancelled-at", ANA), CUTOFF);
    stores.outbox().cancel(ACME, "cancelled-at");

    stores.invitations().insert(AbstractLoopPrivacyTest.invitation(ACME, "inv-old", ANA, T0));
    stores.invitations().insert(AbstractLoopPrivacyTest.invitation(GLOBEX, "inv-old-2", ANA, T0));
    stores.invitations().insert(AbstractLoopPrivacyTest.invitation(ACME, "inv-at-cutoff", BEN, CUTOFF));
  }

  @Test
  void deletesWhatIsOlderThanThePeriodKeepsTheCutoffAndWhatIsNeverDue() {
    seed(3);

    RetentionReport report = LoopRetention.run(stores, ALL_30_DAYS, NOW);

    assertThat(report).isEqualTo(new RetentionReport(3, 2, 1, 2));
    assertThat(stores.responses().get(ACME, "old-0")).isEmpty();
    assertThat(stores.responses().get(GLOBEX, "old-1")).isEmpty();
    assertThat(stores.responses().get(ACME, "at-cutoff")).isPresent();
    assertThat(stores.responses().get(ACME, "young")).isPresent();
    assertThat(stores.cases().find(ACME, CaseId.of("closed-old"))).isEmpty();
    assertThat(stores.cases().find(GLOBEX, CaseId.of("closed-old-2"))).isEmpty();
    assertThat(stores.cases().find(ACME, CaseId.of("closed-at-cutoff"))).isPresent();
    assertThat(stores.cases().find(ACME, CaseId.of("open-old"))).as("open: never deleted").isPresent();
    assertThat(stores.resurveys().find(ACME, CaseId.of("closed-old"))).isEmpty();
    assertThat(stores.resurveys().find(ACME, CaseId.of("open-old"))).isPresent();
    assertThat(stores.outbox().find(ACME, "delivered-old")).isEmpty();
    assertThat(stores.outbox().find(ACME, "pending-old")).as("pending: never deleted").isPresent();
    assertThat(stores.outbox().find(ACME, "cancelled-at")).isPresent();
    assertThat(stores.invitations().find(ACME, "inv-old")).isEmpty();
    assertThat(stores.invitations().find(ACME, "inv-at-cutoff")).isPresent();

    assertThat(LoopRetention.run(stores, ALL_30_DAYS, NOW)).isEqualTo(RetentionReport.empty());
  }

  @Test
  void deletesMoreRowsThanOneBatchInSeveralBatches() {
    seed(23);

    RetentionReport report = LoopRetention.run(stores, ALL_30_DAYS, NOW, 5);

    assertThat(report.responses()).isEqualTo(23);
    assertThat(
            stores.responses().count(ResponseQuery.of(ACME))
                + stores.responses().count(ResponseQuery.of(GLOBEX)))
        .isEqualTo(2);
    assertThat(report.cases()).isEqualTo(2);
  }

  @Test
  void aPolicyThatKeepsAllDeletesNothingAndOneKindLeavesTheOthers() {
    seed(2);

    assertThat(LoopRetention.run(stores, RetentionPolicy.keepAll(), NOW)).isEqualTo(RetentionReport.empty());
    RetentionReport onlyInvitations =
        LoopRetention.run(stores, RetentionPolicy.builder().invitations(DAYS_30).build(), NOW);
    assertThat(onlyInvitations).isEqualTo(new RetentionReport(0, 0, 0, 2));
  }

  @Test
  @SuppressWarnings("NullAway")
  void badArgumentsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> LoopRetention.run(stores, null, NOW))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("policy must not be null");
    assertThatThrownBy(() -> LoopRetention.run(stores, ALL_30_DAYS, NOW, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSize must be > 0, but was 0");
    assertThatThrownBy(() -> RetentionPolicy.builder().responses(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("responses must be > 0, but was PT0S");
  }
}
