package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.suppression.SuppressionStore;
import io.feedbackloop.routing.suppression.SuppressionStoreContract;

class PostgresSuppressionStoreTest extends SuppressionStoreContract {
  @Override
  protected SuppressionStore newStore() {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("supp");
    LinkTables.migrate(EmbeddedPostgresSupport.dataSource(), prefix);
    return JdbcSuppressionStore.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(prefix)
        .build();
  }
}
