package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static io.feedbackloop.routing.cases.CaseFixtures.ALICE;
import static io.feedbackloop.routing.cases.CaseFixtures.GLOBEX;
import static io.feedbackloop.routing.cases.CaseFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.scoring.Category;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResurveyStoreTest {
  private final UnitOfWork uow = UnitOfWork.inMemory();
  private final ResurveyStore store = ResurveyStore.inMemory(uow);

  private static Resurvey scheduled(String caseId, java.time.Instant at) {
    return new Resurvey(
        ACME, CaseId.of(caseId), ALICE, 3, at, Optional.of(at), Optional.of("inv-" + caseId),
        Optional.empty(), Optional.empty());
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
  }

  @Test
  void answersAreACompareAndSetAndEverythingRollsBack() {
    Resurvey r = scheduled("c-1", T0);
    Resurvey answered = r.withAnswer(new ResurveyAnswer(9, Category.POSITIVE, T0, false));
    assertThatThrownBy(() -> store.recordAnswer(answered))
        .hasMessage("re-survey of case c-1 must be stored before its answer is recorded, but was none");
    assertThatThrownBy(() -> store.recordAnswer(r))
        .hasMessage("answer of re-survey c-1 must be present, but was none");

    assertThatThrownBy(
            () ->
                uow.inTransaction(
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
                uow.inTransaction(
                    tx -> {
                      store.recordAnswer(answered);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(store.find(ACME, r.caseId())).contains(r);
    assertThat(store.recordAnswer(answered)).isTrue();
    assertThat(store.recordAnswer(answered)).isFalse();
    assertThat(store.find(ACME, r.caseId())).contains(answered);
    assertThat(store.toString()).isEqualTo("InMemoryResurveyStore[1 re-surveys]");
  }
}
