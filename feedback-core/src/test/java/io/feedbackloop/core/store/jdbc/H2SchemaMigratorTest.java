package io.feedbackloop.core.store.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

class H2SchemaMigratorTest extends SchemaMigratorContract {
  private static final DataSource DB = H2Databases.fresh();
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  @Override
  protected DataSource dataSource() {
    return DB;
  }

  @Override
  protected String uniquePrefix() {
    return "mig_" + PREFIXES.incrementAndGet() + "_";
  }
}
