package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.jdbc.JdbcSupport;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.invite.Invitation;
import io.feedbackloop.routing.invite.InvitationStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * An {@link InvitationStore} on a relational database through plain JDBC; tested on PostgreSQL
 * and on H2 in PostgreSQL mode.
 *
 * <p><b>Schema.</b> The tables ({@code <prefix>invitations}, {@code <prefix>invitation_contacts},
 * {@code <prefix>invitation_quotas}) come from {@code V2__invitations.sql} of {@link
 * RoutingMigrations#all()}; the store never creates them. Every row and key starts with the tenant
 * id. Instants are stored as epoch milliseconds.
 *
 * <p><b>Transactions and nodes.</b> Every call runs through the store's {@link UnitOfWork},
 * joining a transaction the caller has open in it. {@link #lockRespondent} inserts the
 * respondent's contact row if missing ({@code on conflict do nothing}) and locks it with {@code
 * select ... for update} until the transaction ends, so the history read and the insert that
 * follow are serialized per respondent across nodes. {@link #tryConsumeQuota} is a conditional
 * {@code update ... where used < max}, atomic on its own. Inserts never raise a unique violation,
 * so they never abort a host's PostgreSQL transaction.
 *
 * <p>Thread-safe; holds no lock of its own.
 */
public final class JdbcInvitationStore implements InvitationStore {
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}");
  private static final String COLUMNS =
      "tenant_id, id, respondent_id, survey_id, event_id, channel, created_ms, send_ms,"
          + " reminder_ms, answered_ms";

  private final UnitOfWork unitOfWork;
  private final String prefix;
  private final String invitations;
  private final String contacts;
  private final String quotas;

  private JdbcInvitationStore(UnitOfWork unitOfWork, String prefix) {
    this.unitOfWork = unitOfWork;
    this.prefix = prefix;
    this.invitations = prefix + "invitations";
    this.contacts = prefix + "invitation_contacts";
    this.quotas = prefix + "invitation_quotas";
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
  public Optional<Instant> lockRespondent(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          try (PreparedStatement ps =
              con.prepareStatement(
                  "insert into " + contacts + " (tenant_id, respondent_id) values (?, ?)"
                      + " on conflict do nothing")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            ps.executeUpdate();
          } catch (SQLException e) {
            throw fail("lock in", contacts, e);
          }
          try (PreparedStatement ps =
              con.prepareStatement(
                  "select last_answer_ms from " + contacts
                      + " where tenant_id = ? and respondent_id = ? for update")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.ofNullable(instant(rs, 1));
            }
          } catch (SQLException e) {
            throw fail("lock in", contacts, e);
          }
        });
  }

  @Override
  public boolean insert(Invitation i) {
    Checks.notNull("invitation", i);
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "insert into " + invitations + " (" + COLUMNS + ")"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            ps.setString(1, i.tenant().value());
            ps.setString(2, i.id());
            ps.setString(3, i.respondent().value());
            ps.setString(4, i.surveyId());
            ps.setString(5, i.eventId());
            ps.setString(6, i.channel());
            ps.setLong(7, i.createdAt().toEpochMilli());
            ps.setLong(8, i.sendAt().toEpochMilli());
            setInstant(ps, 9, i.reminderAt());
            setInstant(ps, 10, i.answeredAt());
            return ps.executeUpdate() == 1;
          } catch (SQLException e) {
            throw fail("insert into", invitations, e);
          }
        });
  }

  @Override
  public Optional<Invitation> find(TenantId tenant, String invitationId) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("invitationId", invitationId);
    List<Invitation> found =
        select("find in", " where tenant_id = ? and id = ?", tenant.value(), invitationId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Invitation> history(
      TenantId tenant, RespondentId respondent, Instant from, Instant to) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    return select(
        "history from",
        " where tenant_id = ? and respondent_id = ? and send_ms >= ? and send_ms < ?"
            + " order by send_ms, id",
        tenant.value(),
        respondent.value(),
        millis(from),
        millis(to));
  }

  @Override
  public int quotaUsed(TenantId tenant, String surveyId, Instant periodStart) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("surveyId", surveyId);
    Checks.notNull("periodStart", periodStart);
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "select used from " + quotas
                          + " where tenant_id = ? and survey_id = ? and period_ms = ?")) {
            ps.setString(1, tenant.value());
            ps.setString(2, surveyId);
            ps.setLong(3, periodStart.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getInt(1) : 0;
            }
          } catch (SQLException e) {
            throw fail("read", quotas, e);
          }
        });
  }

  @Override
  public boolean tryConsumeQuota(TenantId tenant, String surveyId, Instant periodStart, int max) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("surveyId", surveyId);
    Checks.notNull("periodStart", periodStart);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          try (PreparedStatement ps =
              con.prepareStatement(
                  "insert into " + quotas + " (tenant_id, survey_id, period_ms, used)"
                      + " values (?, ?, ?, 0) on conflict do nothing")) {
            ps.setString(1, tenant.value());
            ps.setString(2, surveyId);
            ps.setLong(3, periodStart.toEpochMilli());
            ps.executeUpdate();
          } catch (SQLException e) {
            throw fail("consume from", quotas, e);
          }
          // a conditional update: concurrent consumers queue on the row and re-check the bound
          try (PreparedStatement ps =
              con.prepareStatement(
                  "update " + quotas + " set used = used + 1"
                      + " where tenant_id = ? and survey_id = ? and period_ms = ? and used < ?")) {
            ps.setString(1, tenant.value());
            ps.setString(2, surveyId);
            ps.setLong(3, periodStart.toEpochMilli());
            ps.setInt(4, max);
            return ps.executeUpdate() == 1;
          } catch (SQLException e) {
            throw fail("consume from", quotas, e);
          }
        });
  }

  @Override
  public List<Invitation> recordAnswer(
      TenantId tenant, RespondentId respondent, String surveyId, Instant at) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    Checks.notNull("surveyId", surveyId);
    Checks.notNull("at", at);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          lockRespondent(tenant, respondent);
          try (PreparedStatement ps =
              con.prepareStatement(
                  "update " + contacts + " set last_answer_ms = ?"
                      + " where tenant_id = ? and respondent_id = ?")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setString(2, tenant.value());
            ps.setString(3, respondent.value());
            ps.executeUpdate();
          } catch (SQLException e) {
            throw fail("record answer in", contacts, e);
          }
          List<Invitation> pending =
              select(
                  "record answer in",
                  " where tenant_id = ? and respondent_id = ? and survey_id = ?"
                      + " and answered_ms is null and reminder_ms is not null order by send_ms, id",
                  tenant.value(),
                  respondent.value(),
                  surveyId);
          try (PreparedStatement ps =
              con.prepareStatement(
                  "update " + invitations + " set answered_ms = ?, reminder_ms = null"
                      + " where tenant_id = ? and respondent_id = ? and survey_id = ?"
                      + " and answered_ms is null")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setString(2, tenant.value());
            ps.setString(3, respondent.value());
            ps.setString(4, surveyId);
            ps.executeUpdate();
          } catch (SQLException e) {
            throw fail("record answer in", invitations, e);
          }
          return pending;
        });
  }

  @Override
  public List<Invitation> clearReminders(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return unitOfWork.inTransaction(
        tx -> {
          List<Invitation> pending =
              select(
                  "clear reminders in",
                  " where tenant_id = ? and respondent_id = ? and answered_ms is null"
                      + " and reminder_ms is not null order by send_ms, id for update",
                  tenant.value(),
                  respondent.value());
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "update " + invitations + " set reminder_ms = null"
                          + " where tenant_id = ? and respondent_id = ? and answered_ms is null"
                          + " and reminder_ms is not null")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            ps.executeUpdate();
          } catch (SQLException e) {
            throw fail("clear reminders in", invitations, e);
          }
          return pending;
        });
  }

  @Override
  public int erase(TenantId tenant, RespondentId respondent) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("respondent", respondent);
    return unitOfWork.inTransaction(
        tx -> {
          Connection con = tx.connection();
          int erased;
          try (PreparedStatement ps =
              con.prepareStatement(
                  "delete from " + invitations + " where tenant_id = ? and respondent_id = ?")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            erased = ps.executeUpdate();
          } catch (SQLException e) {
            throw fail("erase from", invitations, e);
          }
          try (PreparedStatement ps =
              con.prepareStatement(
                  "delete from " + contacts + " where tenant_id = ? and respondent_id = ?")) {
            ps.setString(1, tenant.value());
            ps.setString(2, respondent.value());
            ps.executeUpdate();
          } catch (SQLException e) {
            throw fail("erase from", contacts, e);
          }
          return erased;
        });
  }

  private List<Invitation> select(String operation, String where, Object... params) {
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection().prepareStatement("select " + COLUMNS + " from " + invitations + where)) {
            for (int p = 0; p < params.length; p++) {
              ps.setObject(p + 1, params[p]);
            }
            List<Invitation> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(row(rs));
              }
            }
            return out;
          } catch (SQLException e) {
            throw fail(operation, invitations, e);
          }
        });
  }

  private static Invitation row(ResultSet rs) throws SQLException {
    return new Invitation(
        TenantId.of(rs.getString(1)),
        rs.getString(2),
        RespondentId.of(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        Instant.ofEpochMilli(rs.getLong(7)),
        Instant.ofEpochMilli(rs.getLong(8)),
        Optional.ofNullable(instant(rs, 9)),
        Optional.ofNullable(instant(rs, 10)));
  }

  private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
    long ms = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
  }

  private static void setInstant(PreparedStatement ps, int index, Optional<Instant> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setLong(index, value.get().toEpochMilli());
    } else {
      ps.setNull(index, Types.BIGINT);
    }
  }

  /** Epoch millis, clamped so that Instant.MIN/MAX work as open bounds. */
  private static long millis(Instant t) {
    if (t.isBefore(Instant.ofEpochMilli(Long.MIN_VALUE))) {
      return Long.MIN_VALUE;
    }
    if (t.isAfter(Instant.ofEpochMilli(Long.MAX_VALUE))) {
      return Long.MAX_VALUE;
    }
    return t.toEpochMilli();
  }

  private RuntimeException fail(String operation, String table, SQLException e) {
    return JdbcSupport.failure(operation, table, prefix, e);
  }

  @Override
  public int deleteSentBefore(Instant cutoff, int limit) {
    Checks.notNull("cutoff", cutoff);
    Checks.check(
        limit > 0 && limit <= MAX_DELETE_BATCH, "limit", "between 1 and " + MAX_DELETE_BATCH, limit);
    return unitOfWork.inTransaction(
        tx -> {
          try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "delete from "
                          + invitations
                          + " where (tenant_id, id) in (select tenant_id, id from "
                          + invitations
                          + " where send_ms < ? limit ?)")) {
            long ms = millis(cutoff);
            // stored times are whole milliseconds: "before 10.5 ms" includes 10 ms
            ps.setLong(1, Instant.ofEpochMilli(ms).isBefore(cutoff) ? ms + 1 : ms);
            ps.setInt(2, limit);
            return ps.executeUpdate();
          } catch (SQLException e) {
            throw fail("delete expired from", invitations, e);
          }
        });
  }

  @Override
  public String toString() {
    return "JdbcInvitationStore[" + invitations + ", " + unitOfWork + "]";
  }

  /** Builds a {@link JdbcInvitationStore}. Not thread-safe. */
  public static final class Builder {
    private @Nullable UnitOfWork unitOfWork;
    private @Nullable DataSource dataSource;
    private String prefix = "fl_";

    private Builder() {}

    /** Sets the unit of work every call runs through (set this or {@link #dataSource}). */
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
     * lower-case letters, digits or {@code '_'}; the one the schema was migrated with.
     *
     * @throws IllegalArgumentException if the prefix is not of that form
     */
    public Builder tablePrefix(String prefix) {
      Checks.notNull("tablePrefix", prefix);
      Checks.check(
          PREFIX.matcher(prefix).matches(),
          "tablePrefix",
          "a lower-case letter followed by up to 20 lower-case letters, digits or '_'",
          "'" + Checks.printable(prefix) + "'");
      this.prefix = prefix;
      return this;
    }

    /**
     * Builds the store. Does not touch the database.
     *
     * @throws IllegalStateException unless exactly one of a unit of work and a data source is set
     */
    public JdbcInvitationStore build() {
      return new JdbcInvitationStore(JdbcSupport.unitOfWork("JdbcInvitationStore", unitOfWork, dataSource), prefix);
    }
  }
}
