package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.StoreException;
import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.internal.jdbc.JdbcSupport;
import io.feedbackloop.routing.internal.outbox.MessageCodec;
import io.feedbackloop.routing.internal.outbox.MessageRedaction;
import io.feedbackloop.routing.internal.outbox.OutboxArgs;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.outbox.ClaimedMessage;
import io.feedbackloop.routing.outbox.OutboxCounts;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.routing.outbox.OutboxState;
import io.feedbackloop.routing.outbox.OutboxStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OutboxStore} on a relational database through plain JDBC; tested on PostgreSQL and on
 * H2 in PostgreSQL mode.
 *
 * <p><b>Schema.</b> The table {@code <prefix>outbox} comes from {@link RoutingMigrations#all()}
 * ({@code V1__outbox.sql}), applied by the core's {@code SchemaMigrator} or the host's own tool;
 * the store never creates it. Each row holds the tenant id, the idempotency key (together the
 * primary key), the channel name, the state, the attempt count, the next attempt time (epoch
 * milliseconds), the current claim token, the last error and the message in full as JSON.
 *
 * <p><b>Transactions.</b> Every call runs through the store's {@link UnitOfWork}. {@link #enqueue}
 * joins a transaction the caller has open in it, so that a message is queued if and only if the
 * caller's work commits; it uses {@code INSERT ... ON CONFLICT DO NOTHING}, so a duplicate key
 * never aborts the caller's PostgreSQL transaction. {@link #claim} selects due rows with {@code
 * FOR UPDATE SKIP LOCKED} and marks them claimed in one short transaction, so that workers on
 * several nodes never claim the same row at once; each result is recorded by an update conditional
 * on the claim token. Call the worker's methods outside the host's transactions: a claim that joins
 * a long transaction keeps its rows locked until that commits.
 *
 * <p>A row whose payload cannot be read is moved to the dead letters when it is claimed (with a
 * reason naming only its key), so that it cannot block the queue.
 *
 * <p>Thread-safe; holds no lock of its own.
 */
public final class JdbcOutboxStore implements OutboxStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcOutboxStore.class);

  private static final String COLUMNS =
      "tenant_id, idempotency_key, channel, state, attempts, next_attempt_at, last_error, payload";

  private final UnitOfWork unitOfWork;
  private final String prefix;
  private final String table;

  private JdbcOutboxStore(UnitOfWork unitOfWork, String prefix) {
    this.unitOfWork = unitOfWork;
    this.prefix = prefix;
    this.table = prefix + "outbox";
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
  public boolean enqueue(String channel, Message message, Instant notBefore) {
    Checks.identifier("channel", channel);
    Checks.notNull("message", message);
    long at = OutboxArgs.millis("notBefore", notBefore).toEpochMilli();
    String payload = MessageCodec.write(message);
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "insert into "
                          + table
                          + " (tenant_id, idempotency_key, channel, state, attempts,"
                          + " next_attempt_at, payload, respondent_id)"
                          + " values (?, ?, ?, 'PENDING', 0, ?, ?, ?) on conflict do nothing")) {
            ps.setString(1, message.tenant().value());
            ps.setString(2, message.idempotencyKey());
            ps.setString(3, channel);
            ps.setLong(4, at);
            ps.setString(5, payload);
            ps.setString(
                6, MessageRedaction.respondentOf(message).map(RespondentId::value).orElse(null));
            return ps.executeUpdate() == 1;
          } catch (SQLException e) {
            throw JdbcSupport.failure("enqueue into", table, prefix, e);
          }
        });
  }

  @Override
  public boolean cancel(TenantId tenant, String idempotencyKey) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("idempotencyKey", idempotencyKey);
    return update(
        "cancel in",
        "update " + table + " set state = 'CANCELLED'"
            + " where tenant_id = ? and idempotency_key = ? and state = 'PENDING'",
        tenant.value(),
        idempotencyKey);
  }

  @Override
  public List<ClaimedMessage> claim(String workerId, int limit, Instant now, Duration lease) {
    OutboxArgs.claim(workerId, limit, now, lease);
    Instant at = OutboxArgs.millis("now", now);
    Instant until = OutboxArgs.millis("lease expiry", at.plus(lease));
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          List<ClaimedMessage> claimed = new ArrayList<>();
          List<String[]> unreadable = new ArrayList<>();
          try (PreparedStatement ps =
              con.prepareStatement(
                  "select "
                      + COLUMNS
                      + " from "
                      + table
                      + " where state in ('PENDING', 'CLAIMED') and next_attempt_at <= ?"
                      + " order by next_attempt_at limit ? for update skip locked")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                try {
                  OutboxMessage m = row(rs);
                  OutboxMessage asClaimed =
                      new OutboxMessage(
                          m.channel(),
                          m.message(),
                          OutboxState.CLAIMED,
                          m.attempts(),
                          until,
                          m.lastError());
                  claimed.add(
                      new ClaimedMessage(asClaimed, UUID.randomUUID().toString(), until));
                } catch (StoreException unreadableRow) {
                  unreadable.add(new String[] {rs.getString(1), rs.getString(2)});
                }
              }
            }
          } catch (SQLException e) {
            throw JdbcSupport.failure("claim from", table, prefix, e);
          }
          markClaimed(con, claimed, workerId);
          buryUnreadable(con, unreadable, at);
          return List.copyOf(claimed);
        });
  }

  private void markClaimed(Connection con, List<ClaimedMessage> claimed, String workerId) {
    if (claimed.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        con.prepareStatement(
            "update "
                + table
                + " set state = 'CLAIMED', claim_token = ?, claimed_by = ?, next_attempt_at = ?"
                + " where tenant_id = ? and idempotency_key = ?")) {
      for (ClaimedMessage c : claimed) {
        ps.setString(1, c.claimToken());
        ps.setString(2, workerId);
        ps.setLong(3, c.leaseExpiresAt().toEpochMilli());
        ps.setString(4, c.message().tenant().value());
        ps.setString(5, c.message().idempotencyKey());
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw JdbcSupport.failure("claim from", table, prefix, e);
    }
  }

  private void buryUnreadable(Connection con, List<String[]> rows, Instant at) {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        con.prepareStatement(
            "update "
                + table
                + " set state = 'DEAD', claim_token = null, next_attempt_at = ?,"
                + " last_error = 'the stored payload is unreadable'"
                + " where tenant_id = ? and idempotency_key = ?")) {
      for (String[] r : rows) {
        LOG.warn("outbox message {} of tenant {} has an unreadable payload; dead-lettered", r[1], r[0]);
        ps.setLong(1, at.toEpochMilli());
        ps.setString(2, r[0]);
        ps.setString(3, r[1]);
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw JdbcSupport.failure("claim from", table, prefix, e);
    }
  }

  @Override
  public boolean markDelivered(ClaimedMessage claim, Instant at) {
    Checks.notNull("claim", claim);
    long when = OutboxArgs.millis("at", at).toEpochMilli();
    return update(
        "mark delivered in",
        "update " + table + " set state = 'DELIVERED', claim_token = null, next_attempt_at = ?"
            + " where tenant_id = ? and idempotency_key = ? and state = 'CLAIMED'"
            + " and claim_token = ?",
        when,
        claim.message().tenant().value(),
        claim.message().idempotencyKey(),
        claim.claimToken());
  }

  @Override
  public boolean reschedule(
      ClaimedMessage claim, int attempts, Instant nextAttemptAt, String lastError) {
    Checks.notNull("claim", claim);
    OutboxArgs.attempts(attempts);
    long when = OutboxArgs.millis("nextAttemptAt", nextAttemptAt).toEpochMilli();
    String error = OutboxArgs.error(lastError);
    return update(
        "reschedule in",
        "update " + table + " set state = 'PENDING', claim_token = null, attempts = ?,"
            + " next_attempt_at = ?, last_error = ?"
            + " where tenant_id = ? and idempotency_key = ? and state = 'CLAIMED'"
            + " and claim_token = ?",
        attempts,
        when,
        error,
        claim.message().tenant().value(),
        claim.message().idempotencyKey(),
        claim.claimToken());
  }

  @Override
  public boolean release(ClaimedMessage claim, Instant nextAttemptAt) {
    Checks.notNull("claim", claim);
    long when = OutboxArgs.millis("nextAttemptAt", nextAttemptAt).toEpochMilli();
    return update(
        "release in",
        "update " + table + " set state = 'PENDING', claim_token = null, next_attempt_at = ?"
            + " where tenant_id = ? and idempotency_key = ? and state = 'CLAIMED'"
            + " and claim_token = ?",
        when,
        claim.message().tenant().value(),
        claim.message().idempotencyKey(),
        claim.claimToken());
  }

  @Override
  public boolean deadLetter(ClaimedMessage claim, int attempts, String reason, Instant at) {
    Checks.notNull("claim", claim);
    OutboxArgs.attempts(attempts);
    String error = OutboxArgs.error(reason);
    long when = OutboxArgs.millis("at", at).toEpochMilli();
    return update(
        "dead-letter in",
        "update " + table + " set state = 'DEAD', claim_token = null, attempts = ?,"
            + " next_attempt_at = ?, last_error = ?"
            + " where tenant_id = ? and idempotency_key = ? and state = 'CLAIMED'"
            + " and claim_token = ?",
        attempts,
        when,
        error,
        claim.message().tenant().value(),
        claim.message().idempotencyKey(),
        claim.claimToken());
  }

  @Override
  public Optional<OutboxMessage> find(TenantId tenant, String idempotencyKey) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("idempotencyKey", idempotencyKey);
    List<OutboxMessage> found =
        query(
            "find in",
            "select " + COLUMNS + " from " + table + " where tenant_id = ? and idempotency_key = ?",
            tenant.value(),
            idempotencyKey);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<OutboxMessage> deadLetters(TenantId tenant, int limit) {
    Checks.notNull("tenant", tenant);
    Checks.positive("limit", limit);
    return query(
        "list dead letters in",
        "select " + COLUMNS + " from " + table + " where tenant_id = ? and state = 'DEAD'"
            + " order by next_attempt_at, idempotency_key limit ?",
        tenant.value(),
        limit);
  }

  @Override
  public boolean requeue(TenantId tenant, String idempotencyKey, Instant notBefore) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("idempotencyKey", idempotencyKey);
    long at = OutboxArgs.millis("notBefore", notBefore).toEpochMilli();
    return update(
        "requeue in",
        "update " + table + " set state = 'PENDING', attempts = 0, last_error = null,"
            + " next_attempt_at = ? where tenant_id = ? and idempotency_key = ? and state = 'DEAD'",
        at,
        tenant.value(),
        idempotencyKey);
  }

  @Override
  public OutboxCounts counts() {
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
                  tx.connection()
                      .prepareStatement(
                          "select state, count(*) from " + table + " group by state");
              ResultSet rs = ps.executeQuery()) {
            Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
            while (rs.next()) {
              counts.put(OutboxState.valueOf(rs.getString(1)), rs.getLong(2));
            }
            return OutboxCounts.of(counts);
          } catch (SQLException e) {
            throw JdbcSupport.failure("count in", table, prefix, e);
          }
        });
  }

  @Override
  public List<OutboxMessage> addressedTo(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return query(
        "list messages of a respondent in",
        "select " + COLUMNS + " from " + table + " where tenant_id = ? and respondent_id = ?"
            + " order by idempotency_key",
        tenant.value(),
        respondent.value());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Finds the rows through the {@code respondent_id} column ({@code V7}); rows queued before
   * that migration have none and are not found.
   */
  @Override
  public int erase(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          int cancelled;
          try (PreparedStatement ps =
              con.prepareStatement(
                  "update " + table + " set state = 'CANCELLED'"
                      + " where tenant_id = ? and respondent_id = ? and state = 'PENDING'")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            cancelled = ps.executeUpdate();
          } catch (SQLException e) {
            throw JdbcSupport.failure("erase in", table, prefix, e);
          }
          List<Message> redacted = new ArrayList<>();
          try (PreparedStatement ps =
              con.prepareStatement(
                  "select payload from " + table
                      + " where tenant_id = ? and respondent_id = ? and state <> 'CLAIMED'")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                redacted.add(MessageRedaction.redact(MessageCodec.read(rs.getString(1))));
              }
            }
          } catch (SQLException e) {
            throw JdbcSupport.failure("erase in", table, prefix, e);
          }
          if (!redacted.isEmpty()) {
            try (PreparedStatement ps =
                con.prepareStatement(
                    "update " + table + " set payload = ?"
                        + " where tenant_id = ? and idempotency_key = ? and state <> 'CLAIMED'")) {
              for (Message m : redacted) {
                ps.setString(1, MessageCodec.write(m));
                ps.setString(2, tenant.value());
                ps.setString(3, m.idempotencyKey());
                ps.addBatch();
              }
              ps.executeBatch();
            } catch (SQLException e) {
              throw JdbcSupport.failure("erase in", table, prefix, e);
            }
          }
          return cancelled;
        });
  }

  @Override
  public int deleteFinishedBefore(Instant cutoff, int limit) {
    Checks.notNull("cutoff", cutoff);
    Checks.check(
        limit > 0 && limit <= MAX_DELETE_BATCH, "limit", "between 1 and " + MAX_DELETE_BATCH, limit);
    return unitOfWork.inTransaction(
        tx -> {
          // select, then delete by key: H2 does not honour a LIMIT inside "in (select ...)"
          Connection con = tx.connection();
          List<String[]> keys = new ArrayList<>();
          try (PreparedStatement ps =
              con.prepareStatement(
                  "select tenant_id, idempotency_key from " + table
                      + " where state in ('DELIVERED', 'DEAD', 'CANCELLED')"
                      + " and next_attempt_at < ? limit ?")) {
            ps.setLong(1, cutoffMillis(cutoff));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                keys.add(new String[] {rs.getString(1), rs.getString(2)});
              }
            }
            if (keys.isEmpty()) {
              return 0;
            }
            try (PreparedStatement del =
                con.prepareStatement(
                    "delete from " + table + " where tenant_id = ? and idempotency_key = ?"
                        + " and state in ('DELIVERED', 'DEAD', 'CANCELLED')")) {
              for (String[] k : keys) {
                del.setString(1, k[0]);
                del.setString(2, k[1]);
                del.addBatch();
              }
              int deleted = 0;
              for (int n : del.executeBatch()) {
                deleted += Math.max(n, 0);
              }
              return deleted;
            }
          } catch (SQLException e) {
            throw JdbcSupport.failure("delete expired from", table, prefix, e);
          }
        });
  }

  /** The smallest whole millisecond at or after {@code at}: stored times are whole millis. */
  private static long cutoffMillis(Instant at) {
    long ms = at.toEpochMilli();
    return Instant.ofEpochMilli(ms).equals(at) ? ms : ms + 1;
  }

  @Override
  public Optional<Instant> earliestPending() {
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
                  tx.connection()
                      .prepareStatement(
                          "select min(next_attempt_at) from " + table + " where state = 'PENDING'");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(min));
          } catch (SQLException e) {
            throw JdbcSupport.failure("read the backlog of", table, prefix, e);
          }
        });
  }

  /** Runs one update; true if it changed a row. */
  private boolean update(String operation, String sql, @Nullable Object... params) {
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate() > 0;
          } catch (SQLException e) {
            throw JdbcSupport.failure(operation, table, prefix, e);
          }
        });
  }

  private List<OutboxMessage> query(String operation, String sql, Object... params) {
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            bind(ps, params);
            List<OutboxMessage> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(row(rs));
              }
            }
            return List.copyOf(out);
          } catch (SQLException e) {
            throw JdbcSupport.failure(operation, table, prefix, e);
          }
        });
  }

  private static void bind(PreparedStatement ps, @Nullable Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null) {
        ps.setNull(i + 1, Types.VARCHAR);
      } else if (p instanceof Long l) {
        ps.setLong(i + 1, l);
      } else if (p instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else {
        ps.setString(i + 1, (String) p);
      }
    }
  }

  /** Reads a row of {@link #COLUMNS}; an unreadable payload is a store failure named by key only. */
  private OutboxMessage row(ResultSet rs) throws SQLException {
    String key = rs.getString(2);
    Message message;
    try {
      message = MessageCodec.read(rs.getString(8));
    } catch (RuntimeException e) {
      throw new StoreException(
          "reading outbox message '"
              + key
              + "' of tenant "
              + rs.getString(1)
              + " from "
              + table
              + " failed: its payload is unreadable",
          null,
          e);
    }
    return new OutboxMessage(
        rs.getString(3),
        message,
        OutboxState.valueOf(rs.getString(4)),
        rs.getInt(5),
        Instant.ofEpochMilli(rs.getLong(6)),
        Optional.ofNullable(rs.getString(7)));
  }

  @Override
  public String toString() {
    return "JdbcOutboxStore[" + table + ", " + unitOfWork + "]";
  }

  /** Builds a {@link JdbcOutboxStore}. Not thread-safe. */
  public static final class Builder {
    private @Nullable UnitOfWork unitOfWork;
    private @Nullable DataSource dataSource;
    private String prefix = "fl_";

    private Builder() {}

    /**
     * Sets the unit of work every call runs through (set this or {@link #dataSource}); give it the
     * one of the stores whose writes cause the messages, so that they share a transaction.
     */
    public Builder unitOfWork(UnitOfWork unitOfWork) {
      this.unitOfWork = Checks.notNull("unitOfWork", unitOfWork);
      return this;
    }

    /**
     * Shortcut for {@code unitOfWork(UnitOfWork.jdbc(dataSource))} (set this or {@link
     * #unitOfWork}).
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Checks.notNull("dataSource", dataSource);
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
      this.prefix = OutboxArgs.tablePrefix(prefix);
      return this;
    }

    /**
     * Builds the store. Does not touch the database.
     *
     * @throws IllegalStateException unless exactly one of a unit of work and a data source is set
     */
    public JdbcOutboxStore build() {
      return new JdbcOutboxStore(JdbcSupport.unitOfWork("JdbcOutboxStore", unitOfWork, dataSource), prefix);
    }
  }
}
