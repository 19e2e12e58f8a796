package io.feedbackloop.core.store.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

class H2ResponseStoreTest extends JdbcResponseStoreContract {
  private static final DataSource DB = H2Databases.fresh();
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  @Override
  protected DataSource dataSource() {
    return DB;
  }

  @Override
  protected String uniquePrefix() {
    return "h2_" + PREFIXES.incrementAndGet() + "_";
  }
}
