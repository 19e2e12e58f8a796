package io.feedbackloop.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.testing.EmbeddedPostgresSupport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresSchemaMigratorTest extends SchemaMigratorContract {

  @Override
  protected DataSource dataSource() {
    return EmbeddedPostgresSupport.dataSource();
  }

  @Override
  protected String uniquePrefix() {
    return EmbeddedPostgresSupport.uniquePrefix("mig");
  }

  @Test
  void failedMigrationLeavesNothingBehindOnPostgres() throws SQLException {
    SchemaMigrator migrator =
        SchemaMigrator.builder().dataSource(dataSource()).tablePrefix(prefix).build();
    Migrations broken =
        Migrations.builder("extra")
            .script(1, "ok", "create table ${prefix}ok (id integer);")
            .script(2, "broken", "create tabel oops;")
            .build();

    assertThatThrownBy(() -> migrator.migrate(broken)).isInstanceOf(StoreException.class);

    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select count(*) from information_schema.tables where table_name like '"
                    + prefix
                    + "%'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
