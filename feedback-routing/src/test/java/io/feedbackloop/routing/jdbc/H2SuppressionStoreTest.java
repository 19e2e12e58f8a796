package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.store.jdbc.H2Databases;
import io.feedbackloop.routing.suppression.SuppressionStore;
import io.feedbackloop.routing.suppression.SuppressionStoreContract;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

class H2SuppressionStoreTest extends SuppressionStoreContract {
  private static final DataSource DB = H2Databases.fresh();
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  @Override
  protected SuppressionStore newStore() {
    String prefix = "h2supp_" + PREFIXES.incrementAndGet() + "_";
    LinkTables.migrate(DB, prefix);
    return JdbcSuppressionStore.builder().dataSource(DB).tablePrefix(prefix).build();
  }
}
