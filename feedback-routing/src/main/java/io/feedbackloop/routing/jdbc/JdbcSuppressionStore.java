package io.feedbackloop.routing.jdbc;

import static io.feedbackloop.routing.internal.jdbc.JdbcSupport.requireInstant;
import static io.feedbackloop.routing.internal.jdbc.JdbcSupport.setInstant;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.jdbc.JdbcSupport;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.suppression.Suppression;
import io.feedbackloop.routing.suppression.SuppressionReason;
import io.feedbackloop.routing.suppression.SuppressionStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SuppressionStore} on a relational database through plain JDBC; tested on PostgreSQL and
 * on H2 in PostgreSQL mode. The table {@code <prefix>suppressions} comes from {@link
 * RoutingMigrations#all()} ({@code V3__links.sql}); the store never creates it. Every call runs
 * through the store's {@link UnitOfWork}, joining a transaction the caller has open in it; adds
 * use {@code INSERT ... ON CONFLICT DO NOTHING}, so recording a signal twice is harmless.
 *
 * <p>Thread-safe; holds no lock of its own.
 */
public final class JdbcSuppressionStore implements SuppressionStore {
  private final UnitOfWork unitOfWork;
  private final String prefix;
  private final String table;

  private JdbcSuppressionStore(UnitOfWork unitOfWork, String prefix) {
    this.unitOfWork = unitOfWork;
    this.prefix = prefix;
    this.table = prefix + "suppressions";
  }

  /** Starts a store; needs a {@link Builder#unitOfWork} or a {@link Builder#dataSource}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public boolean add(Suppression entry) {
    Checks.notNull("entry", entry);
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "insert into "
                          + table
                          + " (tenant_id, respondent_id, channel, reason, since)"
                          + " values (?, ?, ?, ?, ?) on conflict do nothing")) {
            ps.setString(1, entry.tenant().value());
            ps.setString(2, entry.respondent().value());
            ps.setString(3, entry.channel());
            ps.setString(4, entry.reason().name());
            setInstant(ps, 5, entry.since());
            return ps.executeUpdate() == 1;
          } catch (SQLException e) {
            throw JdbcSupport.failure("insert into", table, prefix, e);
          }
        });
  }

  @Override
  public boolean remove(TenantId tenant, RespondentId respondent, String channel) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Checks.notNull("channel", channel);
    if (!Suppression.ALL_CHANNELS.equals(channel)) {
      Checks.identifier("channel", channel);
    }
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "delete from "
                          + table
                          + " where tenant_id = ? and respondent_id = ? and channel = ?")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            ps.setString(3, channel);
            return ps.executeUpdate() == 1;
          } catch (SQLException e) {
            throw JdbcSupport.failure("delete from", table, prefix, e);
          }
        });
  }

  @Override
  public List<Suppression> list(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "select channel, reason, since from "
                          + table
                          + " where tenant_id = ? and respondent_id = ?")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            List<Suppression> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Suppression(
                        tenant,
                        respondent,
                        rs.getString(1),
                        SuppressionReason.valueOf(rs.getString(2)),
                        requireInstant(rs, 3)));
              }
            }
            // sorted here, not by the database, so the order never depends on its collation
            out.sort(Comparator.comparing(Suppression::channel));
            return List.copyOf(out);
          } catch (SQLException e) {
            throw JdbcSupport.failure("select from", table, prefix, e);
          }
        });
  }

  @Override
  public String toString() {
    return "JdbcSuppressionStore[" + table + ", " + unitOfWork + "]";
  }

  /** Builds a {@link JdbcSuppressionStore}. Not thread-safe. */
  public static final class Builder {
    private @Nullable UnitOfWork unitOfWork;
    private @Nullable DataSource dataSource;
    private String prefix = JdbcSupport.DEFAULT_PREFIX;

    private Builder() {}

    /** Sets the unit of work every call runs through (set this or {@link #dataSource}). */
    public Builder unitOfWork(UnitOfWork unitOfWork) {
      this.unitOfWork = Checks.notNull("unitOfWork", unitOfWork);
      return this;
    }

    /** Shortcut for {@code unitOfWork(UnitOfWork.jdbc(dataSource))}. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Checks.notNull("dataSource", dataSource);
      return this;
    }

    /**
     * Sets the table-name prefix, default {@code fl_}; it must match the one the schema was
     * migrated with.
     *
     * @throws IllegalArgumentException if it is not a lower-case letter followed by up to 20
     *     lower-case letters, digits or '_'
     */
    public Builder tablePrefix(String prefix) {
      this.prefix = JdbcSupport.prefix(prefix);
      return this;
    }

    /**
     * Builds the store. Does not touch the database.
     *
     * @throws IllegalStateException unless exactly one of a unit of work and a data source is set
     */
    public JdbcSuppressionStore build() {
      return new JdbcSuppressionStore(JdbcSupport.unitOfWork("JdbcSuppressionStore", unitOfWork, dataSource), prefix);
    }
  }
}
