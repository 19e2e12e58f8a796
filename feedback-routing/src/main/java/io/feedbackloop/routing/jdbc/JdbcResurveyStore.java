package io.feedbackloop.routing.jdbc;

import java.sql.PreparedStatement;
import java.util.Collection;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.Resurvey;
import io.feedbackloop.routing.cases.ResurveyStore;
import io.feedbackloop.routing.internal.jdbc.JdbcSupport;
import io.feedbackloop.routing.internal.cases.CaseTables;
import io.feedbackloop.routing.internal.cases.ResurveyTables;
import io.feedbackloop.routing.internal.rules.Checks;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ResurveyStore} on a relational database through plain JDBC; tested on PostgreSQL and on
 * H2 in PostgreSQL mode. It behaves as {@link ResurveyStore#inMemory} does, call for call.
 *
 * <p><b>Schema.</b> The table {@code <prefix>case_resurveys} comes from {@code
 * V6__case_resurveys.sql} in {@link RoutingMigrations#all()}, applied by {@link
 * io.feedbackloop.core.store.jdbc.SchemaMigrator} or the host's own tool; the store never creates
 * it. It does not require the case row to exist.
 *
 * <p><b>Concurrency.</b> {@link #insertIfAbsent} is {@code INSERT ... ON CONFLICT DO NOTHING} on
 * the primary key (tenant, case): it never raises a unique violation (which would abort a host's
 * PostgreSQL transaction), and of two nodes scheduling the same case one wins. {@link
 * #recordAnswer} is {@code UPDATE ... WHERE answer_us IS NULL}: the row lock makes a concurrent
 * second writer re-check the condition and get false. Isolation READ COMMITTED (the default) is
 * enough.
 *
 * <p><b>Transactions.</b> Every call runs through the store's {@link UnitOfWork}, joining a
 * transaction the caller has open in it. Failures of the database are {@link StoreException}s
 * naming the table and the operation.
 *
 * <p>Thread-safe; holds no lock of its own.
 */
public final class JdbcResurveyStore implements ResurveyStore {
  private final UnitOfWork unitOfWork;
  private final String prefix;
  private final ResurveyTables tables;

  private JdbcResurveyStore(UnitOfWork unitOfWork, String prefix) {
    this.unitOfWork = unitOfWork;
    this.prefix = prefix;
    this.tables = new ResurveyTables(prefix);
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
  public boolean insertIfAbsent(Resurvey resurvey) {
    Checks.notNull("resurvey", resurvey);
    return unitOfWork.inTransaction(
        tx -> {
          try {
            return tables.insert(tx.connection(), resurvey);
          } catch (SQLException e) {
            throw JdbcSupport.failure("insert into", tables.resurveys, prefix, e);
          }
        });
  }

  @Override
  public Optional<Resurvey> find(TenantId tenant, CaseId caseId) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("caseId", caseId);
    return unitOfWork.inTransaction(tx -> findIn(tx.connection(), tenant, caseId));
  }

  private Optional<Resurvey> findIn(Connection con, TenantId tenant, CaseId caseId) {
    try {
      return tables.find(con, tenant, caseId);
    } catch (SQLException e) {
      throw JdbcSupport.failure("find in", tables.resurveys, prefix, e);
    }
  }

  @Override
  public Optional<Resurvey> findByInvitation(TenantId tenant, String invitationId) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("invitationId", invitationId);
    return unitOfWork.inTransaction(
        tx -> {
          try {
            // Not unique: like the in-memory store, the first in list order wins.
            return tables.byInvitation(tx.connection(), tenant, invitationId).stream().findFirst();
          } catch (SQLException e) {
            throw JdbcSupport.failure("find in", tables.resurveys, prefix, e);
          }
        });
  }

  @Override
  public boolean recordAnswer(Resurvey answered) {
    Checks.notNull("answered", answered);
    Checks.check(
        answered.answer().isPresent(), "answer of re-survey " + answered.caseId(), "present", "none");
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          try {
            if (tables.answer(con, answered)) {
              return true;
            }
          } catch (SQLException e) {
            throw JdbcSupport.failure("update", tables.resurveys, prefix, e);
          }
          if (findIn(con, answered.tenant(), answered.caseId()).isEmpty()) {
            throw new IllegalArgumentException(
                "re-survey of case "
                    + answered.caseId()
                    + " must be stored before its answer is recorded, but was none");
          }
          return false;
        });
  }

  @Override
  public List<Resurvey> list(TenantId tenant) {
    Checks.notNull("tenant", tenant);
    return unitOfWork.inTransaction(
        tx -> {
          try {
            return List.copyOf(tables.all(tx.connection(), tenant));
          } catch (SQLException e) {
            throw JdbcSupport.failure("list", tables.resurveys, prefix, e);
          }
        });
  }

  @Override
  public int erase(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "delete from "
                          + tables.resurveys
                          + " where tenant_id = ? and respondent_id = ?")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            return ps.executeUpdate();
          } catch (SQLException e) {
            throw JdbcSupport.failure("erase from", tables.resurveys, prefix, e);
          }
        });
  }

  @Override
  public int deleteForCases(TenantId tenant, Collection<CaseId> caseIds) {
    Checks.notNull("tenant", tenant);
    List<CaseId> ids = List.copyOf(Checks.notNull("caseIds", caseIds));
    if (ids.isEmpty()) {
      return 0;
    }
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "delete from "
                          + tables.resurveys
                          + " where tenant_id = ? and case_id = ?")) {
            for (CaseId id : ids) {
              ps.setString(1, tenant.value());
              ps.setString(2, id.value());
              ps.addBatch();
            }
            int deleted = 0;
            for (int n : ps.executeBatch()) {
              deleted += Math.max(n, 0);
            }
            return deleted;
          } catch (SQLException e) {
            throw JdbcSupport.failure("delete from", tables.resurveys, prefix, e);
          }
        });
  }

  @Override
  public String toString() {
    return "JdbcResurveyStore[" + tables.resurveys + ", " + unitOfWork + "]";
  }

  /** Builds a {@link JdbcResurveyStore}. Not thread-safe. */
  public static final class Builder {
    private @Nullable UnitOfWork unitOfWork;
    private @Nullable DataSource dataSource;
    private String prefix = "fl_";

    private Builder() {}

    /** Sets the unit of work every call runs through (set this or {@link #dataSource}). */
    public Builder unitOfWork(UnitOfWork value) {
      this.unitOfWork = Checks.notNull("unitOfWork", value);
      return this;
    }

    /**
     * Shortcut for {@code unitOfWork(UnitOfWork.jdbc(dataSource))} (set this or {@link
     * #unitOfWork}).
     */
    public Builder dataSource(DataSource value) {
      this.dataSource = Checks.notNull("dataSource", value);
      return this;
    }

    /**
     * Sets the table-name prefix, default {@code fl_}: a lower-case letter, then up to 20
     * lower-case letters, digits or {@code '_'}; the one the schema was migrated with.
     *
     * @throws IllegalArgumentException if the prefix is not of that form
     */
    public Builder tablePrefix(String value) {
      this.prefix = CaseTables.checkPrefix(value);
      return this;
    }

    /**
     * Builds the store. Does not touch the database.
     *
     * @throws IllegalStateException unless exactly one of a unit of work and a data source is set
     */
    public JdbcResurveyStore build() {
      return new JdbcResurveyStore(JdbcSupport.unitOfWork("JdbcResurveyStore", unitOfWork, dataSource), prefix);
    }
  }
}
