package io.feedbackloop.core.store.jdbc;

import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import javax.sql.DataSource;

class PostgresResponseStoreTest extends JdbcResponseStoreContract {

  @Override
  protected DataSource dataSource() {
    return EmbeddedPostgresSupport.dataSource();
  }

  @Override
  protected String uniquePrefix() {
    return EmbeddedPostgresSupport.uniquePrefix("store");
  }
}
