package io.feedbackloop.routing.cases;

class InMemoryCaseStoreTest extends CaseStoreContract {
  @Override
  protected CaseStore createStore() {
    return InMemoryCaseStore.create();
  }
}
