package io.feedbackloop.routing.link;

class InMemoryLinkStoreTest extends LinkStoreContract {
  private final InMemoryLinkStore memory = InMemoryLinkStore.create();

  @Override
  protected LinkStore newStore() {
    return memory;
  }

  @Override
  protected String everythingStored() {
    return memory.snapshot().toString();
  }
}
