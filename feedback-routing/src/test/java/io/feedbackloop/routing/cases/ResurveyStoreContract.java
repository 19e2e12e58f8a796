package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static io.feedbackloop.routing.cases.CaseFixtures.ALICE;
import static io.feedbackloop.routing.cases.CaseFixtures.BOB;
import static io.feedbackloop.routing.cases.CaseFixtures.GLOBEX;
import static io.feedbackloop.routing.cases.CaseFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.scoring.Category;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ResurveyStore} keeps, pinned to the in-memory store's behaviour; run
 * against each implementation by a subclass that supplies a fresh, empty store per test.
 */
public abstract class ResurveyStoreContract {
  protected ResurveyStore store;

  /** A new, empty store. */
  protected abstract ResurveyStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
  }

  protected static Resurvey scheduled(TenantId tenant, String caseId, Instant at) {
    return new Resurvey(
        tenant, CaseId.of(caseId), ALICE, 3, at, Optional.of(at), Optional.of("inv-" + caseId),
        Optional.empty(), Optional.empty());
  }

  protected static Resurvey scheduled(String caseId, Instant at) {
    return scheduled(ACME, caseId, at);
  }

  private static Resurvey suppressed(String caseId, Instant at) {
    return new Resurvey(
        ACME, CaseId.of(caseId), ALICE, 2, at, Optional.empty(), Optional.empty(),
        Optional.of("QUIET_HOURS"), Optional.empty());
  }

  private static ResurveyAnswer positive() {
    return new ResurveyAnswer(9, Category.POSITIVE, T0.plusSeconds(3600), false);
  }

  @Test
  void insertsOncePerCaseListsInOrderAndFindsByInvitation() {
    Resurvey late = scheduled("c-2", T0.plusSeconds(60));
    Resurvey early = scheduled("c-1", T0);
    assertThat(store.insertIfAbsent(late)).isTrue();
    assertThat(store.insertIfAbsent(early)).isTrue();
    assertThat(store.insertIfAbsent(scheduled("c-1", T0.plusSeconds(5)))).isFalse();

    assertThat(store.list(ACME)).containsExactly(early, late);
    assertThat(store.list(GLOBEX)).isEmpty();
    assertThat(store.findByInvitation(ACME, "inv-c-2")).contains(late);
    assertThat(store.findByInvitation(ACME, "inv-none")).isEmpty();
    assertThat(store.find(ACME, CaseId.of("c-1"))).contains(early);
    assertThat(store.find(ACME, CaseId.of("c-3"))).isEmpty();
  }

  @Test
  void answersAreACompareAndSetAndEverythingRollsBack() {
    Resurvey r = scheduled("c-1", T0);
    Resurvey answered = r.withAnswer(new ResurveyAnswer(9, Category.POSITIVE, T0, false));
    assertThatThrownBy(() -> store.recordAnswer(answered))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("re-survey of case c-1 must be stored before its answer is recorded, but was none");
    assertThatThrownBy(() -> store.recordAnswer(r))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer of re-survey c-1 must be present, but was none");

    assertThatThrownBy(
            () ->
                store.unitOfWork().inTransaction(
                    tx -> {
                      store.insertIfAbsent(r);
                      store.recordAnswer(answered);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(store.find(ACME, r.caseId())).isEmpty();

    store.insertIfAbsent(r);
    assertThatThrownBy(
            () ->
                store.unitOfWork().inTransaction(
                    tx -> {
                      store.recordAnswer(answered);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(store.find(ACME, r.caseId())).contains(r);
    assertThat(store.recordAnswer(answered)).isTrue();
    assertThat(store.recordAnswer(answered)).isFalse();
    assertThat(store.find(ACME, r.caseId())).contains(answered);
  }

  @Test
  void anInsertInAUnitOfWorkThatThrowsLeavesNothing() {
    Resurvey r = scheduled("c-1", T0);
    assertThatThrownBy(
            () ->
                store.unitOfWork().inTransaction(
                    tx -> {
                      assertThat(store.insertIfAbsent(r)).isTrue();
                      assertThat(store.find(ACME, r.caseId())).contains(r);
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");

    assertThat(store.find(ACME, r.caseId())).isEmpty();
    assertThat(store.list(ACME)).isEmpty();
    assertThat(store.findByInvitation(ACME, "inv-c-1")).isEmpty();
    assertThat(store.insertIfAbsent(r)).isTrue();
  }

  @Test
  void aSecondAnswerLosesAndTheFirstStays() {
    Resurvey r = scheduled("c-1", T0);
    store.insertIfAbsent(r);
    Resurvey first = r.withAnswer(positive());
    Resurvey second = r.withAnswer(new ResurveyAnswer(1, Category.NEGATIVE, T0.plusSeconds(7200), true));

    assertThat(store.recordAnswer(first)).isTrue();
    assertThat(store.recordAnswer(second)).isFalse();
    assertThat(store.find(ACME, r.caseId())).contains(first);
    assertThat(store.find(ACME, r.caseId()).orElseThrow().status()).isEqualTo(Resurvey.Status.ANSWERED);
  }

  @Test
  void recordingAnAnswerStoresTheAnsweredReSurveyWhole() {
    // The in-memory store replaces the stored value with the one given; every store does.
    store.insertIfAbsent(scheduled("c-1", T0));
    Resurvey changed =
        new Resurvey(
                ACME, CaseId.of("c-1"), RespondentId.of("customer-7"), 1, T0.plusSeconds(1),
                Optional.of(T0.plusSeconds(2)), Optional.of("inv-other"), Optional.empty(),
                Optional.empty())
            .withAnswer(new ResurveyAnswer(2, Category.NEGATIVE, T0.plusSeconds(9), true));

    assertThat(store.recordAnswer(changed)).isTrue();
    assertThat(store.find(ACME, CaseId.of("c-1"))).contains(changed);
    assertThat(store.findByInvitation(ACME, "inv-other")).contains(changed);
    assertThat(store.findByInvitation(ACME, "inv-c-1")).isEmpty();
  }

  @Test
  void tenantsAreSeparate() {
    Resurvey acme = scheduled(ACME, "c-1", T0);
    Resurvey globex = scheduled(GLOBEX, "c-1", T0.plusSeconds(1));
    assertThat(store.insertIfAbsent(acme)).isTrue();
    assertThat(store.insertIfAbsent(globex)).isTrue();

    assertThat(store.list(ACME)).containsExactly(acme);
    assertThat(store.list(GLOBEX)).containsExactly(globex);
    assertThat(store.find(GLOBEX, CaseId.of("c-1"))).contains(globex);
    assertThat(store.findByInvitation(GLOBEX, "inv-c-1")).contains(globex);
    assertThat(store.findByInvitation(TenantId.of("initech"), "inv-c-1")).isEmpty();

    assertThat(store.recordAnswer(globex.withAnswer(positive()))).isTrue();
    assertThat(store.find(ACME, CaseId.of("c-1"))).contains(acme);
    Resurvey other = scheduled(TenantId.of("initech"), "c-1", T0).withAnswer(positive());
    assertThatThrownBy(() -> store.recordAnswer(other))
        .hasMessage("re-survey of case c-1 must be stored before its answer is recorded, but was none");
  }

  @Test
  void listBreaksTiesByCaseIdInStringOrder() {
    // String order, not a database collation: '-' < '.' < digits < upper case < lower case.
    for (String id : List.of("c.1", "c-b", "c-B", "c-10", "c-2", "c-1")) {
      store.insertIfAbsent(scheduled(id, T0));
    }
    store.insertIfAbsent(scheduled("a-0", T0.plusNanos(1000)));
    store.insertIfAbsent(scheduled("z-0", T0.minusNanos(1000)));

    assertThat(store.list(ACME))
        .extracting(r -> r.caseId().value())
        .containsExactly("z-0", "c-1", "c-10", "c-2", "c-B", "c-b", "c.1", "a-0");
  }

  @Test
  void findByInvitationReturnsTheFirstInListOrderWhenTwoShareIt() {
    Resurvey later =
        new Resurvey(
            ACME, CaseId.of("c-1"), ALICE, 3, T0.plusSeconds(10), Optional.of(T0),
            Optional.of("inv-shared"), Optional.empty(), Optional.empty());
    Resurvey earlier =
        new Resurvey(
            ACME, CaseId.of("c-2"), ALICE, 3, T0, Optional.of(T0), Optional.of("inv-shared"),
            Optional.empty(), Optional.empty());
    store.insertIfAbsent(later);
    store.insertIfAbsent(earlier);

    assertThat(store.findByInvitation(ACME, "inv-shared")).contains(earlier);
  }

  @Test
  void suppressedReSurveysRoundTripAndNoInvitationFindsThem() {
    Resurvey s = suppressed("c-1", T0);
    assertThat(store.insertIfAbsent(s)).isTrue();

    assertThat(store.find(ACME, s.caseId())).contains(s);
    assertThat(store.find(ACME, s.caseId()).orElseThrow().status()).isEqualTo(Resurvey.Status.SUPPRESSED);
    assertThat(store.findByInvitation(ACME, "")).isEmpty();
    assertThat(store.findByInvitation(ACME, "QUIET_HOURS")).isEmpty();
    Resurvey answered = s.withAnswer(new ResurveyAnswer(0, Category.NEGATIVE, T0, false));
    assertThat(store.recordAnswer(answered)).isTrue();
    assertThat(store.list(ACME)).containsExactly(answered);
  }

  @Test
  void instantsReadBackToTheMicrosecondIncludingBeforeTheEpoch() {
    Instant fine = Instant.parse("2026-03-02T09:00:00.123456789Z");
    Instant old = Instant.parse("1969-12-31T23:59:59.999999Z");
    Resurvey a = scheduled("c-1", fine);
    Resurvey b = scheduled("c-2", old);
    store.insertIfAbsent(a);
    store.insertIfAbsent(b);
    Resurvey answered = a.withAnswer(new ResurveyAnswer(-1, Category.NEUTRAL, fine.plusNanos(1), false));
    store.recordAnswer(answered);

    Resurvey read = store.find(ACME, a.caseId()).orElseThrow();
    assertThat(read).isEqualTo(answered);
    assertThat(read.scheduledAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00.123456Z"));
    assertThat(read.answer().orElseThrow().at()).isEqualTo(Instant.parse("2026-03-02T09:00:00.123456Z"));
    assertThat(read.answer().orElseThrow().score()).isEqualTo(-1);
    assertThat(store.list(ACME)).containsExactly(b, answered);
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejectedWithTheirNames() {
    assertThatThrownBy(() -> store.insertIfAbsent(null)).hasMessage("resurvey must not be null");
    assertThatThrownBy(() -> store.find(null, CaseId.of("c-1"))).hasMessage("tenant must not be null");
    assertThatThrownBy(() -> store.find(ACME, null)).hasMessage("caseId must not be null");
    assertThatThrownBy(() -> store.findByInvitation(ACME, null)).hasMessage("invitationId must not be null");
    assertThatThrownBy(() -> store.findByInvitation(null, "inv")).hasMessage("tenant must not be null");
    assertThatThrownBy(() -> store.recordAnswer(null)).hasMessage("answered must not be null");
    assertThatThrownBy(() -> store.list(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tenant must not be null");
  }

  // ---- erasure and retention -----------------------------------------------------------------

  @Test
  void eraseDeletesOneRespondentsResurveysAndIsIdempotent() {
    store.insertIfAbsent(scheduled("c-1", T0));
    store.insertIfAbsent(scheduled("c-2", T0));
    store.insertIfAbsent(scheduled(GLOBEX, "c-1", T0));
    Resurvey bobs =
        new Resurvey(ACME, CaseId.of("c-3"), BOB, 3, T0, Optional.of(T0), Optional.of("inv-c-3"),
            Optional.empty(), Optional.empty());
    store.insertIfAbsent(bobs);

    assertThat(store.erase(ACME, ALICE)).isEqualTo(2);
    assertThat(store.erase(ACME, ALICE)).isZero();
    assertThat(store.list(ACME)).containsExactly(bobs);
    assertThat(store.find(GLOBEX, CaseId.of("c-1"))).isPresent();
  }

  @Test
  void deleteForCasesDeletesTheirResurveysOnly() {
    store.insertIfAbsent(scheduled("c-1", T0));
    store.insertIfAbsent(scheduled("c-2", T0));
    store.insertIfAbsent(scheduled(GLOBEX, "c-1", T0));

    assertThat(store.deleteForCases(ACME, List.of(CaseId.of("c-1"), CaseId.of("c-9")))).isEqualTo(1);
    assertThat(store.deleteForCases(ACME, List.of())).isZero();
    assertThat(store.list(ACME)).extracting(r -> r.caseId().value()).containsExactly("c-2");
    assertThat(store.find(GLOBEX, CaseId.of("c-1"))).isPresent();
  }
}
