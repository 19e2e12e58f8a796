package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.store.jdbc.H2Databases;
import io.feedbackloop.routing.link.LinkStore;
import io.feedbackloop.routing.link.LinkStoreContract;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

class H2LinkStoreTest extends LinkStoreContract {
  private static final DataSource DB = H2Databases.fresh();
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private final String prefix = "h2link_" + PREFIXES.incrementAndGet() + "_";

  @Override
  protected LinkStore newStore() {
    LinkTables.migrate(DB, prefix);
    return JdbcLinkStore.builder().dataSource(DB).tablePrefix(prefix).build();
  }

  @Override
  protected String everythingStored() {
    return LinkTables.dump(DB, prefix);
  }
}
