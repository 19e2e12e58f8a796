package io.feedbackloop.routing.suppression;

class InMemorySuppressionStoreTest extends SuppressionStoreContract {
  @Override
  protected SuppressionStore newStore() {
    return InMemorySuppressionStore.create();
  }
}
