package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.internal.loop.LoopStores;

class InMemoryLoopHealthTest extends AbstractLoopHealthTest {
  @Override
  LoopStores newStores() {
    return AbstractLoopPrivacyTest.inMemory();
  }
}
