package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.store.Page;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.CaseConflictException;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseNotFoundException;
import io.feedbackloop.routing.cases.CaseQuery;
import io.feedbackloop.routing.cases.CaseSchedule;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.CaseStore;
import io.feedbackloop.routing.cases.ClaimedCase;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.OpenedCase;
import io.feedbackloop.routing.internal.jdbc.JdbcSupport;
import io.feedbackloop.routing.internal.cases.CaseSortKeys;
import io.feedbackloop.routing.internal.cases.CaseTables;
import io.feedbackloop.routing.internal.cases.Micros;
import io.feedbackloop.routing.internal.cases.ScheduleTables;
import io.feedbackloop.routing.internal.cases.StoreRules;
import io.feedbackloop.routing.internal.outbox.OutboxArgs;
import io.feedbackloop.routing.internal.rules.Checks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CaseStore} on a relational database through plain JDBC; tested on PostgreSQL and on H2
 * in PostgreSQL mode.
 *
 * <p><b>Schema.</b> The tables ({@code <prefix>cases} and its children {@code case_refs}, {@code
 * case_holds}, {@code case_notes}, {@code case_audit}) come from {@code V4__cases.sql} in {@link
 * RoutingMigrations#all()}, applied by {@link io.feedbackloop.core.store.jdbc.SchemaMigrator} or
 * the host's own tool; the store never creates them.
 *
 * <p><b>Concurrency.</b> Opening uses {@code INSERT ... ON CONFLICT DO NOTHING} on the unique
 * creation key and then reads the winner, so it never raises a unique violation (which would abort
 * a host's PostgreSQL transaction) and two nodes opening the same case get one. Updates are {@code
 * UPDATE ... WHERE version = ?}: the row lock makes a concurrent second writer re-check the version
 * and fail with {@link CaseConflictException}. Isolation READ COMMITTED (the default) is enough.
 *
 * <p><b>Escalation.</b> Schedules and fired steps live in {@code case_schedules} and {@code
 * case_escalations} ({@code V5__case_escalations.sql}). {@link #claimDue} selects due rows with
 * {@code FOR UPDATE SKIP LOCKED} and leases them in one short transaction; {@link
 * #recordFiredStep} is {@code INSERT ... ON CONFLICT DO NOTHING} on the primary key (tenant, case,
 * step), so a step fires once even if two nodes try, and never aborts the caller's transaction.
 *
 * <p><b>Transactions.</b> Every call runs through the store's {@link UnitOfWork}, joining a
 * transaction the caller has open in it. Call {@link #claimDue} and {@link #releaseClaim} outside
 * the host's transactions: a claim that joins a long transaction keeps its rows locked until that
 * commits.
 *
 * <p>Thread-safe; holds no lock of its own.
 */
public final class JdbcCaseStore implements CaseStore {
  private static final int CREATE_ATTEMPTS = 3;

  private final UnitOfWork unitOfWork;
  private final String prefix;
  private final CaseTables tables;
  private final ScheduleTables schedules;

  private JdbcCaseStore(UnitOfWork unitOfWork, String prefix) {
    this.unitOfWork = unitOfWork;
    this.prefix = prefix;
    this.tables = new CaseTables(prefix);
    this.schedules = new ScheduleTables(prefix);
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
  public OpenedCase createIfAbsent(FollowUpCase newCase) {
    StoreRules.checkNew(newCase);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          for (int attempt = 1; ; attempt++) {
            Optional<OpenedCase> result = tryCreate(con, newCase);
            if (result.isPresent()) {
              return result.get();
            }
            if (attempt == CREATE_ATTEMPTS) {
              throw new StoreException(
                  "insert into "
                      + tables.cases
                      + " failed: a conflicting row was not visible after "
                      + CREATE_ATTEMPTS
                      + " attempts (is the transaction isolation above READ COMMITTED?)",
                  null,
                  null);
            }
          }
        });
  }

  /** One attempt; empty if the row we conflicted with vanished before we could read it. */
  private Optional<OpenedCase> tryCreate(Connection con, FollowUpCase c) {
    try {
      if (tables.insertCase(con, c)) {
        tables.writeSetsAndHolds(con, c, true);
        tables.appendNotes(con, c, c.notes());
        tables.appendAudit(con, c, c.audit());
        return Optional.of(new OpenedCase(c, true));
      }
      Optional<FollowUpCase> winner = byCreationKey(con, c.tenant(), c.sourceResponseId(), c.ruleId());
      if (winner.isPresent()) {
        return Optional.of(new OpenedCase(winner.get(), false));
      }
      Checks.check(
          tables.version(con, c.tenant(), c.id()).isEmpty(),
          "case id " + c.id(),
          "unused in tenant " + c.tenant(),
          "taken by another case");
      return Optional.empty();
    } catch (SQLException e) {
      throw JdbcSupport.failure("insert into", tables.cases, prefix, e);
    }
  }

  @Override
  public Optional<FollowUpCase> find(TenantId tenant, CaseId id) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("id", id);
    return unitOfWork.inTransaction(tx -> findIn(tx.connection(), tenant, id));
  }

  private Optional<FollowUpCase> findIn(Connection con, TenantId tenant, CaseId id) {
    return first(
        select(
            con,
            "find in",
            tables.selectFrom() + " where c.tenant_id = ? and c.id = ?",
            List.of(tenant.value(), id.value())));
  }

  @Override
  public Optional<FollowUpCase> findByCreationKey(
      TenantId tenant, String sourceResponseId, String ruleId) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("sourceResponseId", sourceResponseId);
    Checks.notNull("ruleId", ruleId);
    return unitOfWork.inTransaction(
        tx -> byCreationKey(tx.connection(), tenant, sourceResponseId, ruleId));
  }

  private Optional<FollowUpCase> byCreationKey(
      Connection con, TenantId tenant, String sourceResponseId, String ruleId) {
    return first(
        select(
            con,
            "find in",
            tables.selectFrom()
                + " where c.tenant_id = ? and c.source_response_id = ? and c.rule_id = ?",
            List.of(tenant.value(), sourceResponseId, ruleId)));
  }

  private static Optional<FollowUpCase> first(List<FollowUpCase> found) {
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public FollowUpCase update(FollowUpCase updated, long expectedVersion) {
    StoreRules.checkUpdate(updated, expectedVersion);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          try {
            if (!tables.updateCase(con, updated, expectedVersion)) {
              throw refusal(con, updated, expectedVersion);
            }
            tables.writeSetsAndHolds(con, updated, false);
            tables.appendNotes(con, updated, StoreRules.newNotes(updated));
            tables.appendAudit(con, updated, StoreRules.newEntries(updated));
          } catch (SQLException e) {
            throw JdbcSupport.failure("update", tables.cases, prefix, e);
          }
          return findIn(con, updated.tenant(), updated.id())
              .orElseThrow(() -> new CaseNotFoundException(updated.tenant(), updated.id()));
        });
  }

  /** Why an update changed no row: gone, newer version, or a changed identity. */
  private RuntimeException refusal(Connection con, FollowUpCase updated, long expectedVersion)
      throws SQLException {
    Optional<FollowUpCase> stored = findIn(con, updated.tenant(), updated.id());
    if (stored.isEmpty()) {
      return new CaseNotFoundException(updated.tenant(), updated.id());
    }
    if (stored.get().version() != expectedVersion) {
      return new CaseConflictException(updated.id(), expectedVersion, stored.get().version());
    }
    StoreRules.checkSameIdentity(stored.get(), updated);
    return new StoreException(
        "update " + tables.cases + " failed: case " + updated.id() + " matched no row", null, null);
  }

  @Override
  public Page<FollowUpCase> query(CaseQuery query, int size, @Nullable String after) {
    Checks.notNull("query", query);
    CaseSortKeys.checkSize(size);
    byte[] from = after == null ? null : CaseSortKeys.fromToken(after);
    StringBuilder sql = new StringBuilder(tables.selectFrom()).append(" where c.tenant_id = ?");
    List<Object> params = new ArrayList<>();
    params.add(query.tenant().value());
    if (query.statuses().size() < CaseStatus.values().length) {
      sql.append(" and c.status in (")
          .append(String.join(", ", Collections.nCopies(query.statuses().size(), "?")))
          .append(')');
      for (CaseStatus s : query.statuses()) {
        params.add(s.name());
      }
    }
    if (query.team().isPresent()) {
      sql.append(" and c.team = ?");
      params.add(query.team().get());
    }
    if (query.owner().isPresent()) {
      sql.append(" and c.owner_id = ?");
      params.add(query.owner().get());
    }
    if (query.openedFrom().isPresent()) {
      sql.append(" and c.created_us >= ?");
      params.add(ceilMicros(query.openedFrom().get()));
    }
    if (query.openedBefore().isPresent()) {
      sql.append(" and c.created_us < ?");
      params.add(ceilMicros(query.openedBefore().get()));
    }
    if (from != null) {
      sql.append(" and c.sort_key > ?");
      params.add(from);
    }
    sql.append(" order by c.sort_key limit ?");
    params.add((long) size + 1);
    List<FollowUpCase> rows =
        unitOfWork.inTransaction(tx -> select(tx.connection(), "query", sql.toString(), params));
    if (rows.size() <= size) {
      return new Page<>(rows, Optional.empty());
    }
    List<FollowUpCase> items = rows.subList(0, size);
    return new Page<>(items, Optional.of(CaseSortKeys.token(CaseSortKeys.of(items.get(size - 1)))));
  }

  /** The smallest whole microsecond at or after {@code at}: stored instants are whole micros. */
  private static long ceilMicros(Instant at) {
    Instant down = Micros.truncate(at);
    long micros = Micros.of(down);
    return down.equals(at) ? micros : micros + 1;
  }

  @Override
  public List<FollowUpCase> findByResponse(TenantId tenant, String responseId) {
    Checks.notNull("responseId", responseId);
    return byRef(tenant, CaseTables.kind(false), responseId, false);
  }

  @Override
  public List<FollowUpCase> findByRespondent(TenantId tenant, RespondentId respondent) {
    Checks.notNull("respondent", respondent);
    return byRef(tenant, CaseTables.kind(true), respondent.value(), false);
  }

  @Override
  public boolean hasOpenCase(TenantId tenant, RespondentId respondent) {
    Checks.notNull("respondent", respondent);
    return !byRef(tenant, CaseTables.kind(true), respondent.value(), true).isEmpty();
  }

  private List<FollowUpCase> byRef(TenantId tenant, String kind, String ref, boolean openOnly) {
    Checks.notNull("tenant", tenant);
    List<Object> params = new ArrayList<>(List.of(tenant.value(), kind, ref));
    StringBuilder sql =
        new StringBuilder(tables.selectFrom())
            .append(" where c.tenant_id = ? and exists (select 1 from ")
            .append(tables.refs)
            .append(" r where r.tenant_id = c.tenant_id and r.case_id = c.id and r.kind = ?")
            .append(" and r.ref = ?)");
    if (openOnly) {
      List<String> open = CaseTables.openStatusNames();
      sql.append(" and c.status in (")
          .append(String.join(", ", Collections.nCopies(open.size(), "?")))
          .append(')');
      params.addAll(open);
    }
    sql.append(" order by c.sort_key");
    return unitOfWork.inTransaction(tx -> select(tx.connection(), "query", sql.toString(), params));
  }

  @Override
  public FollowUpCase redact(FollowUpCase redacted, long expectedVersion) {
    StoreRules.checkUpdate(redacted, expectedVersion);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          try {
            if (!tables.updateCase(con, redacted, expectedVersion)) {
              throw refusal(con, redacted, expectedVersion);
            }
            tables.writeSetsAndHolds(con, redacted, false);
            tables.replaceNotesAndAudit(con, redacted);
          } catch (SQLException e) {
            throw JdbcSupport.failure("redact", tables.cases, prefix, e);
          }
          return findIn(con, redacted.tenant(), redacted.id())
              .orElseThrow(() -> new CaseNotFoundException(redacted.tenant(), redacted.id()));
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Picks the batch through the index on the close time and deletes it with one statement;
   * notes, audit trail, pauses, sets, schedule and fired steps go with it by the foreign keys'
   * cascade.
   */
  @Override
  public Map<TenantId, List<CaseId>> deleteClosedBefore(Instant cutoff, int limit) {
    Checks.notNull("cutoff", cutoff);
    Checks.check(
        limit > 0 && limit <= MAX_DELETE_BATCH, "limit", "between 1 and " + MAX_DELETE_BATCH, limit);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          Map<TenantId, List<CaseId>> out = new TreeMap<>(Comparator.comparing(TenantId::value));
          List<String[]> keys = new ArrayList<>();
          try (PreparedStatement ps =
              con.prepareStatement(
                  "select tenant_id, id from " + tables.cases
                      + " where status = 'CLOSED' and closed_at_us < ?"
                      + " order by tenant_id, id limit ? for update")) {
            ps.setLong(1, ceilMicros(cutoff));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                keys.add(new String[] {rs.getString(1), rs.getString(2)});
              }
            }
            if (keys.isEmpty()) {
              return out;
            }
            try (PreparedStatement del =
                con.prepareStatement(
                    "delete from " + tables.cases + " where tenant_id = ? and id = ?")) {
              for (String[] k : keys) {
                del.setString(1, k[0]);
                del.setString(2, k[1]);
                del.addBatch();
              }
              del.executeBatch();
            }
          } catch (SQLException e) {
            throw JdbcSupport.failure("delete expired from", tables.cases, prefix, e);
          }
          for (String[] k : keys) {
            out.computeIfAbsent(TenantId.of(k[0]), t -> new ArrayList<>()).add(CaseId.of(k[1]));
          }
          return out;
        });
  }

  @Override
  public long countOpenCreatedBefore(Instant before) {
    Checks.notNull("before", before);
    return countOpen("count open cases in", " and created_us < ?", ceilMicros(before));
  }

  @Override
  public long countSlaBreached(Instant now) {
    Checks.notNull("now", now);
    long at = ceilMicros(now);
    return countOpen(
        "count SLA breaches in",
        " and ((first_contact_at_us is null and first_contact_due_us < ?)"
            + " or resolution_due_us < ?)",
        at,
        at);
  }

  @Override
  public long countOpenOwnedBy(TenantId tenant, String owner) {
    Checks.notNull("tenant", tenant);
    Checks.identifier("owner", owner);
    List<String> open = CaseTables.openStatusNames();
    // served by the owner index (tenant_id, owner_id): reads the owner's rows, no case bodies
    String sql =
        "select count(*) from " + tables.cases + " where tenant_id = ? and owner_id = ? and status in ("
            + String.join(", ", Collections.nCopies(open.size(), "?"))
            + ")";
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setString(1, tenant.value());
            ps.setString(2, owner);
            int i = 3;
            for (String status : open) {
              ps.setString(i++, status);
            }
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          } catch (SQLException e) {
            throw JdbcSupport.failure("count open cases of an owner in", tables.cases, prefix, e);
          }
        });
  }

  private long countOpen(String operation, String condition, long... params) {
    List<String> open = CaseTables.openStatusNames();
    String sql =
        "select count(*) from " + tables.cases + " where status in ("
            + String.join(", ", Collections.nCopies(open.size(), "?"))
            + ")"
            + condition;
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            int i = 1;
            for (String status : open) {
              ps.setString(i++, status);
            }
            for (long p : params) {
              ps.setLong(i++, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          } catch (SQLException e) {
            throw JdbcSupport.failure(operation, tables.cases, prefix, e);
          }
        });
  }

  @Override
  public void schedule(CaseSchedule schedule) {
    Checks.notNull("schedule", schedule);
    unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          try {
            if (tables.version(con, schedule.tenant(), schedule.caseId()).isEmpty()) {
              throw new CaseNotFoundException(schedule.tenant(), schedule.caseId());
            }
            schedules.write(con, schedule);
          } catch (SQLException e) {
            throw JdbcSupport.failure("write", schedules.schedules, prefix, e);
          }
          return true;
        });
  }

  @Override
  public Optional<CaseSchedule> findSchedule(TenantId tenant, CaseId id) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("id", id);
    return unitOfWork.inTransaction(
        tx -> {
          try {
            return schedules.find(tx.connection(), tenant, id);
          } catch (SQLException e) {
            throw JdbcSupport.failure("find in", schedules.schedules, prefix, e);
          }
        });
  }

  @Override
  public List<ClaimedCase> claimDue(String workerId, int limit, Instant now, Duration lease) {
    OutboxArgs.claim(workerId, limit, now, lease);
    Instant until = now.plus(lease);
    return unitOfWork.inTransaction(
        tx -> {
          try {
            return schedules.claim(tx.connection(), workerId, limit, now, until);
          } catch (SQLException e) {
            throw JdbcSupport.failure("claim from", schedules.schedules, prefix, e);
          }
        });
  }

  @Override
  public boolean releaseClaim(ClaimedCase claim, @Nullable Instant nextCheckAt) {
    Checks.notNull("claim", claim);
    return unitOfWork.inTransaction(
        tx -> {
          try {
            return schedules.release(tx.connection(), claim, nextCheckAt);
          } catch (SQLException e) {
            throw JdbcSupport.failure("release in", schedules.schedules, prefix, e);
          }
        });
  }

  @Override
  public boolean recordFiredStep(
      TenantId tenant, CaseId id, String stepId, String firedBy, Instant at) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("id", id);
    Checks.identifier("stepId", stepId);
    Checks.notBlank("firedBy", firedBy);
    Checks.notNull("at", at);
    return unitOfWork.inTransaction(
        tx -> {
          try {
            return schedules.insertFired(tx.connection(), tenant, id, stepId, firedBy, at);
          } catch (SQLException e) {
            if ("23503".equals(e.getSQLState())) {
              throw new CaseNotFoundException(tenant, id);
            }
            throw JdbcSupport.failure("insert into", schedules.escalations, prefix, e);
          }
        });
  }

  @Override
  public Set<String> firedSteps(TenantId tenant, CaseId id) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("id", id);
    return unitOfWork.inTransaction(
        tx -> {
          try {
            return schedules.fired(tx.connection(), tenant, id);
          } catch (SQLException e) {
            throw JdbcSupport.failure("find in", schedules.escalations, prefix, e);
          }
        });
  }

  private List<FollowUpCase> select(Connection con, String operation, String sql, List<Object> params) {
    try {
      return tables.select(con, sql, params);
    } catch (SQLException e) {
      throw JdbcSupport.failure(operation, tables.cases, prefix, e);
    }
  }

  @Override
  public String toString() {
    return "JdbcCaseStore[" + tables.cases + ", " + unitOfWork + "]";
  }

  /** Builds a {@link JdbcCaseStore}. Not thread-safe. */
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
    public JdbcCaseStore build() {
      return new JdbcCaseStore(JdbcSupport.unitOfWork("JdbcCaseStore", unitOfWork, dataSource), prefix);
    }
  }
}
