package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import java.util.Map;
import io.feedbackloop.routing.internal.loop.CaseRedaction;
import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static io.feedbackloop.routing.cases.CaseFixtures.ALICE;
import static io.feedbackloop.routing.cases.CaseFixtures.BOB;
import static io.feedbackloop.routing.cases.CaseFixtures.GLOBEX;
import static io.feedbackloop.routing.cases.CaseFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.store.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CaseStore} keeps; run against each implementation by a subclass that
 * supplies a fresh, empty store per test.
 */
public abstract class CaseStoreContract {
  protected CaseStore store;

  /** A new, empty store. */
  protected abstract CaseStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
  }

  @Test
  void createIfAbsentStoresOnceAndThenReturnsTheFirst() {
    FollowUpCase first = CaseFixtures.newCase(ACME, "c-1", "r-1", T0).build();
    FollowUpCase second = CaseFixtures.newCase(ACME, "c-2", "r-1", T0.plusSeconds(5)).build();

    OpenedCase a = store.createIfAbsent(first);
    OpenedCase b = store.createIfAbsent(second);

    assertThat(a.created()).isTrue();
    assertThat(a.followUpCase()).isEqualTo(first);
    assertThat(b.created()).isFalse();
    assertThat(b.followUpCase()).isEqualTo(first);
    assertThat(store.find(ACME, CaseId.of("c-2"))).isEmpty();
    assertThat(store.findByCreationKey(ACME, "r-1", "detractor")).contains(first);
    assertThat(store.findByCreationKey(ACME, "r-1", "other-rule")).isEmpty();
    assertThat(store.findByCreationKey(GLOBEX, "r-1", "detractor")).isEmpty();
  }

  @Test
  void theSameResponseOpensOneCasePerRuleAndTenant() {
    assertThat(store.createIfAbsent(CaseFixtures.newCase(ACME, "c-1", "r-1", T0).build()).created()).isTrue();
    assertThat(store.createIfAbsent(CaseFixtures.newCase(ACME, "c-2", "r-1", T0).ruleId("other").build()).created())
        .isTrue();
    assertThat(store.createIfAbsent(CaseFixtures.newCase(GLOBEX, "c-1", "r-1", T0).build()).created()).isTrue();
  }

  @Test
  void createIfAbsentRefusesATakenIdAndANonZeroVersion() {
    store.createIfAbsent(CaseFixtures.newCase(ACME, "c-1", "r-1", T0).build());
    assertThatThrownBy(() -> store.createIfAbsent(CaseFixtures.newCase(ACME, "c-1", "r-2", T0).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("case id c-1 must be unused in tenant acme, but was taken by another case");
    FollowUpCase advanced = CaseFixtures.nextVersion(CaseFixtures.newCase(ACME, "c-2", "r-2", T0).build(), "ana", "tag", "x", T0);
    assertThatThrownBy(() -> store.createIfAbsent(advanced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version of a new case must be 0, but was 1");
    assertThat(store.findByCreationKey(ACME, "r-2", "detractor")).isEmpty();
  }

  @Test
  void everyFieldSurvivesTheRoundTrip() {
    FollowUpCase full = CaseFixtures.everyField(ACME, "c-1", T0);
    FollowUpCase atZero = full.toBuilder().version(0).audit(List.of()).notes(List.of()).build();
    store.createIfAbsent(atZero);
    FollowUpCase stored = store.find(ACME, CaseId.of("c-1")).orElseThrow();
    assertThat(stored).isEqualTo(atZero);
  }

  @Test
  void updateIsACompareAndSetOnTheVersion() {
    FollowUpCase c = store.createIfAbsent(CaseFixtures.newCase(ACME, "c-1", "r-1", T0).build()).followUpCase();
    FollowUpCase v1 =
        CaseFixtures.nextVersion(c, "ana", AuditEntry.OWNER, "ana", T0.plusSeconds(60))
            .toBuilder()
            .status(CaseStatus.ASSIGNED)
            .owner("ana")
            .build();
    FollowUpCase stored = store.update(v1, 0);
    assertThat(stored).isEqualTo(v1);
    assertThat(store.find(ACME, c.id())).contains(v1);

    FollowUpCase rival = CaseFixtures.nextVersion(c, "ben", AuditEntry.OWNER, "ben", T0.plusSeconds(61));
    assertThatThrownBy(() -> store.update(rival, 0))
        .isInstanceOf(CaseConflictException.class)
        .hasMessage("case c-1 was changed concurrently: expected version 0, but the stored version is 1");
    assertThat(store.find(ACME, c.id())).contains(v1);
  }

  @Test
  void updateRefusesMissingCasesWrongVersionsAndIdentityChanges() {
    FollowUpCase c = store.createIfAbsent(CaseFixtures.newCase(ACME, "c-1", "r-1", T0).build()).followUpCase();
    FollowUpCase next = CaseFixtures.nextVersion(c, "ana", AuditEntry.TAG, "x", T0);
    assertThatThrownBy(() -> store.update(next, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version of the updated case c-1 must be expectedVersion + 1 (2), but was 1");
    FollowUpCase ghost = CaseFixtures.nextVersion(CaseFixtures.newCase(ACME, "c-9", "r-9", T0).build(), "ana", "tag", "x", T0);
    assertThatThrownBy(() -> store.update(ghost, 0))
        .isInstanceOf(CaseNotFoundException.class)
        .hasMessage("no case c-9 in tenant acme");
    FollowUpCase otherTenant = CaseFixtures.nextVersion(CaseFixtures.newCase(GLOBEX, "c-1", "r-1", T0).build(), "ana", "tag", "x", T0);
    assertThatThrownBy(() -> store.update(otherTenant, 0)).isInstanceOf(CaseNotFoundException.class);
    FollowUpCase moved = next.toBuilder().sourceResponseId("r-2").build();
    assertThatThrownBy(() -> store.update(moved, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule, source response and creation time of case c-1 must be unchanged (detractor, r-1,"
                + " 2026-03-02T09:00:00Z), but was (detractor, r-2, 2026-03-02T09:00:00Z)");
    assertThat(store.find(ACME, c.id())).contains(c);
  }

  @Test
  void theAuditTrailAndNotesOnlyGrow() {
    FollowUpCase c = store.createIfAbsent(CaseFixtures.newCase(ACME, "c-1", "r-1", T0).build()).followUpCase();
    FollowUpCase v1 =
        store.update(
            CaseFixtures.nextVersion(c, "ana", AuditEntry.NOTE, "note 1", T0)
                .toBuilder()
                .notes(List.of(new CaseNote(1, T0, "ana", "first")))
                .build(),
            0);
    // a writer that tries to rewrite history: drops the old entries and the note
    FollowUpCase forged =
        v1.toBuilder()
            .version(2)
            .audit(List.of(new AuditEntry(2, T0, "mallory", AuditEntry.TAG, null, "x")))
            .notes(List.of(new CaseNote(2, T0, "mallory", "second")))
            .build();
    FollowUpCase v2 = store.update(forged, 1);
    assertThat(v2.audit())
        .extracting(AuditEntry::version, AuditEntry::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, "system"),
            org.assertj.core.groups.Tuple.tuple(1L, "ana"),
            org.assertj.core.groups.Tuple.tuple(2L, "mallory"));
    assertThat(v2.notes()).extracting(CaseNote::text).containsExactly("first", "second");
    assertThat(store.find(ACME, c.id())).contains(v2);
  }

  @Test
  void setsAndPausesAreReplacedOnUpdate() {
    FollowUpCase full = CaseFixtures.everyField(ACME, "c-1", T0);
    FollowUpCase c = store.createIfAbsent(full.toBuilder().version(0).audit(List.of()).notes(List.of()).build()).followUpCase();
    FollowUpCase next =
        CaseFixtures.nextVersion(c, "ana", AuditEntry.TAG, "x", T0.plusSeconds(1))
            .toBuilder()
            .tags(List.of("x"))
            .rootCauses(List.of())
            .respondents(List.of(BOB))
            .responseIds(List.of("r-c-1", "r-new"))
            .status(CaseStatus.IN_PROGRESS)
            .heldFrom(null)
            .onHoldSince(null)
            .holds(List.of(new HoldInterval(T0, T0.plusSeconds(1)), new HoldInterval(T0.plusSeconds(1), T0.plusSeconds(1))))
            .owner(null)
            .resolutionSummary(null)
            .customerMessage(null)
            .build();
    assertThat(store.update(next, 0)).isEqualTo(next);
    assertThat(store.find(ACME, c.id())).contains(next);
  }

  @Test
  void queriesFilterByStatusTeamOwnerAndOpeningTime() {
    List<FollowUpCase> all = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      FollowUpCase c =
          CaseFixtures.newCase(ACME, "c-" + i, "r-" + i, T0.plus(Duration.ofHours(i)))
              .team(i % 2 == 0 ? "support" : "billing")
              .build();
      all.add(store.createIfAbsent(c).followUpCase());
    }
    store.createIfAbsent(CaseFixtures.newCase(GLOBEX, "c-0", "r-0", T0).build());
    FollowUpCase assigned =
        store.update(
            CaseFixtures.nextVersion(all.get(3), "ana", AuditEntry.OWNER, "ana", T0.plus(Duration.ofHours(9)))
                .toBuilder()
                .status(CaseStatus.ASSIGNED)
                .owner("ana")
                .build(),
            0);

    assertThat(ids(CaseQuery.of(ACME))).containsExactly("c-0", "c-1", "c-2", "c-3", "c-4", "c-5");
    assertThat(ids(CaseQuery.builder(ACME).team("support").build())).containsExactly("c-0", "c-2", "c-4");
    assertThat(ids(CaseQuery.builder(ACME).statuses(CaseStatus.ASSIGNED).build())).containsExactly("c-3");
    assertThat(ids(CaseQuery.builder(ACME).statuses(List.of(CaseStatus.NEW, CaseStatus.CLOSED)).team("billing").build()))
        .containsExactly("c-1", "c-5");
    assertThat(ids(CaseQuery.builder(ACME).owner("ana").build())).containsExactly("c-3");
    assertThat(ids(CaseQuery.builder(ACME).owner("ben").build())).isEmpty();
    assertThat(ids(CaseQuery.builder(ACME).openOnly().build())).hasSize(6);
    assertThat(
            ids(
                CaseQuery.builder(ACME)
                    .openedFrom(T0.plus(Duration.ofHours(1)))
                    .openedBefore(T0.plus(Duration.ofHours(3)))
                    .build()))
        .containsExactly("c-1", "c-2");
    assertThat(ids(CaseQuery.builder(ACME).openedFrom(T0.plus(Duration.ofHours(1)).plusNanos(1)).build()))
        .as("a bound between microseconds")
        .containsExactly("c-2", "c-3", "c-4", "c-5");
    assertThat(ids(CaseQuery.builder(ACME).openedBefore(T0.plusNanos(1)).build())).containsExactly("c-0");
    assertThat(CaseQuery.builder(ACME).owner("ana").build().matches(assigned)).isTrue();
  }

  @Test
  void pagesFollowOneAnotherInOpeningOrderThenById() {
    for (int i = 0; i < 7; i++) {
      // pairs opened at the same instant: the id breaks the tie
      store.createIfAbsent(CaseFixtures.newCase(ACME, "c-" + (char) ('a' + i), "r-" + i, T0.plusSeconds(i / 2)).build());
    }
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      Page<FollowUpCase> page = store.query(CaseQuery.of(ACME), 3, after);
      page.items().forEach(c -> seen.add(c.id().value()));
      after = page.next().orElse(null);
      pages++;
    } while (after != null);
    assertThat(seen).containsExactly("c-a", "c-b", "c-c", "c-d", "c-e", "c-f", "c-g");
    assertThat(pages).isEqualTo(3);
    assertThat(store.query(CaseQuery.of(ACME), 7, null).hasNext()).isFalse();
  }

  @Test
  void badPageArgumentsAreRefused() {
    assertThatThrownBy(() -> store.query(CaseQuery.of(ACME), 0, null))
        .hasMessage("size must be between 1 and 500, but was 0");
    assertThatThrownBy(() -> store.query(CaseQuery.of(ACME), 501, null))
        .hasMessage("size must be between 1 and 500, but was 501");
    assertThatThrownBy(() -> store.query(CaseQuery.of(ACME), 10, "garbage"))
        .hasMessage("after must be a page token returned by this store, but was 'garbage'");
    assertThatThrownBy(() -> store.query(CaseQuery.of(ACME), 10, "c1.!!"))
        .hasMessage("after must be a page token returned by this store, but was 'c1.!!'");
  }

  @Test
  void casesAreFoundByResponseAndByRespondent() {
    store.createIfAbsent(CaseFixtures.newCase(ACME, "c-1", "r-1", T0).respondents(List.of(ALICE)).build());
    store.createIfAbsent(
        CaseFixtures.newCase(ACME, "c-2", "r-2", T0.plusSeconds(1))
            .responseIds(List.of("r-1"))
            .respondents(List.of(ALICE, BOB))
            .build());
    store.createIfAbsent(CaseFixtures.newCase(GLOBEX, "c-1", "r-1", T0).respondents(List.of(ALICE)).build());

    assertThat(store.findByResponse(ACME, "r-1")).extracting(c -> c.id().value()).containsExactly("c-1", "c-2");
    assertThat(store.findByResponse(ACME, "r-2")).extracting(c -> c.id().value()).containsExactly("c-2");
    assertThat(store.findByResponse(ACME, "r-3")).isEmpty();
    assertThat(store.findByRespondent(ACME, ALICE)).extracting(c -> c.id().value()).containsExactly("c-1", "c-2");
    assertThat(store.findByRespondent(ACME, BOB)).extracting(c -> c.id().value()).containsExactly("c-2");
    assertThat(store.findByRespondent(GLOBEX, BOB)).isEmpty();
  }

  @Test
  void aRespondentHasAnOpenCaseUntilItIsResolved() {
    assertThat(store.hasOpenCase(ACME, ALICE)).isFalse();
    FollowUpCase c =
        store.createIfAbsent(CaseFixtures.newCase(ACME, "c-1", "r-1", T0).respondents(List.of(ALICE)).build()).followUpCase();
    assertThat(store.hasOpenCase(ACME, ALICE)).isTrue();
    assertThat(store.hasOpenCase(ACME, BOB)).isFalse();
    assertThat(store.hasOpenCase(GLOBEX, ALICE)).isFalse();
    store.update(
        CaseFixtures.nextVersion(c, "ana", AuditEntry.STATUS, "RESOLVED", T0)
            .toBuilder()
            .status(CaseStatus.RESOLVED)
            .build(),
        0);
    assertThat(store.hasOpenCase(ACME, ALICE)).isFalse();
  }

  @Test
  void writesRollBackWithTheCallersTransaction() {
    FollowUpCase c = store.createIfAbsent(CaseFixtures.newCase(ACME, "c-1", "r-1", T0).build()).followUpCase();
    assertThatThrownBy(
            () ->
                store
                    .unitOfWork()
                    .inTransaction(
                        tx -> {
                          store.update(CaseFixtures.nextVersion(c, "ana", AuditEntry.TAG, "x", T0), 0);
                          store.createIfAbsent(CaseFixtures.newCase(ACME, "c-2", "r-2", T0).build());
                          assertThat(store.find(ACME, CaseId.of("c-2"))).as("visible inside").isPresent();
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(store.find(ACME, c.id())).contains(c);
    assertThat(store.find(ACME, CaseId.of("c-2"))).isEmpty();
    assertThat(store.findByCreationKey(ACME, "r-2", "detractor")).isEmpty();
  }

  @Test
  void countsTheOpenCasesOfAnOwnerInOneTenantAndFollowsUpdatesAndRollbacks() {
    FollowUpCase c1 =
        store.createIfAbsent(CaseFixtures.newCase(ACME, "c-1", "r-1", T0).owner("ana").build()).followUpCase();
    store.createIfAbsent(CaseFixtures.newCase(ACME, "c-2", "r-2", T0).team("managers").owner("ana").build());
    store.createIfAbsent(closed(ACME, "c-3", T0.plusSeconds(5)).toBuilder().owner("ana").build());
    store.createIfAbsent(CaseFixtures.newCase(GLOBEX, "c-4", "r-4", T0).owner("ana").build());
    store.createIfAbsent(CaseFixtures.newCase(ACME, "c-5", "r-5", T0).owner("ben").build());
    store.createIfAbsent(CaseFixtures.newCase(ACME, "c-6", "r-6", T0).build());

    assertThat(store.countOpenOwnedBy(ACME, "ana")).as("open ones, over all teams").isEqualTo(2);
    assertThat(store.countOpenOwnedBy(ACME, "ben")).isEqualTo(1);
    assertThat(store.countOpenOwnedBy(GLOBEX, "ana")).isEqualTo(1);
    assertThat(store.countOpenOwnedBy(ACME, "carl")).isZero();

    FollowUpCase moved =
        store.update(CaseFixtures.nextVersion(c1, "lead", AuditEntry.OWNER, "ben", T0).toBuilder().owner("ben").build(), 0);
    assertThat(store.countOpenOwnedBy(ACME, "ana")).isEqualTo(1);
    assertThat(store.countOpenOwnedBy(ACME, "ben")).isEqualTo(2);

    assertThatThrownBy(
            () ->
                store
                    .unitOfWork()
                    .inTransaction(
                        tx -> {
                          store.update(
                              CaseFixtures.nextVersion(moved, "lead", AuditEntry.OWNER, "carl", T0)
                                  .toBuilder()
                                  .owner("carl")
                                  .build(),
                              1);
                          store.createIfAbsent(CaseFixtures.newCase(ACME, "c-7", "r-7", T0).owner("carl").build());
                          assertThat(store.countOpenOwnedBy(ACME, "carl")).as("visible inside").isEqualTo(2);
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(store.countOpenOwnedBy(ACME, "carl")).isZero();
    assertThat(store.countOpenOwnedBy(ACME, "ben")).isEqualTo(2);
    assertThat(CaseLookups.workload(store).openCases(ACME, io.feedbackloop.routing.assign.Member.of("ben")))
        .isEqualTo(2);
    assertThatThrownBy(() -> store.countOpenOwnedBy(ACME, "not an id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("owner must be");
  }

  @Test
  void pagesFollowTheOpeningOrderAcrossUpdatesAndDeletes() {
    for (int i = 0; i < 7; i++) {
      store.createIfAbsent(CaseFixtures.newCase(ACME, "p-" + (7 - i), "r-" + i, T0.plusSeconds(i % 3)).build());
    }
    store.createIfAbsent(CaseFixtures.newCase(GLOBEX, "p-0", "r-g", T0).build());
    List<String> ids = new ArrayList<>();
    String after = null;
    do {
      Page<FollowUpCase> page = store.query(CaseQuery.builder(ACME).build(), 3, after);
      page.items().forEach(c -> ids.add(c.id().value()));
      after = page.next().orElse(null);
    } while (after != null);
    assertThat(ids).containsExactly("p-1", "p-4", "p-7", "p-3", "p-6", "p-2", "p-5");
  }

  // --- escalation: schedules, claims, fired steps ---

  private FollowUpCase opened(String id) {
    return store.createIfAbsent(CaseFixtures.newCase(ACME, id, "r-" + id, T0).build()).followUpCase();
  }

  private static CaseSchedule schedule(String id, long version, @Nullable Instant next) {
    return new CaseSchedule(ACME, CaseId.of(id), "default", version, next);
  }

  @Test
  void aScheduleIsWrittenReplacedAndReadBack() {
    opened("c-1");
    assertThat(store.findSchedule(ACME, CaseId.of("c-1"))).isEmpty();
    store.schedule(schedule("c-1", 0, T0.plusNanos(1_500)));
    assertThat(store.findSchedule(ACME, CaseId.of("c-1")))
        .contains(schedule("c-1", 0, T0.plusNanos(1_000)));
    store.schedule(schedule("c-1", 1, null));
    assertThat(store.findSchedule(ACME, CaseId.of("c-1"))).contains(schedule("c-1", 1, null));
    assertThat(store.findSchedule(GLOBEX, CaseId.of("c-1"))).isEmpty();
    assertThatThrownBy(() -> store.schedule(schedule("missing", 0, T0)))
        .isInstanceOf(CaseNotFoundException.class);
  }

  @Test
  void claimDueTakesDueUnleasedCasesEarliestFirstUpToTheLimit() {
    for (String id : List.of("c-1", "c-2", "c-3", "c-4")) {
      opened(id);
    }
    store.schedule(schedule("c-1", 0, T0.plusSeconds(30)));
    store.schedule(schedule("c-2", 0, T0.plusSeconds(10)));
    store.schedule(schedule("c-3", 0, T0.plusSeconds(20)));
    store.schedule(schedule("c-4", 0, null));

    assertThat(store.claimDue("w1", 10, T0.plusSeconds(5), Duration.ofMinutes(1))).isEmpty();
    List<ClaimedCase> first = store.claimDue("w1", 2, T0.plusSeconds(60), Duration.ofMinutes(1));
    assertThat(first).extracting(c -> c.schedule().caseId().value()).containsExactly("c-2", "c-3");
    assertThat(first)
        .allSatisfy(
            c -> {
              assertThat(c.workerId()).isEqualTo("w1");
              assertThat(c.leaseUntil()).isEqualTo(T0.plusSeconds(120));
            });
    assertThat(first.get(0).claimToken()).isNotEqualTo(first.get(1).claimToken());
    List<ClaimedCase> second = store.claimDue("w2", 10, T0.plusSeconds(60), Duration.ofMinutes(1));
    assertThat(second).extracting(c -> c.schedule().caseId().value()).containsExactly("c-1");
    assertThat(store.claimDue("w2", 10, T0.plusSeconds(119), Duration.ofMinutes(1))).isEmpty();
  }

  @Test
  void anExpiredLeaseIsTakenOverAndTheOldClaimCanNoLongerRelease() {
    opened("c-1");
    store.schedule(schedule("c-1", 0, T0));
    ClaimedCase a = store.claimDue("w1", 10, T0, Duration.ofMinutes(1)).get(0);
    ClaimedCase b = store.claimDue("w2", 10, T0.plusSeconds(60), Duration.ofMinutes(1)).get(0);
    assertThat(b.workerId()).isEqualTo("w2");
    assertThat(store.releaseClaim(a, T0.plusSeconds(999))).isFalse();
    assertThat(store.findSchedule(ACME, CaseId.of("c-1")).orElseThrow().nextCheckAt()).isEqualTo(T0);
    assertThat(store.releaseClaim(b, T0.plusSeconds(300))).isTrue();
    assertThat(store.releaseClaim(b, T0.plusSeconds(400))).as("a second release").isFalse();
    assertThat(store.findSchedule(ACME, CaseId.of("c-1")).orElseThrow().nextCheckAt())
        .isEqualTo(T0.plusSeconds(300));
    assertThat(store.claimDue("w1", 10, T0.plusSeconds(299), Duration.ofMinutes(1))).isEmpty();
    assertThat(store.claimDue("w1", 10, T0.plusSeconds(300), Duration.ofMinutes(1))).hasSize(1);
  }

  @Test
  void releaseKeepsTheNextCheckTheServiceWroteWhileTheCaseWasClaimed() {
    opened("c-1");
    store.schedule(schedule("c-1", 0, T0));
    ClaimedCase claim = store.claimDue("w1", 10, T0, Duration.ofMinutes(1)).get(0);
    store.schedule(schedule("c-1", 1, T0.plusSeconds(5)));
    assertThat(store.claimDue("w2", 10, T0.plusSeconds(10), Duration.ofMinutes(1)))
        .as("still leased after the service's write")
        .isEmpty();
    assertThat(store.releaseClaim(claim, null)).isTrue();
    assertThat(store.findSchedule(ACME, CaseId.of("c-1"))).contains(schedule("c-1", 1, T0.plusSeconds(5)));
    assertThat(store.claimDue("w2", 10, T0.plusSeconds(10), Duration.ofMinutes(1))).hasSize(1);
  }

  @Test
  void claimArgumentsAreChecked() {
    assertThatThrownBy(() -> store.claimDue("w", 0, T0, Duration.ofMinutes(1)))
        .hasMessage("limit must be > 0, but was 0");
    assertThatThrownBy(() -> store.claimDue("w", 1, T0, Duration.ZERO))
        .hasMessage("lease must be > 0, but was PT0S");
    assertThatThrownBy(() -> store.claimDue(" ", 1, T0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("workerId must");
  }

  @Test
  void aStepIsRecordedOncePerCaseAndRolledBackWithTheCallersTransaction() {
    opened("c-1");
    opened("c-2");
    assertThat(store.recordFiredStep(ACME, CaseId.of("c-1"), "first-contact-75", "w1", T0)).isTrue();
    assertThat(store.recordFiredStep(ACME, CaseId.of("c-1"), "first-contact-75", "w2", T0)).isFalse();
    assertThat(store.recordFiredStep(ACME, CaseId.of("c-2"), "first-contact-75", "w1", T0)).isTrue();
    assertThatThrownBy(
            () ->
                store
                    .unitOfWork()
                    .inTransaction(
                        tx -> {
                          store.recordFiredStep(ACME, CaseId.of("c-1"), "resolution-2x", "w1", T0);
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(store.firedSteps(ACME, CaseId.of("c-1"))).containsExactly("first-contact-75");
    assertThat(store.firedSteps(GLOBEX, CaseId.of("c-1"))).isEmpty();
    assertThatThrownBy(() -> store.recordFiredStep(ACME, CaseId.of("c-1"), "bad step", "w1", T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("stepId must be");
  }

  private List<String> ids(CaseQuery query) {
    return ids(query, null);
  }

  private List<String> ids(CaseQuery query, @Nullable String after) {
    return store.query(query, CaseStore.MAX_PAGE_SIZE, after).items().stream().map(c -> c.id().value()).toList();
  }

  // ---- erasure, retention and health ------------------------------------------------------

  @Test
  void redactReplacesNotesTextsAuditAndTheRespondentLink() {
    FollowUpCase c =
        CaseFixtures.newCase(ACME, "c-1", "r-1", T0)
            .respondents(List.of(CaseFixtures.ALICE, CaseFixtures.BOB))
            .notes(List.of(new CaseNote(0, T0, "ana", "Called Alice at home")))
            .customerMessage("Dear Alice")
            .audit(
                List.of(
                    new AuditEntry(0, T0, "system", AuditEntry.STATUS, null, "NEW"),
                    new AuditEntry(
                        0, T0, "system", AuditEntry.RESPONDENT, null, CaseFixtures.ALICE.value())))
            .build();
    store.createIfAbsent(c);
    FollowUpCase redacted = CaseRedaction.redact(c, CaseFixtures.ALICE, T0.plusSeconds(60));

    FollowUpCase stored = store.redact(redacted, 0);

    assertThat(stored).isEqualTo(redacted);
    assertThat(store.find(ACME, CaseId.of("c-1"))).contains(redacted);
    assertThat(stored.notes()).extracting(CaseNote::text).containsExactly(CaseRedaction.ERASED);
    assertThat(stored.customerMessage()).contains(CaseRedaction.ERASED);
    assertThat(stored.audit()).extracting(AuditEntry::to)
        .containsExactly("NEW", CaseRedaction.ERASED, null);
    assertThat(store.findByRespondent(ACME, CaseFixtures.ALICE)).isEmpty();
    assertThat(store.findByRespondent(ACME, CaseFixtures.BOB)).containsExactly(stored);
    assertThatThrownBy(() -> store.redact(redacted, 0))
        .isInstanceOf(CaseConflictException.class);
  }

  @Test
  void redactIsUndoneWithItsTransaction() {
    FollowUpCase c = CaseFixtures.newCase(ACME, "c-1", "r-1", T0).respondents(List.of(CaseFixtures.ALICE)).build();
    store.createIfAbsent(c);

    assertThatThrownBy(
            () ->
                store.unitOfWork()
                    .inTransaction(
                        tx -> {
                          store.redact(CaseRedaction.redact(c, CaseFixtures.ALICE, T0), 0);
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");

    assertThat(store.find(ACME, CaseId.of("c-1"))).contains(c);
  }

  private static FollowUpCase closed(TenantId tenant, String id, Instant closedAt) {
    return CaseFixtures.newCase(tenant, id, "r-" + id, T0)
        .status(CaseStatus.CLOSED)
        .resolvedAt(closedAt)
        .closedAt(closedAt)
        .build();
  }

  @Test
  void deleteClosedBeforeDeletesClosedCasesOfEveryTenantInBatchesAndKeepsTheRest() {
    Instant cutoff = T0.plus(Duration.ofDays(30));
    store.createIfAbsent(closed(ACME, "old-1", T0.plusSeconds(1)));
    store.createIfAbsent(closed(GLOBEX, "old-2", T0.plusSeconds(2)));
    store.createIfAbsent(closed(ACME, "old-3", cutoff.minusNanos(1000)));
    store.createIfAbsent(closed(ACME, "at-cutoff", cutoff));
    store.createIfAbsent(CaseFixtures.newCase(ACME, "open", "r-open", T0.minus(Duration.ofDays(400))).build());
    store.schedule(new CaseSchedule(ACME, CaseId.of("old-1"), "default", 1, T0));

    Map<TenantId, List<CaseId>> first = store.deleteClosedBefore(cutoff, 2);
    Map<TenantId, List<CaseId>> second = store.deleteClosedBefore(cutoff, 2);

    assertThat(first.values().stream().mapToInt(List::size).sum()).isEqualTo(2);
    assertThat(second.values().stream().mapToInt(List::size).sum()).isEqualTo(1);
    assertThat(store.deleteClosedBefore(cutoff, 2)).isEmpty();
    assertThat(store.find(ACME, CaseId.of("old-1"))).isEmpty();
    assertThat(store.find(GLOBEX, CaseId.of("old-2"))).isEmpty();
    assertThat(store.find(ACME, CaseId.of("old-3"))).isEmpty();
    assertThat(store.findSchedule(ACME, CaseId.of("old-1"))).isEmpty();
    assertThat(store.find(ACME, CaseId.of("at-cutoff"))).isPresent();
    assertThat(store.find(ACME, CaseId.of("open"))).isPresent();
    assertThat(store.createIfAbsent(closed(ACME, "old-1", T0)).created()).isTrue();
  }

  @Test
  @SuppressWarnings("NullAway")
  void deleteClosedBeforeRefusesBadArguments() {
    assertThatThrownBy(() -> store.deleteClosedBefore(T0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 10000, but was 0");
    assertThatThrownBy(() -> store.deleteClosedBefore(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cutoff must not be null");
  }

  @Test
  void countsOpenCasesByAgeAndSlaBreachesOverAllTenants() {
    Instant due = T0.plus(Duration.ofHours(1));
    store.createIfAbsent(CaseFixtures.newCase(ACME, "late-contact", "r-1", T0).firstContactDue(due).build());
    store.createIfAbsent(
        CaseFixtures.newCase(GLOBEX, "late-resolution", "r-2", T0.plusSeconds(10))
            .resolutionDue(due.plus(Duration.ofHours(1)))
            .build());
    store.createIfAbsent(
        CaseFixtures.newCase(ACME, "contacted", "r-3", T0.plusSeconds(20))
            .status(CaseStatus.IN_PROGRESS)
            .firstContactDue(due)
            .firstContactAt(T0.plusSeconds(30))
            .build());
    store.createIfAbsent(closed(ACME, "closed", T0.plusSeconds(40)).toBuilder().firstContactDue(due).build());

    assertThat(store.countOpenCreatedBefore(T0)).isZero();
    assertThat(store.countOpenCreatedBefore(T0.plusSeconds(10))).isEqualTo(1);
    assertThat(store.countOpenCreatedBefore(T0.plusSeconds(11))).isEqualTo(2);
    assertThat(store.countOpenCreatedBefore(T0.plus(Duration.ofDays(1)))).isEqualTo(3);
    assertThat(store.countSlaBreached(due)).as("due exactly now is not late").isZero();
    assertThat(store.countSlaBreached(due.plusNanos(1000))).isEqualTo(1);
    assertThat(store.countSlaBreached(due.plus(Duration.ofHours(2)))).isEqualTo(2);
  }
}
