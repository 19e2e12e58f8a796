package io.feedbackloop.routing.outbox;

import io.feedbackloop.core.tx.UnitOfWork;

class InMemoryOutboxStoreTest extends OutboxStoreContract {

  @Override
  protected OutboxStore newStore() {
    return InMemoryOutboxStore.create();
  }

  @Override
  protected UnitOfWork unitOfWorkOf(OutboxStore store) {
    return ((InMemoryOutboxStore) store).unitOfWork();
  }
}
