package io.feedbackloop.routing.loop;

import io.feedbackloop.routing.internal.loop.LoopStores;

class PostgresLoopRetentionTest extends AbstractLoopRetentionTest {
  @Override
  LoopStores newStores() {
    return PostgresLoopPrivacyTest.postgres();
  }
}
