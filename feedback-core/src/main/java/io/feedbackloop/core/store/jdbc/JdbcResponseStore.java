package io.feedbackloop.core.store.jdbc;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.internal.store.PageTokens;
import io.feedbackloop.core.internal.store.Position;
import io.feedbackloop.core.internal.store.ResponsePayloads;
import io.feedbackloop.core.internal.store.SortKeys;
import io.feedbackloop.core.internal.store.TablePrefix;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.AppendResult;
import io.feedbackloop.core.store.ErasureReport;
import io.feedbackloop.core.store.IdempotencyConflictException;
import io.feedbackloop.core.store.IdempotencyConflictException.Reason;
import io.feedbackloop.core.store.Page;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.store.ResponseStore;
import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.tx.OpenTransaction;
import io.feedbackloop.core.tx.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ResponseStore} on a relational database through plain JDBC; tested on PostgreSQL and
 * on H2 in PostgreSQL mode.
 *
 * <p><b>Schema.</b> The tables ({@code <prefix>responses}, {@code <prefix>response_attributes})
 * come from {@link CoreMigrations#all()}, applied by {@link SchemaMigrator} or the host's own tool.
 * The store never creates them: while they are missing, every call fails with a {@link
 * StoreException} saying so. Each row holds the tenant id, the response as the SDK's JSON
 * ({@code payload}), and columns for the query paths; the submission instant is kept exactly
 * (epoch seconds plus nanoseconds), and ordering uses a bytewise sort key, so it never depends on
 * the database collation.
 *
 * <p><b>Transactions.</b> Every call runs through the store's {@link UnitOfWork}, joining a
 * transaction the caller has open in it. Appends never raise a unique violation (they use {@code
 * INSERT ... ON CONFLICT DO NOTHING} and then read the winner), so they never abort a host's
 * PostgreSQL transaction, and idempotency holds across nodes.
 *
 * <p><b>Streams.</b> {@link #stream} reads through a cursor, {@linkplain Builder#fetchSize
 * fetching} a few hundred rows per round trip. PostgreSQL only uses a real cursor when auto-commit
 * is off: the SDK-managed unit of work does that; a host-managed connection in auto-commit mode
 * makes the driver load the whole result.
 *
 * <p>Thread-safe; holds no lock of its own.
 */
public final class JdbcResponseStore implements ResponseStore {
  /** The default number of rows a stream fetches per round trip. */
  public static final int DEFAULT_FETCH_SIZE = 200;

  private static final int APPEND_ATTEMPTS = 3;

  private final UnitOfWork unitOfWork;
  private final String responses;
  private final String attributes;
  private final int fetchSize;

  private JdbcResponseStore(UnitOfWork unitOfWork, String prefix, int fetchSize) {
    this.unitOfWork = unitOfWork;
    this.responses = prefix + "responses";
    this.attributes = prefix + "response_attributes";
    this.fetchSize = fetchSize;
  }

  /** Starts a store; needs a {@link Builder#unitOfWork} or a {@link Builder#dataSource}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The unit of work every call runs through; use it to group calls into one transaction. */
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public AppendResult append(Response response) {
    Args.notNull("response", response);
    String json = new String(ResponsePayloads.encode(response), StandardCharsets.UTF_8);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          for (int attempt = 1; ; attempt++) {
            Optional<AppendResult> result = tryAppend(con, response, json);
            if (result.isPresent()) {
              return result.get();
            }
            if (attempt == APPEND_ATTEMPTS) {
              throw new StoreException(
                  "append to "
                      + responses
                      + " failed: a conflicting row was not visible after "
                      + APPEND_ATTEMPTS
                      + " attempts (is the transaction isolation above READ COMMITTED?)",
                  null,
                  null);
            }
          }
        });
  }

  /** One attempt; empty if the row we conflicted with vanished before we could read it. */
  private Optional<AppendResult> tryAppend(Connection con, Response r, String json) {
    int inserted;
    try (PreparedStatement ps =
        con.prepareStatement(
            "insert into "
                + responses
                + " (tenant_id, id, survey_id, survey_version, respondent_id, submitted_s,"
                + " submitted_ns, sort_key, idempotency_key, payload)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
      ps.setString(1, r.tenant().value());
      ps.setString(2, r.id());
      ps.setString(3, r.surveyId());
      ps.setInt(4, r.surveyVersion());
      ps.setString(5, r.respondent().map(RespondentId::value).orElse(null));
      Instant at = r.submittedAt();
      long seconds = at.getEpochSecond();
      int nanos = at.getNano();
      ps.setLong(6, seconds);
      ps.setInt(7, nanos);
      ps.setBytes(8, SortKeys.of(r.submittedAt(), r.id()));
      ps.setString(9, r.idempotencyKey());
      ps.setString(10, json);
      inserted = ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("append to", responses, e);
    }
    if (inserted == 1) {
      insertAttributes(con, r);
      return Optional.of(new AppendResult(r, true));
    }
    Optional<Response> first = byKey(con, r);
    if (first.isPresent()) {
      Response stored = first.get();
      if (stored.sameContentAs(r)) {
        return Optional.of(new AppendResult(stored, false));
      }
      throw new IdempotencyConflictException(
          Reason.KEY_REUSED, r.tenant(), stored.surveyId(), stored.idempotencyKey(), stored.id());
    }
    try (PreparedStatement ps =
        con.prepareStatement(
            "select survey_id, idempotency_key from "
                + responses
                + " where tenant_id = ? and id = ?")) {
      ps.setString(1, r.tenant().value());
      ps.setString(2, r.id());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          throw new IdempotencyConflictException(
              Reason.ID_REUSED, r.tenant(), rs.getString(1), rs.getString(2), r.id());
        }
      }
    } catch (SQLException e) {
      throw failure("append to", responses, e);
    }
    return Optional.empty();
  }

  private void insertAttributes(Connection con, Response r) {
    if (r.attributes().isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        con.prepareStatement(
            "insert into "
                + attributes
                + " (tenant_id, response_id, attr_name, attr_value) values (?, ?, ?, ?)")) {
      for (Map.Entry<String, String> a : r.attributes().entrySet()) {
        ps.setString(1, r.tenant().value());
        ps.setString(2, r.id());
        ps.setString(3, a.getKey());
        ps.setString(4, a.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw failure("append to", attributes, e);
    }
  }

  private Optional<Response> byKey(Connection con, Response r) {
    try (PreparedStatement ps =
        con.prepareStatement(
            "select id, payload from "
                + responses
                + " where tenant_id = ? and survey_id = ? and idempotency_key = ?")) {
      ps.setString(1, r.tenant().value());
      ps.setString(2, r.surveyId());
      ps.setString(3, r.idempotencyKey());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(decode(rs.getString(1), rs.getString(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("append to", responses, e);
    }
  }

  @Override
  public Optional<Response> get(TenantId tenant, String responseId) {
    Args.notNull("tenant", tenant);
    Args.notNull("responseId", responseId);
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "select id, payload from " + responses + " where tenant_id = ? and id = ?")) {
            ps.setString(1, tenant.value());
            ps.setString(2, responseId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(decode(rs.getString(1), rs.getString(2)))
                  : Optional.empty();
            }
          } catch (SQLException e) {
            throw failure("get from", responses, e);
          }
        });
  }

  @Override
  public Stream<Response> stream(ResponseQuery query) {
    Args.notNull("query", query);
    Where where = where(query, null);
    String sql = "select r.id, r.payload from " + responses + " r" + where.sql + " order by r.sort_key";
    OpenTransaction tx = unitOfWork.begin();
    PreparedStatement ps = null;
    try {
      ps =
          tx.connection()
              .prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      ps.setFetchSize(fetchSize);
      where.bind(ps);
      ResultSet rs = ps.executeQuery();
      ResponseCursor cursor = new ResponseCursor(rs, ps, tx, this);
      return StreamSupport.stream(cursor, false).onClose(cursor::close);
    } catch (SQLException | RuntimeException e) {
      RuntimeException failure = e instanceof SQLException sql2 ? failure("stream from", responses, sql2) : (RuntimeException) e;
      try {
        if (ps != null) {
          ps.close();
        }
      } catch (SQLException closing) {
        failure.addSuppressed(closing);
      }
      try {
        tx.close();
      } catch (RuntimeException closing) {
        failure.addSuppressed(closing);
      }
      throw failure;
    }
  }

  @Override
  public Page<Response> page(ResponseQuery query, int size, @Nullable String after) {
    Args.notNull("query", query);
    PageTokens.checkSize(size);
    Position from = after == null ? null : PageTokens.decode(query, after);
    Where where = where(query, from);
    String sql =
        "select r.id, r.payload from " + responses + " r" + where.sql + " order by r.sort_key limit ?";
    List<Response> rows =
        unitOfWork.inTransaction(
            tx -> {
              try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
                int next = where.bind(ps);
                ps.setInt(next, size + 1);
                List<Response> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    out.add(decode(rs.getString(1), rs.getString(2)));
                  }
                }
                return out;
              } catch (SQLException e) {
                throw failure("page from", responses, e);
              }
            });
    if (rows.size() <= size) {
      return new Page<>(rows, Optional.empty());
    }
    List<Response> items = rows.subList(0, size);
    return new Page<>(items, Optional.of(PageTokens.encode(query, Position.of(items.get(size - 1)))));
  }

  @Override
  public long count(ResponseQuery query) {
    Args.notNull("query", query);
    Where where = where(query, null);
    String sql = "select count(*) from " + responses + " r" + where.sql;
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          } catch (SQLException e) {
            throw failure("count in", responses, e);
          }
        });
  }

  @Override
  public ErasureReport erase(TenantId tenant, RespondentId respondent) {
    Args.notNull("tenant", tenant);
    Args.notNull("respondent", respondent);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          long attributeRows;
          try (PreparedStatement ps =
              con.prepareStatement(
                  "delete from "
                      + attributes
                      + " where tenant_id = ? and response_id in (select id from "
                      + responses
                      + " where tenant_id = ? and respondent_id = ?)")) {
            ps.setString(1, tenant.value());
            ps.setString(2, tenant.value());
            ps.setString(3, respondent.value());
            attributeRows = ps.executeUpdate();
          } catch (SQLException e) {
            throw failure("erase from", attributes, e);
          }
          try (PreparedStatement ps =
              con.prepareStatement(
                  "delete from " + responses + " where tenant_id = ? and respondent_id = ?")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            return new ErasureReport(ps.executeUpdate(), attributeRows);
          } catch (SQLException e) {
            throw failure("erase from", responses, e);
          }
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One {@code DELETE} of at most {@code limit} rows (picked through the index on the
   * submission time); the attributes go with them by the foreign key's cascade.
   */
  @Override
  public int deleteSubmittedBefore(Instant cutoff, int limit) {
    Args.notNull("cutoff", cutoff);
    Args.check(
        limit > 0 && limit <= MAX_DELETE_BATCH, "limit", "between 1 and " + MAX_DELETE_BATCH, limit);
    String sql =
        "delete from "
            + responses
            + " where (tenant_id, id) in (select tenant_id, id from "
            + responses
            + " where submitted_s < ? or (submitted_s = ? and submitted_ns < ?) limit ?)";
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setLong(1, cutoff.getEpochSecond());
            ps.setLong(2, cutoff.getEpochSecond());
            ps.setInt(3, cutoff.getNano());
            ps.setInt(4, limit);
            return ps.executeUpdate();
          } catch (SQLException e) {
            throw failure("delete expired from", responses, e);
          }
        });
  }

  /** The WHERE clause of a query (always starting with the tenant) and its parameters. */
  private Where where(ResponseQuery q, @Nullable Position after) {
    StringBuilder sql = new StringBuilder(" where r.tenant_id = ?");
    List<Object> params = new ArrayList<>();
    params.add(q.tenant().value());
    if (q.surveyId().isPresent()) {
      sql.append(" and r.survey_id = ?");
      params.add(q.surveyId().get());
    }
    if (q.submittedFrom().isPresent()) {
      sql.append(" and r.sort_key >= ?");
      params.add(SortKeys.lowerBound(q.submittedFrom().get()));
    }
    if (q.submittedBefore().isPresent()) {
      sql.append(" and r.sort_key < ?");
      params.add(SortKeys.lowerBound(q.submittedBefore().get()));
    }
    if (after != null) {
      sql.append(" and r.sort_key > ?");
      params.add(SortKeys.of(after));
    }
    if (q.respondent().isPresent()) {
      sql.append(" and r.respondent_id = ?");
      params.add(q.respondent().get().value());
    }
    for (Map.Entry<String, String> a : q.attributes().entrySet()) {
      sql.append(" and exists (select 1 from ")
          .append(attributes)
          .append(" a where a.tenant_id = r.tenant_id and a.response_id = r.id")
          .append(" and a.attr_name = ? and a.attr_value = ?)");
      params.add(a.getKey());
      params.add(a.getValue());
    }
    return new Where(sql.toString(), params);
  }

  private record Where(String sql, List<Object> params) {
    /** Binds the parameters; returns the index of the next one. */
    int bind(PreparedStatement ps) throws SQLException {
      int i = 1;
      for (Object p : params) {
        if (p instanceof byte[] bytes) {
          ps.setBytes(i++, bytes);
        } else {
          ps.setString(i++, (String) p);
        }
      }
      return i;
    }
  }

  /** Reads a stored payload; a payload the codec refuses is a store failure, named by id only. */
  Response decode(String id, String payload) {
    try {
      return ResponsePayloads.codec().readResponse(payload);
    } catch (RuntimeException e) {
      throw new StoreException(
          "reading response '" + id + "' from " + responses + " failed: its payload is unreadable",
          null,
          e);
    }
  }

  /** The name of the responses table. */
  String responsesTable() {
    return responses;
  }

  /** Wraps a SQL failure, telling to migrate if the table is missing. */
  StoreException failure(String operation, String table, SQLException e) {
    String state = e.getSQLState();
    boolean missingTable =
        "42P01".equals(state)
            || "42S02".equals(state)
            || "42S04".equals(state)
            || e.getErrorCode() == 42102
            || e.getErrorCode() == 42104;
    if (missingTable) {
      return new StoreException(
          operation
              + " "
              + table
              + " failed: a table does not exist; create the schema first with"
              + " SchemaMigrator.builder().dataSource(ds).tablePrefix(\""
              + responses.substring(0, responses.length() - "responses".length())
              + "\").build().migrate(CoreMigrations.all()), or apply the scripts from"
              + " SchemaMigrator.render(CoreMigrations.all()) with your own tool",
          e);
    }
    return new StoreException(operation + " " + table + " failed", e);
  }

  @Override
  public String toString() {
    return "JdbcResponseStore[" + responses + ", " + unitOfWork + "]";
  }

  /** Builds a {@link JdbcResponseStore}. Not thread-safe. */
  public static final class Builder {
    private @Nullable UnitOfWork unitOfWork;
    private @Nullable DataSource dataSource;
    private String prefix = TablePrefix.DEFAULT;
    private int fetchSize = DEFAULT_FETCH_SIZE;

    private Builder() {}

    /** Sets the unit of work every call runs through (set this or {@link #dataSource}). */
    public Builder unitOfWork(UnitOfWork unitOfWork) {
      this.unitOfWork = Args.notNull("unitOfWork", unitOfWork);
      return this;
    }

    /**
     * Shortcut for {@code unitOfWork(UnitOfWork.jdbc(dataSource))}: the SDK manages transactions on
     * connections from {@code dataSource} (set this or {@link #unitOfWork}).
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Args.notNull("dataSource", dataSource);
      return this;
    }

    /**
     * Sets the table-name prefix, default {@code fl_}: a lower-case letter, then up to 20
     * lower-case letters, digits or {@code '_'}. It must match the one the schema was migrated
     * with.
     *
     * @throws IllegalArgumentException if the prefix is not of that form
     */
    public Builder tablePrefix(String prefix) {
      this.prefix = TablePrefix.check(prefix);
      return this;
    }

    /**
     * Sets how many rows a {@linkplain JdbcResponseStore#stream stream} fetches per round trip,
     * default {@value JdbcResponseStore#DEFAULT_FETCH_SIZE}.
     *
     * @throws IllegalArgumentException if {@code fetchSize <= 0}
     */
    public Builder fetchSize(int fetchSize) {
      this.fetchSize = Args.positive("fetchSize", fetchSize);
      return this;
    }

    /**
     * Builds the store. Does not touch the database.
     *
     * @throws IllegalStateException unless exactly one of a unit of work and a data source is set
     */
    public JdbcResponseStore build() {
      UnitOfWork uow = unitOfWork;
      DataSource ds = dataSource;
      if ((uow == null) == (ds == null)) {
        throw new IllegalStateException(
            "JdbcResponseStore needs exactly one of unitOfWork(...) and dataSource(...), but got "
                + (uow == null ? "neither" : "both"));
      }
      return new JdbcResponseStore(uow != null ? uow : UnitOfWork.jdbc(ds), prefix, fetchSize);
    }
  }
}
