package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.cases.ResurveyStore;
import io.feedbackloop.routing.cases.ResurveyStoreContract;

class PostgresResurveyStoreTest extends ResurveyStoreContract {
  @Override
  protected ResurveyStore createStore() {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("resurveys");
    SchemaMigrator.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(prefix)
        .build()
        .migrate(RoutingMigrations.all());
    return JdbcResurveyStore.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(prefix)
        .build();
  }
}
