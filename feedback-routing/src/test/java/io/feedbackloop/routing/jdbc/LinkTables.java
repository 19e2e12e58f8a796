package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** Creates the routing tables under a prefix, and dumps the link tables for the hash-only test. */
final class LinkTables {
  private LinkTables() {}

  static void migrate(DataSource ds, String prefix) {
    SchemaMigrator.builder()
        .dataSource(ds)
        .tablePrefix(prefix)
        .build()
        .migrate(RoutingMigrations.all());
  }

  /** Every value of every row of the link tables, as text. */
  static String dump(DataSource ds, String prefix) {
    StringBuilder out = new StringBuilder();
    try (Connection con = ds.getConnection();
        Statement st = con.createStatement()) {
      for (String table : List.of("links", "public_links", "public_link_visits")) {
        try (ResultSet rs = st.executeQuery("select * from " + prefix + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              out.append(rs.getString(i)).append('|');
            }
            out.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("dumping " + prefix + " failed", e);
    }
    return out.toString();
  }
}
