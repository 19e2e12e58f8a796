package io.feedbackloop.routing.internal.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.Resurvey;
import io.feedbackloop.routing.cases.ResurveyAnswer;
import io.feedbackloop.scoring.Category;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of the re-survey table ({@code V6__case_resurveys.sql}). Methods throw {@link
 * SQLException}; the store wraps them.
 */
public final class ResurveyTables {
  /**
   * The order of {@link io.feedbackloop.routing.cases.ResurveyStore#list}: scheduled time, then
   * case id. Sorted in Java, not by SQL {@code order by}, because a database collation may order
   * ids differently from {@link String#compareTo}, which the in-memory store uses.
   */
  public static final Comparator<Resurvey> ORDER =
      Comparator.comparing(Resurvey::scheduledAt).thenComparing(r -> r.caseId().value());

  private static final String COLUMNS =
      "tenant_id, case_id, respondent_id, source_score, scheduled_us, send_us, invitation_id,"
          + " suppressed_because, answer_score, answer_category, answer_us, answer_reopened";

  /** The re-survey table. */
  public final String resurveys;

  /** The table with this prefix. */
  public ResurveyTables(String prefix) {
    this.resurveys = prefix + "case_resurveys";
  }

  /** Inserts the row unless the case has one; true if inserted. */
  public boolean insert(Connection con, Resurvey r) throws SQLException {
    try (PreparedStatement ps =
        con.prepareStatement(
            "insert into " + resurveys + " (" + COLUMNS + ")"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
      ps.setString(1, r.tenant().value());
      ps.setString(2, r.caseId().value());
      setParts(ps, 3, r);
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Replaces the row of {@code answered}'s case with {@code answered} if it has no answer yet; true
   * if replaced. The row lock makes a concurrent second writer re-check {@code answer_us is null}.
   */
  public boolean answer(Connection con, Resurvey answered) throws SQLException {
    try (PreparedStatement ps =
        con.prepareStatement(
            "update " + resurveys + " set respondent_id = ?, source_score = ?, scheduled_us = ?,"
                + " send_us = ?, invitation_id = ?, suppressed_because = ?, answer_score = ?,"
                + " answer_category = ?, answer_us = ?, answer_reopened = ?"
                + " where tenant_id = ? and case_id = ? and answer_us is null")) {
      setParts(ps, 1, answered);
      ps.setString(11, answered.tenant().value());
      ps.setString(12, answered.caseId().value());
      return ps.executeUpdate() == 1;
    }
  }

  /** Sets the ten columns after the key, from parameter {@code first} on. */
  private static void setParts(PreparedStatement ps, int first, Resurvey r) throws SQLException {
    int i = first;
    ps.setString(i++, r.respondent().value());
    ps.setInt(i++, r.sourceScore());
    ps.setLong(i++, Micros.of(r.scheduledAt()));
    setMicros(ps, i++, r.sendAt());
    setString(ps, i++, r.invitationId());
    setString(ps, i++, r.suppressedBecause());
    Optional<ResurveyAnswer> answer = r.answer();
    if (answer.isPresent()) {
      ResurveyAnswer a = answer.get();
      ps.setInt(i++, a.score());
      ps.setString(i++, a.category().name());
      ps.setLong(i++, Micros.of(a.at()));
      ps.setBoolean(i, a.reopened());
    } else {
      ps.setNull(i++, Types.INTEGER);
      ps.setNull(i++, Types.VARCHAR);
      ps.setNull(i++, Types.BIGINT);
      ps.setNull(i, Types.BOOLEAN);
    }
  }

  /** The re-survey of a case, if stored. */
  public Optional<Resurvey> find(Connection con, TenantId tenant, CaseId caseId)
      throws SQLException {
    List<Resurvey> found = select(con, "case_id = ?", tenant, caseId.value());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The re-surveys carried by an invitation, in {@link #ORDER}. */
  public List<Resurvey> byInvitation(Connection con, TenantId tenant, String invitationId)
      throws SQLException {
    return select(con, "invitation_id = ?", tenant, invitationId);
  }

  /** Every re-survey of a tenant, in {@link #ORDER}. */
  public List<Resurvey> all(Connection con, TenantId tenant) throws SQLException {
    return select(con, null, tenant, null);
  }

  private List<Resurvey> select(
      Connection con,
      @Nullable String condition,
      TenantId tenant,
      @Nullable String value)
      throws SQLException {
    String sql =
        "select " + COLUMNS + " from " + resurveys + " where tenant_id = ?"
            + (condition == null ? "" : " and " + condition);
    List<Resurvey> out = new ArrayList<>();
    try (PreparedStatement ps = con.prepareStatement(sql)) {
      ps.setString(1, tenant.value());
      if (value != null) {
        ps.setString(2, value);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    out.sort(ORDER);
    return out;
  }

  private static Resurvey read(ResultSet rs) throws SQLException {
    Optional<Instant> sendAt = micros(rs, 6);
    Optional<String> invitation = Optional.ofNullable(rs.getString(7));
    Optional<String> suppressed = Optional.ofNullable(rs.getString(8));
    int score = rs.getInt(9);
    Optional<ResurveyAnswer> answer = Optional.empty();
    if (!rs.wasNull()) {
      answer =
          Optional.of(
              new ResurveyAnswer(
                  score,
                  Category.valueOf(rs.getString(10)),
                  Micros.instant(rs.getLong(11)),
                  rs.getBoolean(12)));
    }
    return new Resurvey(
        TenantId.of(rs.getString(1)),
        CaseId.of(rs.getString(2)),
        RespondentId.of(rs.getString(3)),
        rs.getInt(4),
        Micros.instant(rs.getLong(5)),
        sendAt,
        invitation,
        suppressed,
        answer);
  }

  private static void setString(PreparedStatement ps, int i, Optional<String> v)
      throws SQLException {
    if (v.isPresent()) {
      ps.setString(i, v.get());
    } else {
      ps.setNull(i, Types.VARCHAR);
    }
  }

  private static void setMicros(PreparedStatement ps, int i, Optional<Instant> v)
      throws SQLException {
    if (v.isPresent()) {
      ps.setLong(i, Micros.of(v.get()));
    } else {
      ps.setNull(i, Types.BIGINT);
    }
  }

  private static Optional<Instant> micros(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? Optional.empty() : Optional.of(Micros.instant(v));
  }
}
