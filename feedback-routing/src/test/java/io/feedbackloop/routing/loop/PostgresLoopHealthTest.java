package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.internal.loop.LoopStores;

class PostgresLoopHealthTest extends AbstractLoopHealthTest {
  @Override
  LoopStores newStores() {
    return PostgresLoopPrivacyTest.postgres();
  }
}
