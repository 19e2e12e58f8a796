package io.feedbackloop.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link SchemaMigrator} must do on every database we support. */
public abstract class SchemaMigratorContract {
  protected String prefix = "unset_";
  private SchemaMigrator migrator;

  /** The database under test. */
  protected abstract DataSource dataSource();

  /** A table prefix no other test uses. */
  protected abstract String uniquePrefix();

  @BeforeEach
  void newPrefix() {
    prefix = uniquePrefix();
    migrator = SchemaMigrator.builder().dataSource(dataSource()).tablePrefix(prefix).build();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Migrations extra(String... sqls) {
    Migrations.Builder b = Migrations.builder("extra");
    for (int i = 0; i < sqls.length; i++) {
      b.script(i + 1, "step " + (i + 1), sqls[i]);
    }
    return b.build();
  }

  @Test
  void freshMigrationCreatesTheTablesAndRecordsTheVersion() throws SQLException {
    List<MigrationScript> applied = migrator.migrate(CoreMigrations.all());

    assertThat(applied).extracting(MigrationScript::toString).containsExactly("core V1 (responses)", "core V2 (responses retention)");
    assertThat(count("select count(*) from " + prefix + "responses")).isZero();
    assertThat(count("select count(*) from " + prefix + "response_attributes")).isZero();
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select module, version, description, checksum, applied_at from "
                    + prefix
                    + "schema_version")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("core");
      assertThat(rs.getInt(2)).isEqualTo(1);
      assertThat(rs.getString(3)).isEqualTo("responses");
      assertThat(rs.getString(4)).isEqualTo(CoreMigrations.all().scripts().get(0).checksum());
      assertThat(rs.getObject(5)).isNotNull();
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(2)).isEqualTo(2);
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void migratingAgainIsANoOp() throws SQLException {
    migrator.migrate(CoreMigrations.all());

    assertThat(migrator.migrate(CoreMigrations.all())).isEmpty();
    assertThat(count("select count(*) from " + prefix + "schema_version")).isEqualTo(2);
  }

  @Test
  void newVersionsApplyIncrementally() throws SQLException {
    String v1 = "create table ${prefix}extra (id integer not null);";
    migrator.migrate(extra(v1));

    List<MigrationScript> applied =
        migrator.migrate(extra(v1, "alter table ${prefix}extra add column note varchar(10);"));

    assertThat(applied).extracting(MigrationScript::version).containsExactly(2);
    assertThat(count("select count(note) from " + prefix + "extra")).isZero();
  }

  @Test
  void changedChecksumOfAnAppliedScriptIsRefused() {
    migrator.migrate(extra("create table ${prefix}extra (id integer);"));
    Migrations changed = extra("create table ${prefix}extra (id bigint);");

    assertThatThrownBy(() -> migrator.migrate(changed))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("migration extra V1 (step 1) was applied with checksum ")
        .hasMessageEndingWith(
            "but the script now has checksum "
                + changed.scripts().get(0).checksum()
                + "; an applied script must not change (add a new version instead), refusing to"
                + " migrate");
  }

  @Test
  void lineEndingsDoNotChangeTheChecksum() {
    migrator.migrate(extra("create table ${prefix}extra (id integer);\n"));

    assertThat(migrator.migrate(extra("create table ${prefix}extra (id integer);\r\n"))).isEmpty();
  }

  @Test
  void missingEarlierVersionIsRefused() {
    migrator.migrate(
        Migrations.builder("extra")
            .script(1, "one", "create table ${prefix}one (id integer);")
            .script(3, "three", "create table ${prefix}three (id integer);")
            .build());
    Migrations withTwo =
        Migrations.builder("extra")
            .script(1, "one", "create table ${prefix}one (id integer);")
            .script(2, "two", "create table ${prefix}two (id integer);")
            .script(3, "three", "create table ${prefix}three (id integer);")
            .build();

    assertThatThrownBy(() -> migrator.migrate(withTwo))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "migration extra V2 (two) is not applied but the later version V3 is; refusing to"
                + " apply out of order");
  }

  @Test
  void failingScriptNamesModuleAndVersion() {
    Migrations broken = extra("create table ${prefix}ok (id integer);", "create tabel oops;");

    assertThatThrownBy(() -> migrator.migrate(broken))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "migration extra V2 (step 2) with table prefix " + prefix + " failed (SQLState ");
  }

  @Test
  void concurrentMigrationsApplyEachScriptOnce() throws Exception {
    int nodes = 4;
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<MigrationScript>>> results = new ArrayList<>();
    try {
      for (int i = 0; i < nodes; i++) {
        SchemaMigrator node =
            SchemaMigrator.builder().dataSource(dataSource()).tablePrefix(prefix).build();
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return node.migrate(CoreMigrations.all());
                }));
      }
      start.countDown();
      int applied = 0;
      for (Future<List<MigrationScript>> f : results) {
        applied += f.get(1, TimeUnit.MINUTES).size();
      }
      assertThat(applied).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("select count(*) from " + prefix + "schema_version")).isEqualTo(2);
  }

  @Test
  void renderSubstitutesThePrefixAndNeedsNoDatabase() {
    SchemaMigrator renderer = SchemaMigrator.builder().tablePrefix("acme_fb_").build();

    List<String> scripts = renderer.render(CoreMigrations.all());

    assertThat(scripts).hasSize(2);
    assertThat(scripts.get(1)).contains("on acme_fb_responses (submitted_s, submitted_ns)");
    assertThat(scripts.get(0))
        .contains("create table acme_fb_responses (")
        .contains("references acme_fb_responses (tenant_id, id)")
        .doesNotContain("${");
    assertThatThrownBy(() -> renderer.migrate(CoreMigrations.all()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("migrate needs a DataSource: configure SchemaMigrator.builder().dataSource(...)");
  }

  @Test
  void unknownPlaceholderIsRefused() {
    assertThatThrownBy(() -> migrator.render(extra("create table ${schema}.x (id integer);")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "placeholders of migration extra V1 (step 1) must be ${prefix}, but was ${schema}");
  }

  @Test
  void migrationsAreValidated() {
    assertThatThrownBy(() -> Migrations.builder("extra").script(2, "b", "x").script(2, "c", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be > 2 (the previous script's), but was 2");
    assertThatThrownBy(() -> Migrations.builder("extra").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of scripts of module extra must be >= 1, but was 0");
    assertThatThrownBy(
            () ->
                Migrations.builder("extra")
                    .classpathScript(getClass().getClassLoader(), "db/create_things.sql"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "migration file name must be of the form V<version>__<description>.sql, but was"
                + " create_things.sql");
    assertThatThrownBy(
            () ->
                Migrations.builder("extra")
                    .classpathScript(getClass().getClassLoader(), "db/V1__missing.sql"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resource must exist on the class path, but was missing: db/V1__missing.sql");
    assertThatThrownBy(() -> new MigrationScript("extra", 0, "zero", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be > 0, but was 0");
  }
}
