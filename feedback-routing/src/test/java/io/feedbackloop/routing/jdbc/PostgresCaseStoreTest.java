package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.routing.cases.CaseStore;
import io.feedbackloop.routing.cases.CaseStoreContract;

class PostgresCaseStoreTest extends CaseStoreContract {
  @Override
  protected CaseStore createStore() {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("cases");
    SchemaMigrator.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(prefix)
        .build()
        .migrate(RoutingMigrations.all());
    return JdbcCaseStore.builder().dataSource(EmbeddedPostgresSupport.dataSource()).tablePrefix(prefix).build();
  }
}
