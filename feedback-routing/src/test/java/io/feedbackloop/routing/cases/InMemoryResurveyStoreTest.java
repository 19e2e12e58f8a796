package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.tx.UnitOfWork;
import org.junit.jupiter.api.Test;

class InMemoryResurveyStoreTest extends ResurveyStoreContract {
  @Override
  protected ResurveyStore createStore() {
    return ResurveyStore.inMemory(UnitOfWork.inMemory());
  }

  @Test
  void toStringCountsTheReSurveys() {
    store.insertIfAbsent(scheduled("c-1", T0));
    assertThat(store.toString()).isEqualTo("InMemoryResurveyStore[1 re-surveys]");
  }

  @Test
  @SuppressWarnings("NullAway")
  void needsAUnitOfWork() {
    assertThatThrownBy(() -> ResurveyStore.inMemory(null)).hasMessage("unitOfWork must not be null");
  }
}
