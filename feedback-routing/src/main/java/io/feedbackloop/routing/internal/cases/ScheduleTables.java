package io.feedbackloop.routing.internal.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseSchedule;
import io.feedbackloop.routing.cases.ClaimedCase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of the schedule and escalation tables ({@code V5__case_escalations.sql}). Methods throw
 * {@link SQLException}; the store wraps them.
 */
public final class ScheduleTables {
  private static final String FREE = "lease_owner = null, lease_token = null, lease_until_us = null";

  /** The schedules table. */
  public final String schedules;
  /** The fired-steps table. */
  public final String escalations;

  /** The tables with this prefix. */
  public ScheduleTables(String prefix) {
    this.schedules = prefix + "case_schedules";
    this.escalations = prefix + "case_escalations";
  }

  /**
   * Writes a schedule, keeping its lease. The caller holds the case row's lock (it changed the case
   * in this transaction), so two writers of one schedule never race; the insert still tolerates a
   * row that appeared meanwhile.
   */
  public void write(Connection con, CaseSchedule s) throws SQLException {
    if (update(con, s) == 0) {
      try (PreparedStatement ps =
          con.prepareStatement(
              "insert into "
                  + schedules
                  + " (tenant_id, case_id, policy, schedule_version, next_check_us)"
                  + " values (?, ?, ?, ?, ?) on conflict do nothing")) {
        ps.setString(1, s.tenant().value());
        ps.setString(2, s.caseId().value());
        ps.setString(3, s.policy());
        ps.setLong(4, s.version());
        setMicros(ps, 5, s.nextCheckAt());
        if (ps.executeUpdate() == 0) {
          update(con, s);
        }
      }
    }
  }

  private int update(Connection con, CaseSchedule s) throws SQLException {
    try (PreparedStatement ps =
        con.prepareStatement(
            "update "
                + schedules
                + " set policy = ?, schedule_version = ?, next_check_us = ?"
                + " where tenant_id = ? and case_id = ?")) {
      ps.setString(1, s.policy());
      ps.setLong(2, s.version());
      setMicros(ps, 3, s.nextCheckAt());
      ps.setString(4, s.tenant().value());
      ps.setString(5, s.caseId().value());
      return ps.executeUpdate();
    }
  }

  /** The schedule of a case, if any. */
  public Optional<CaseSchedule> find(Connection con, TenantId tenant, CaseId id)
      throws SQLException {
    try (PreparedStatement ps =
        con.prepareStatement(
            "select policy, schedule_version, next_check_us from "
                + schedules
                + " where tenant_id = ? and case_id = ?")) {
      ps.setString(1, tenant.value());
      ps.setString(2, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new CaseSchedule(tenant, id, rs.getString(1), rs.getLong(2), micros(rs, 3)));
      }
    }
  }

  /**
   * Selects due, unleased rows with {@code FOR UPDATE SKIP LOCKED} (rows another worker is
   * claiming right now are passed over, not waited for) and leases them.
   */
  public List<ClaimedCase> claim(
      Connection con, String workerId, int limit, Instant now, Instant until) throws SQLException {
    long nowUs = Micros.of(Micros.truncate(now));
    List<CaseSchedule> due = new ArrayList<>();
    try (PreparedStatement ps =
        con.prepareStatement(
            "select tenant_id, case_id, policy, schedule_version, next_check_us from "
                + schedules
                + " where next_check_us <= ? and (lease_until_us is null or lease_until_us <= ?)"
                + " order by next_check_us limit ? for update skip locked")) {
      ps.setLong(1, nowUs);
      ps.setLong(2, nowUs);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          due.add(
              new CaseSchedule(
                  TenantId.of(rs.getString(1)),
                  CaseId.of(rs.getString(2)),
                  rs.getString(3),
                  rs.getLong(4),
                  micros(rs, 5)));
        }
      }
    }
    if (due.isEmpty()) {
      return List.of();
    }
    List<ClaimedCase> claimed = new ArrayList<>(due.size());
    try (PreparedStatement ps =
        con.prepareStatement(
            "update "
                + schedules
                + " set lease_owner = ?, lease_token = ?, lease_until_us = ?"
                + " where tenant_id = ? and case_id = ?")) {
      for (CaseSchedule s : due) {
        ClaimedCase c = new ClaimedCase(s, workerId, UUID.randomUUID().toString(), until);
        ps.setString(1, workerId);
        ps.setString(2, c.claimToken());
        ps.setLong(3, Micros.of(c.leaseUntil()));
        ps.setString(4, s.tenant().value());
        ps.setString(5, s.caseId().value());
        ps.addBatch();
        claimed.add(c);
      }
      ps.executeBatch();
    }
    return List.copyOf(claimed);
  }

  /** Ends a claim; see {@link io.feedbackloop.routing.cases.CaseStore#releaseClaim}. */
  public boolean release(Connection con, ClaimedCase claim, @Nullable Instant nextCheckAt)
      throws SQLException {
    CaseSchedule s = claim.schedule();
    try (PreparedStatement ps =
        con.prepareStatement(
            "update "
                + schedules
                + " set next_check_us = ?, "
                + FREE
                + " where tenant_id = ? and case_id = ? and lease_token = ? and schedule_version = ?")) {
      setMicros(ps, 1, nextCheckAt == null ? null : Micros.truncate(nextCheckAt));
      ps.setString(2, s.tenant().value());
      ps.setString(3, s.caseId().value());
      ps.setString(4, claim.claimToken());
      ps.setLong(5, s.version());
      if (ps.executeUpdate() > 0) {
        return true;
      }
    }
    // the service rescheduled the case meanwhile: keep its next check, only drop our lease
    try (PreparedStatement ps =
        con.prepareStatement(
            "update "
                + schedules
                + " set "
                + FREE
                + " where tenant_id = ? and case_id = ? and lease_token = ?")) {
      ps.setString(1, s.tenant().value());
      ps.setString(2, s.caseId().value());
      ps.setString(3, claim.claimToken());
      return ps.executeUpdate() > 0;
    }
  }

  /** Inserts a fired step unless it is there; true if inserted. */
  public boolean insertFired(
      Connection con, TenantId tenant, CaseId id, String stepId, String firedBy, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        con.prepareStatement(
            "insert into "
                + escalations
                + " (tenant_id, case_id, step_id, fired_us, fired_by) values (?, ?, ?, ?, ?)"
                + " on conflict do nothing")) {
      ps.setString(1, tenant.value());
      ps.setString(2, id.value());
      ps.setString(3, stepId);
      ps.setLong(4, Micros.of(Micros.truncate(at)));
      ps.setString(5, firedBy);
      return ps.executeUpdate() > 0;
    }
  }

  /** The ids of the fired steps of a case. */
  public Set<String> fired(Connection con, TenantId tenant, CaseId id) throws SQLException {
    try (PreparedStatement ps =
        con.prepareStatement(
            "select step_id from " + escalations + " where tenant_id = ? and case_id = ?")) {
      ps.setString(1, tenant.value());
      ps.setString(2, id.value());
      Set<String> out = new HashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return Set.copyOf(out);
    }
  }

  private static void setMicros(PreparedStatement ps, int index, @Nullable Instant at)
      throws SQLException {
    if (at == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, Micros.of(at));
    }
  }

  private static @Nullable Instant micros(ResultSet rs, int index) throws SQLException {
    long v = rs.getLong(index);
    return rs.wasNull() ? null : Micros.instant(v);
  }
}
