package io.feedbackloop.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.tx.UnitOfWork;
import org.junit.jupiter.api.Test;

class InMemoryResponseStoreTest extends ResponseStoreContract {
  private UnitOfWork unitOfWork = UnitOfWork.inMemory();

  @Override
  protected ResponseStore createStore() {
    unitOfWork = UnitOfWork.inMemory();
    return InMemoryResponseStore.create(unitOfWork);
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void defaultStoreHasItsOwnUnitOfWork() {
    InMemoryResponseStore own = InMemoryResponseStore.create();

    assertThat(own.append(response(ACME, "r1", T0).build()).created()).isTrue();
    assertThat(own.toString()).isEqualTo("InMemoryResponseStore[UnitOfWork[inMemory]]");
    assertThatThrownBy(() -> InMemoryResponseStore.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unitOfWork must not be null");
  }
}
