package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.internal.loop.LoopStores;

class H2LoopHealthTest extends AbstractLoopHealthTest {
  @Override
  LoopStores newStores() {
    return H2LoopPrivacyTest.h2();
  }
}
