package io.feedbackloop.routing.loop;

import static io.feedbackloop.routing.loop.AbstractLoopPrivacyTest.ACME;
import static io.feedbackloop.routing.loop.AbstractLoopPrivacyTest.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.routing.cases.CaseFixtures;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.internal.loop.LoopHealthProbe;
import io.feedbackloop.routing.internal.loop.LoopStores;
import io.feedbackloop.routing.invite.ReasonCode;
import io.feedbackloop.routing.outbox.ClaimedMessage;
import io.feedbackloop.routing.outbox.OutboxStoreContract;
import io.feedbackloop.routing.outbox.OutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The health snapshot on a known set-up; run on in-memory, H2 and PostgreSQL by subclasses. */
abstract class AbstractLoopHealthTest {
  static final Duration LEASE = Duration.ofMinutes(5);

  LoopStores stores;
  MutableClock clock;

  abstract LoopStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
    clock = MutableClock.at("2026-03-02T09:00:00Z");
  }

  private void seed() {
    Instant now = clock.instant();
    OutboxStore outbox = stores.outbox();
    outbox.enqueue("email", OutboxStoreContract.message(ACME, "claimed"), now.minus(Duration.ofHours(2)));
    outbox.claim("w", 1, now, LEASE);
    outbox.enqueue("email", OutboxStoreContract.message(ACME, "dead"), now.minus(Duration.ofHours(3)));
    ClaimedMessage dying = outbox.claim("w", 1, now, LEASE).get(0);
    outbox.deadLetter(dying, 3, "gone", now);
    outbox.enqueue("email", OutboxStoreContract.message(GLOBEX, "delivered"), now.minus(Duration.ofHours(4)));
    outbox.markDelivered(outbox.claim("w", 1, now, LEASE).get(0), now);
    outbox.enqueue("email", OutboxStoreContract.message(ACME, "late"), now.minus(Duration.ofMinutes(30)));
    outbox.enqueue("email", OutboxStoreContract.message(GLOBEX, "later"), now.plus(Duration.ofHours(1)));

    stores.cases().createIfAbsent(
        CaseFixtures.newCase(ACME, "h1", "r-1", now.minus(Duration.ofHours(1)))
            .firstContactDue(now.minus(Duration.ofMinutes(10)))
            .build());
    stores.cases().createIfAbsent(
        CaseFixtures.newCase(GLOBEX, "h30", "r-2", now.minus(Duration.ofHours(30))).build());
    stores.cases().createIfAbsent(
        CaseFixtures.newCase(ACME, "d3", "r-3", now.minus(Duration.ofDays(3))).build());
    stores.cases().createIfAbsent(
        CaseFixtures.newCase(ACME, "d10", "r-4", now.minus(Duration.ofDays(10)))
            .resolutionDue(now.plus(Duration.ofDays(1)))
            .build());
    Instant old = now.minus(Duration.ofDays(20));
    stores.cases().createIfAbsent(
        CaseFixtures.newCase(ACME, "closed", "r-5", old)
            .status(CaseStatus.CLOSED)
            .firstContactDue(old.plusSeconds(60))
            .resolvedAt(old.plusSeconds(120))
            .closedAt(old.plusSeconds(120))
            .build());
  }

  @Test
  void snapshotCountsBacklogDeadLettersBreachesAndAgesOverAllTenants() {
    seed();

    LoopHealth h = LoopHealthProbe.snapshot(stores, clock.instant(), Map.of(ReasonCode.QUIET_HOURS, 2L));

    assertThat(h.at()).isEqualTo(clock.instant());
    assertThat(h.outboxPending()).isEqualTo(3);
    assertThat(h.oldestPendingAge()).isEqualTo(Duration.ofMinutes(30));
    assertThat(h.deadLetters()).isEqualTo(1);
    assertThat(h.slaBreached()).isEqualTo(1);
    assertThat(h.openCasesByAge())
        .containsOnly(
            entry("under_24h", 1L), entry("24h_to_48h", 1L), entry("2d_to_7d", 1L), entry("over_7d", 1L));
    assertThat(h.invitationsSuppressed()).containsOnly(entry(ReasonCode.QUIET_HOURS, 2L));
  }

  @Test
  void aDayLaterTheCasesMoveUpABucketAndTheBacklogIsOlder() {
    seed();
    clock.advance(Duration.ofDays(1));

    LoopHealth h = LoopHealthProbe.snapshot(stores, clock.instant(), Map.of());

    assertThat(h.oldestPendingAge()).isEqualTo(Duration.ofHours(24).plusMinutes(30));
    assertThat(h.openCasesByAge())
        .containsOnly(
            entry("under_24h", 0L), entry("24h_to_48h", 1L), entry("2d_to_7d", 2L), entry("over_7d", 1L));
    assertThat(h.slaBreached()).as("resolution due exactly now: not yet late").isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(LoopHealthProbe.snapshot(stores, clock.instant(), Map.of()).slaBreached()).isEqualTo(2);
  }

  @Test
  void emptyStoresAreHealthy() {
    LoopHealth h = LoopHealthProbe.snapshot(stores, clock.instant(), Map.of());

    assertThat(h.outboxPending()).isZero();
    assertThat(h.oldestPendingAge()).isZero();
    assertThat(h.gauges()).containsEntry("feedback.cases.open.over_7d", 0.0);
  }
}
