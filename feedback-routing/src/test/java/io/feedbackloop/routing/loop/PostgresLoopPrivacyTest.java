package io.feedbackloop.routing.loop;

import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.internal.loop.LoopStores;

class PostgresLoopPrivacyTest extends AbstractLoopPrivacyTest {
  static LoopStores postgres() {
    return jdbc(EmbeddedPostgresSupport.dataSource(), EmbeddedPostgresSupport.uniquePrefix("loop"));
  }

  @Override
  LoopStores newStores() {
    return postgres();
  }
}
