package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.outbox.OutboxStore;
import io.feedbackloop.routing.outbox.OutboxStoreContract;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

class H2OutboxStoreTest extends OutboxStoreContract {
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static final DataSource H2 = h2();

  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:outbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    return JdbcConnectionPool.create(ds);
  }

  @Override
  protected OutboxStore newStore() {
    String prefix = "ob_" + PREFIXES.incrementAndGet() + "_";
    SchemaMigrator.builder().dataSource(H2).tablePrefix(prefix).build()
        .migrate(RoutingMigrations.all());
    return JdbcOutboxStore.builder().dataSource(H2).tablePrefix(prefix).build();
  }

  @Override
  protected UnitOfWork unitOfWorkOf(OutboxStore store) {
    return ((JdbcOutboxStore) store).unitOfWork();
  }
}
