package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.internal.loop.LoopStores;

class InMemoryLoopRetentionTest extends AbstractLoopRetentionTest {
  @Override
  LoopStores newStores() {
    return AbstractLoopPrivacyTest.inMemory();
  }
}
