package io.feedbackloop.core.store.jdbc;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.internal.store.SqlStatements;
import io.feedbackloop.core.internal.store.TablePrefix;
import io.feedbackloop.core.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the SDK's migration scripts, when the host asks: the SDK never migrates on its own, and
 * its stores fail with a {@link StoreException} while their tables are missing.
 *
 * <p>Applied scripts are recorded in the table {@code <prefix>schema_version} (module, version,
 * description, checksum, applied_at; primary key module + version), which {@link #migrate} creates
 * if missing. Migrating again is a no-op. A script whose checksum differs from the applied one, an
 * unknown applied version below the newest known one, and a pending version below an applied one
 * are refused. Versions applied by a newer SDK are left alone.
 *
 * <p>Several nodes may migrate at once: on PostgreSQL the whole migration runs in one transaction
 * under a {@code pg_advisory_xact_lock} (PostgreSQL DDL is transactional, so a failed script
 * leaves nothing behind). On other databases concurrent migrations within one JVM are serialized
 * and, across JVMs, the primary key of the version table stops a second run; there DDL may commit
 * implicitly, so a failing script can leave a partial change.
 *
 * <p>Hosts that use Flyway or Liquibase take the scripts from {@link #render} instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemaMigrator {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Object LOCAL_LOCK = new Object();

  private final @Nullable DataSource dataSource;
  private final String prefix;

  private SchemaMigrator(Builder b) {
    this.dataSource = b.dataSource;
    this.prefix = b.prefix;
  }

  /** Starts a migrator; table prefix {@code fl_} by default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The table-name prefix. */
  public String tablePrefix() {
    return prefix;
  }

  /** The name of the version table, {@code <prefix>schema_version}. */
  public String versionTable() {
    return prefix + "schema_version";
  }

  /**
   * The scripts of {@code migrations}, in version order, with {@code ${prefix}} replaced by this
   * migrator's prefix: to feed to Flyway, Liquibase or a DBA. Needs no data source.
   *
   * @throws NullPointerException if {@code migrations} is null
   * @throws IllegalArgumentException if a script has a placeholder other than {@code ${prefix}}
   */
  public List<String> render(Migrations migrations) {
    Args.notNull("migrations", migrations);
    List<String> out = new ArrayList<>();
    for (MigrationScript s : migrations.scripts()) {
      out.add(render(s));
    }
    return List.copyOf(out);
  }

  /**
   * Applies the scripts of {@code modules} that are not applied yet, module by module in the order
   * given, each in version order.
   *
   * @return the scripts applied by this call; empty if the schema was up to date
   * @throws IllegalStateException if no data source was configured
   * @throws StoreException if a script fails, or the recorded history does not fit the scripts (a
   *     changed checksum, a missing or out-of-order version); on PostgreSQL nothing is then changed
   */
  public List<MigrationScript> migrate(Migrations... modules) {
    Args.notNull("modules", modules);
    for (int i = 0; i < modules.length; i++) {
      Args.notNull("modules[" + i + "]", modules[i]);
    }
    DataSource ds = dataSource;
    if (ds == null) {
      throw new IllegalStateException(
          "migrate needs a DataSource: configure SchemaMigrator.builder().dataSource(...)");
    }
    try (Connection con = ds.getConnection()) {
      if (isPostgres(con)) {
        return migrateInTransaction(con, modules, true);
      }
      // Without an advisory lock, serialize the migrations of this JVM. A deliberate exception to
      // "no lock across I/O": migrating is a one-off administrative step, never a service call.
      synchronized (LOCAL_LOCK) {
        return migrateInTransaction(con, modules, false);
      }
    } catch (SQLException e) {
      throw new StoreException("migrating " + versionTable() + " failed", e);
    }
  }

  private static boolean isPostgres(Connection con) throws SQLException {
    return con.getMetaData()
        .getDatabaseProductName()
        .toLowerCase(Locale.ROOT)
        .contains("postgresql");
  }

  private List<MigrationScript> migrateInTransaction(
      Connection con, Migrations[] modules, boolean postgres) throws SQLException {
    boolean autoCommit = con.getAutoCommit();
    con.setAutoCommit(false);
    try {
      List<MigrationScript> applied = migrate(con, modules, postgres);
      con.commit();
      for (MigrationScript s : applied) {
        LOG.info("applied migration {} V{} with table prefix {}", s.module(), s.version(), prefix);
      }
      return List.copyOf(applied);
    } catch (SQLException | RuntimeException e) {
      try {
        con.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      con.setAutoCommit(autoCommit);
    }
  }

  private List<MigrationScript> migrate(Connection con, Migrations[] modules, boolean postgres)
      throws SQLException {
    try (Statement st = con.createStatement()) {
      if (postgres) {
        st.execute("select pg_advisory_xact_lock(" + lockKey() + ")");
      }
      st.execute(
          "create table if not exists "
              + versionTable()
              + " (module varchar(64) not null, version integer not null,"
              + " description varchar(200) not null, checksum varchar(64) not null,"
              + " applied_at timestamp with time zone default current_timestamp not null,"
              + " constraint "
              + versionTable()
              + "_pk primary key (module, version))");
    }
    List<MigrationScript> applied = new ArrayList<>();
    for (Migrations module : modules) {
      Map<Integer, String> done = appliedVersions(con, module.module());
      for (MigrationScript s : pending(module, done)) {
        apply(con, s);
        applied.add(s);
      }
    }
    return applied;
  }

  private Map<Integer, String> appliedVersions(Connection con, String module) throws SQLException {
    Map<Integer, String> done = new TreeMap<>();
    try (PreparedStatement ps =
        con.prepareStatement(
            "select version, checksum from " + versionTable() + " where module = ?")) {
      ps.setString(1, module);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          done.put(rs.getInt(1), rs.getString(2));
        }
      }
    }
    return done;
  }

  private List<MigrationScript> pending(Migrations module, Map<Integer, String> done) {
    List<MigrationScript> scripts = module.scripts();
    int newestKnown = scripts.get(scripts.size() - 1).version();
    int newestApplied = done.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    Map<Integer, MigrationScript> known = new TreeMap<>();
    for (MigrationScript s : scripts) {
      known.put(s.version(), s);
    }
    for (Map.Entry<Integer, String> e : done.entrySet()) {
      MigrationScript s = known.get(e.getKey());
      if (s == null && e.getKey() < newestKnown) {
        throw new StoreException(
            "migration "
                + module.module()
                + " V"
                + e.getKey()
                + " is recorded in "
                + versionTable()
                + " but this SDK has no such script; refusing to migrate",
            null,
            null);
      }
      if (s != null && !s.checksum().equals(e.getValue())) {
        throw new StoreException(
            "migration "
                + s
                + " was applied with checksum "
                + e.getValue()
                + " but the script now has checksum "
                + s.checksum()
                + "; an applied script must not change (add a new version instead), refusing to"
                + " migrate",
            null,
            null);
      }
    }
    if (newestApplied > newestKnown) {
      LOG.warn(
          "module {} is at version {} in {}, newer than this SDK knows ({}); leaving it alone",
          module.module(),
          newestApplied,
          versionTable(),
          newestKnown);
    }
    List<MigrationScript> pending = new ArrayList<>();
    for (MigrationScript s : scripts) {
      if (!done.containsKey(s.version())) {
        if (s.version() < newestApplied) {
          throw new StoreException(
              "migration "
                  + s
                  + " is not applied but the later version V"
                  + newestApplied
                  + " is; refusing to apply out of order",
              null,
              null);
        }
        pending.add(s);
      }
    }
    return pending;
  }

  private void apply(Connection con, MigrationScript s) throws SQLException {
    try (Statement st = con.createStatement()) {
      for (String sql : SqlStatements.split(render(s))) {
        st.execute(sql);
      }
    } catch (SQLException e) {
      throw new StoreException("migration " + s + " with table prefix " + prefix + " failed", e);
    }
    try (PreparedStatement ps =
        con.prepareStatement(
            "insert into "
                + versionTable()
                + " (module, version, description, checksum) values (?, ?, ?, ?)")) {
      ps.setString(1, s.module());
      ps.setInt(2, s.version());
      ps.setString(3, s.description());
      ps.setString(4, s.checksum());
      ps.executeUpdate();
    }
  }

  private String render(MigrationScript s) {
    Matcher m = PLACEHOLDER.matcher(s.sql());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!m.group(1).equals("prefix")) {
        throw new IllegalArgumentException(
            "placeholders of migration "
                + s
                + " must be ${prefix}, but was ${"
                + Args.printable(m.group(1))
                + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(prefix));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A 64-bit advisory lock key for this prefix's schema. */
  private long lockKey() {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(("io.feedbackloop.schema:" + prefix).getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (d[i] & 0xff);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "SchemaMigrator[tablePrefix=" + prefix + "]";
  }

  /** Builds a {@link SchemaMigrator}. Not thread-safe. */
  public static final class Builder {
    private @Nullable DataSource dataSource;
    private String prefix = TablePrefix.DEFAULT;

    private Builder() {}

    /** Sets the database to migrate; optional if only {@link SchemaMigrator#render} is used. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Args.notNull("dataSource", dataSource);
      return this;
    }

    /**
     * Sets the table-name prefix (default {@code fl_}): a lower-case letter, then up to 20
     * lower-case letters, digits or {@code '_'}.
     *
     * @throws IllegalArgumentException if the prefix is not of that form
     */
    public Builder tablePrefix(String prefix) {
      this.prefix = TablePrefix.check(prefix);
      return this;
    }

    /** Builds the migrator. */
    public SchemaMigrator build() {
      return new SchemaMigrator(this);
    }
  }
}
