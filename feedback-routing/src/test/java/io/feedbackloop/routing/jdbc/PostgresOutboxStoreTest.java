package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.outbox.OutboxStore;
import io.feedbackloop.routing.outbox.OutboxStoreContract;

class PostgresOutboxStoreTest extends OutboxStoreContract {

  @Override
  protected OutboxStore newStore() {
    String prefix = EmbeddedPostgresSupport.uniquePrefix("outbox");
    SchemaMigrator.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(prefix)
        .build()
        .migrate(RoutingMigrations.all());
    return JdbcOutboxStore.builder()
        .dataSource(EmbeddedPostgresSupport.dataSource())
        .tablePrefix(prefix)
        .build();
  }

  @Override
  protected UnitOfWork unitOfWorkOf(OutboxStore store) {
    return ((JdbcOutboxStore) store).unitOfWork();
  }
}
