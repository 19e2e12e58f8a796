package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.internal.loop.LoopStores;

class InMemoryLoopPrivacyTest extends AbstractLoopPrivacyTest {
  @Override
  LoopStores newStores() {
    return inMemory();
  }
}
