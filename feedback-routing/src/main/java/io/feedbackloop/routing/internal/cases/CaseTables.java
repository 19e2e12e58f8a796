package io.feedbackloop.routing.internal.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseNote;
import io.feedbackloop.routing.cases.CaseStatus;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.HoldInterval;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.rules.Action.CasePriority;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of the case tables ({@code V4__cases.sql}): writing a case's rows and reading cases back
 * with their sets, pauses, notes and audit trail. Methods throw {@link SQLException}; the store
 * wraps them.
 */
public final class CaseTables {
  /** Optimistic reads before the read takes row locks instead. */
  private static final int OPTIMISTIC_READS = 3;
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}");
  private static final String RESPONSE = "response";
  private static final String RESPONDENT = "respondent";
  private static final String TAG = "tag";
  private static final String ROOT_CAUSE = "root_cause";
  private static final String COLUMNS =
      "tenant_id, id, rule_id, source_response_id, version, status, held_from, on_hold_since_us,"
          + " priority, team, owner_id, first_contact_due_us, resolution_due_us,"
          + " first_contact_at_us, resolved_at_us, closed_at_us, created_us, updated_us, sort_key,"
          + " resolution_summary, customer_message";

  /** The cases table. */
  public final String cases;
  /** The sets table. */
  public final String refs;
  /** The pauses table. */
  public final String holds;
  /** The notes table. */
  public final String notes;
  /** The audit table. */
  public final String audit;

  /** The tables with this prefix. */
  public CaseTables(String prefix) {
    this.cases = prefix + "cases";
    this.refs = prefix + "case_refs";
    this.holds = prefix + "case_holds";
    this.notes = prefix + "case_notes";
    this.audit = prefix + "case_audit";
  }

  /** Checks a table prefix: a lower-case letter, then up to 20 lower-case letters, digits, '_'. */
  public static String checkPrefix(String prefix) {
    Checks.notNull("tablePrefix", prefix);
    Checks.check(
        PREFIX.matcher(prefix).matches(),
        "tablePrefix",
        "a lower-case letter followed by up to 20 lower-case letters, digits or '_'",
        "'" + Checks.printable(prefix) + "'");
    return prefix;
  }

  /** Inserts the case row unless its id or creation key is taken; true if inserted. */
  public boolean insertCase(Connection con, FollowUpCase c) throws SQLException {
    try (PreparedStatement ps =
        con.prepareStatement(
            "insert into " + cases + " (" + COLUMNS + ") values"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
      ps.setString(1, c.tenant().value());
      ps.setString(2, c.id().value());
      ps.setString(3, c.ruleId());
      ps.setString(4, c.sourceResponseId());
      ps.setLong(5, c.version());
      ps.setString(6, c.status().name());
      setString(ps, 7, c.heldFrom().map(CaseStatus::name).orElse(null));
      setMicros(ps, 8, c.onHoldSince().orElse(null));
      ps.setString(9, c.priority().name());
      ps.setString(10, c.team());
      setString(ps, 11, c.owner().orElse(null));
      setMicros(ps, 12, c.firstContactDue().orElse(null));
      setMicros(ps, 13, c.resolutionDue().orElse(null));
      setMicros(ps, 14, c.firstContactAt().orElse(null));
      setMicros(ps, 15, c.resolvedAt().orElse(null));
      setMicros(ps, 16, c.closedAt().orElse(null));
      ps.setLong(17, Micros.of(c.createdAt()));
      ps.setLong(18, Micros.of(c.updatedAt()));
      ps.setBytes(19, CaseSortKeys.of(c));
      setString(ps, 20, c.resolutionSummary().orElse(null));
      setString(ps, 21, c.customerMessage().orElse(null));
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Updates the case row if it is still at {@code expectedVersion} with the same identity; true
   * if updated.
   */
  public boolean updateCase(Connection con, FollowUpCase c, long expectedVersion)
      throws SQLException {
    try (PreparedStatement ps =
        con.prepareStatement(
            "update " + cases + " set version = ?, status = ?, held_from = ?, on_hold_since_us = ?,"
                + " priority = ?, team = ?, owner_id = ?, first_contact_due_us = ?,"
                + " resolution_due_us = ?, first_contact_at_us = ?, resolved_at_us = ?,"
                + " closed_at_us = ?, updated_us = ?, resolution_summary = ?, customer_message = ?"
                + " where tenant_id = ? and id = ? and version = ? and rule_id = ?"
                + " and source_response_id = ? and created_us = ?")) {
      ps.setLong(1, c.version());
      ps.setString(2, c.status().name());
      setString(ps, 3, c.heldFrom().map(CaseStatus::name).orElse(null));
      setMicros(ps, 4, c.onHoldSince().orElse(null));
      ps.setString(5, c.priority().name());
      ps.setString(6, c.team());
      setString(ps, 7, c.owner().orElse(null));
      setMicros(ps, 8, c.firstContactDue().orElse(null));
      setMicros(ps, 9, c.resolutionDue().orElse(null));
      setMicros(ps, 10, c.firstContactAt().orElse(null));
      setMicros(ps, 11, c.resolvedAt().orElse(null));
      setMicros(ps, 12, c.closedAt().orElse(null));
      ps.setLong(13, Micros.of(c.updatedAt()));
      setString(ps, 14, c.resolutionSummary().orElse(null));
      setString(ps, 15, c.customerMessage().orElse(null));
      ps.setString(16, c.tenant().value());
      ps.setString(17, c.id().value());
      ps.setLong(18, expectedVersion);
      ps.setString(19, c.ruleId());
      ps.setString(20, c.sourceResponseId());
      ps.setLong(21, Micros.of(c.createdAt()));
      return ps.executeUpdate() == 1;
    }
  }

  /** Replaces the sets (responses, respondents, tags, root causes) and pauses of a case. */
  public void writeSetsAndHolds(Connection con, FollowUpCase c, boolean fresh) throws SQLException {
    if (!fresh) {
      for (String table : List.of(refs, holds)) {
        try (PreparedStatement ps =
            con.prepareStatement("delete from " + table + " where tenant_id = ? and case_id = ?")) {
          ps.setString(1, c.tenant().value());
          ps.setString(2, c.id().value());
          ps.executeUpdate();
        }
      }
    }
    try (PreparedStatement ps =
        con.prepareStatement(
            "insert into " + refs + " (tenant_id, case_id, kind, pos, ref) values (?, ?, ?, ?, ?)")) {
      addRefs(ps, c, RESPONSE, c.responseIds());
      List<String> people = new ArrayList<>();
      for (RespondentId r : c.respondents()) {
        people.add(r.value());
      }
      addRefs(ps, c, RESPONDENT, people);
      addRefs(ps, c, TAG, List.copyOf(c.tags()));
      addRefs(ps, c, ROOT_CAUSE, List.copyOf(c.rootCauses()));
      ps.executeBatch();
    }
    if (c.holds().isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        con.prepareStatement(
            "insert into " + holds + " (tenant_id, case_id, pos, started_us, ended_us)"
                + " values (?, ?, ?, ?, ?)")) {
      int pos = 0;
      for (HoldInterval h : c.holds()) {
        ps.setString(1, c.tenant().value());
        ps.setString(2, c.id().value());
        ps.setInt(3, pos++);
        ps.setLong(4, Micros.of(h.start()));
        ps.setLong(5, Micros.of(h.end()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void addRefs(PreparedStatement ps, FollowUpCase c, String kind, List<String> values)
      throws SQLException {
    int pos = 0;
    for (String v : values) {
      ps.setString(1, c.tenant().value());
      ps.setString(2, c.id().value());
      ps.setString(3, kind);
      ps.setInt(4, pos++);
      ps.setString(5, v);
      ps.addBatch();
    }
  }

  /** Appends notes after the stored ones. */
  public void appendNotes(Connection con, FollowUpCase c, List<CaseNote> added) throws SQLException {
    if (added.isEmpty()) {
      return;
    }
    int next;
    try (PreparedStatement ps =
        con.prepareStatement(
            "select coalesce(max(pos) + 1, 0) from " + notes + " where tenant_id = ? and case_id = ?")) {
      ps.setString(1, c.tenant().value());
      ps.setString(2, c.id().value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        next = rs.getInt(1);
      }
    }
    try (PreparedStatement ps =
        con.prepareStatement(
            "insert into " + notes + " (tenant_id, case_id, pos, version, at_us, author, body)"
                + " values (?, ?, ?, ?, ?, ?, ?)")) {
      for (CaseNote n : added) {
        ps.setString(1, c.tenant().value());
        ps.setString(2, c.id().value());
        ps.setInt(3, next++);
        ps.setLong(4, n.version());
        ps.setLong(5, Micros.of(n.at()));
        ps.setString(6, n.author());
        ps.setString(7, n.text());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Appends audit entries (all of one version). */
  public void appendAudit(Connection con, FollowUpCase c, List<AuditEntry> added) throws SQLException {
    if (added.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        con.prepareStatement(
            "insert into " + audit + " (tenant_id, case_id, version, pos, at_us, actor, field,"
                + " from_value, to_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pos = 0;
      for (AuditEntry e : added) {
        ps.setString(1, c.tenant().value());
        ps.setString(2, c.id().value());
        ps.setLong(3, e.version());
        ps.setInt(4, pos++);
        ps.setLong(5, Micros.of(e.at()));
        ps.setString(6, e.actor());
        ps.setString(7, e.field());
        setString(ps, 8, e.from());
        setString(ps, 9, e.to());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Replaces every note and audit entry of a case with those of {@code c} (erasure). */
  public void replaceNotesAndAudit(Connection con, FollowUpCase c) throws SQLException {
    for (String table : List.of(notes, audit)) {
      try (PreparedStatement ps =
          con.prepareStatement("delete from " + table + " where tenant_id = ? and case_id = ?")) {
        ps.setString(1, c.tenant().value());
        ps.setString(2, c.id().value());
        ps.executeUpdate();
      }
    }
    appendNotes(con, c, c.notes());
    appendAudit(con, c, c.audit());
  }

  /** The stored version of a case, if it exists. */
  public Optional<Long> version(Connection con, TenantId tenant, CaseId id) throws SQLException {
    try (PreparedStatement ps =
        con.prepareStatement("select version from " + cases + " where tenant_id = ? and id = ?")) {
      ps.setString(1, tenant.value());
      ps.setString(2, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The select list and table for {@link #select}: append {@code where ...} with alias {@code c}. */
  public String selectFrom() {
    return "select c." + COLUMNS.replace(", ", ", c.") + " from " + cases + " c";
  }

  /**
   * Runs a query over the cases table (built on {@link #selectFrom()}) with string, long or byte[]
   * parameters, and reads the cases whole, in result order.
   *
   * <p>A case spans several tables, read by several statements; under READ COMMITTED another
   * transaction may commit between them. Every write raises the version, so the read checks at
   * the end that the versions are still those of the case rows and reads again if one moved. After
   * {@value #OPTIMISTIC_READS} such attempts (a case edited in a tight loop by other nodes) the
   * read locks the case rows ({@code FOR SHARE} on PostgreSQL, {@code FOR UPDATE} elsewhere) until
   * the transaction ends, so writers wait and it cannot be overtaken again: the result is always a
   * state some transaction committed, never a mix, and the read always ends.
   *
   * @throws SQLException if the database fails
   */
  public List<FollowUpCase> select(Connection con, String sql, List<Object> params)
      throws SQLException {
    for (int attempt = 1; attempt <= OPTIMISTIC_READS; attempt++) {
      List<FollowUpCase> read = selectOnce(con, sql, params);
      if (read != null) {
        return read;
      }
    }
    List<FollowUpCase> locked = selectOnce(con, sql + lockClause(con), params);
    if (locked == null) {
      throw new SQLException(
          "reading " + cases + " failed: a case changed while its rows were locked;"
              + " is the read running in auto-commit mode?");
    }
    return locked;
  }

  /** The row-lock clause: a shared lock where the database has one. */
  static String lockClause(Connection con) throws SQLException {
    return "PostgreSQL".equals(con.getMetaData().getDatabaseProductName())
        ? " for share"
        : " for update";
  }

  /** One read; null if a case changed while it was read. */
  private @Nullable List<FollowUpCase> selectOnce(Connection con, String sql, List<Object> params)
      throws SQLException {
    Map<String, FollowUpCase.Builder> rows = new LinkedHashMap<>();
    Map<String, Long> versions = new LinkedHashMap<>();
    String tenant = null;
    try (PreparedStatement ps = con.prepareStatement(sql)) {
      int i = 1;
      for (Object p : params) {
        if (p instanceof Long l) {
          ps.setLong(i++, l);
        } else if (p instanceof byte[] b) {
          ps.setBytes(i++, b);
        } else {
          ps.setString(i++, (String) p);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tenant = rs.getString(1);
          rows.put(rs.getString(2), readRow(rs));
          versions.put(rs.getString(2), rs.getLong(5));
        }
      }
    }
    if (tenant == null) {
      return List.of();
    }
    readChildren(con, tenant, rows);
    if (!unchanged(con, tenant, versions)) {
      return null;
    }
    List<FollowUpCase> out = new ArrayList<>(rows.size());
    for (FollowUpCase.Builder b : rows.values()) {
      out.add(b.build());
    }
    return out;
  }

  /** Tells whether the cases are still at the versions read. */
  private boolean unchanged(Connection con, String tenant, Map<String, Long> versions)
      throws SQLException {
    String sql =
        "select id, version from " + cases + " where tenant_id = ? and id in ("
            + String.join(", ", Collections.nCopies(versions.size(), "?")) + ")";
    int same = 0;
    try (PreparedStatement ps = con.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, tenant);
      for (String id : versions.keySet()) {
        ps.setString(i++, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (Long.valueOf(rs.getLong(2)).equals(versions.get(rs.getString(1)))) {
            same++;
          }
        }
      }
    }
    return same == versions.size();
  }

  private static FollowUpCase.Builder readRow(ResultSet rs) throws SQLException {
    String heldFrom = rs.getString(7);
    String owner = rs.getString(11);
    return FollowUpCase.builder()
        .tenant(TenantId.of(rs.getString(1)))
        .id(CaseId.of(rs.getString(2)))
        .ruleId(rs.getString(3))
        .sourceResponseId(rs.getString(4))
        .version(rs.getLong(5))
        .status(CaseStatus.valueOf(rs.getString(6)))
        .heldFrom(heldFrom == null ? null : CaseStatus.valueOf(heldFrom))
        .onHoldSince(micros(rs, 8))
        .priority(CasePriority.valueOf(rs.getString(9)))
        .team(rs.getString(10))
        .owner(owner)
        .firstContactDue(micros(rs, 12))
        .resolutionDue(micros(rs, 13))
        .firstContactAt(micros(rs, 14))
        .resolvedAt(micros(rs, 15))
        .closedAt(micros(rs, 16))
        .createdAt(Micros.instant(rs.getLong(17)))
        .updatedAt(Micros.instant(rs.getLong(18)))
        .resolutionSummary(rs.getString(20))
        .customerMessage(rs.getString(21));
  }

  /** Reads the sets, pauses, notes and audit entries of the cases in {@code rows}. */
  private void readChildren(Connection con, String tenant, Map<String, FollowUpCase.Builder> rows)
      throws SQLException {
    Map<String, Map<String, List<String>>> sets = new LinkedHashMap<>();
    Map<String, List<HoldInterval>> pauses = new LinkedHashMap<>();
    Map<String, List<CaseNote>> texts = new LinkedHashMap<>();
    Map<String, List<AuditEntry>> trail = new LinkedHashMap<>();
    String in = " where tenant_id = ? and case_id in (" + String.join(", ", Collections.nCopies(rows.size(), "?")) + ")";
    try (ResultSet rs = query(con, "select case_id, kind, ref from " + refs + in + " order by case_id, kind, pos", tenant, rows)) {
      while (rs.next()) {
        sets.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
            .add(rs.getString(3));
      }
    }
    try (ResultSet rs = query(con, "select case_id, started_us, ended_us from " + holds + in + " order by case_id, pos", tenant, rows)) {
      while (rs.next()) {
        pauses
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new HoldInterval(Micros.instant(rs.getLong(2)), Micros.instant(rs.getLong(3))));
      }
    }
    try (ResultSet rs = query(con, "select case_id, version, at_us, author, body from " + notes + in + " order by case_id, pos", tenant, rows)) {
      while (rs.next()) {
        texts
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new CaseNote(rs.getLong(2), Micros.instant(rs.getLong(3)), rs.getString(4), rs.getString(5)));
      }
    }
    try (ResultSet rs = query(con, "select case_id, version, at_us, actor, field, from_value, to_value from " + audit + in + " order by case_id, version, pos", tenant, rows)) {
      while (rs.next()) {
        trail
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new AuditEntry(rs.getLong(2), Micros.instant(rs.getLong(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
      }
    }
    for (Map.Entry<String, FollowUpCase.Builder> e : rows.entrySet()) {
      String id = e.getKey();
      Map<String, List<String>> s = sets.getOrDefault(id, Map.of());
      List<RespondentId> people = new ArrayList<>();
      for (String r : s.getOrDefault(RESPONDENT, List.of())) {
        people.add(RespondentId.of(r));
      }
      e.getValue()
          .responseIds(s.getOrDefault(RESPONSE, List.of()))
          .respondents(people)
          .tags(s.getOrDefault(TAG, List.of()))
          .rootCauses(s.getOrDefault(ROOT_CAUSE, List.of()))
          .holds(pauses.getOrDefault(id, List.of()))
          .notes(texts.getOrDefault(id, List.of()))
          .audit(trail.getOrDefault(id, List.of()));
    }
  }

  /** Runs a child query; the result set closes its statement. */
  private static ResultSet query(
      Connection con, String sql, String tenant, Map<String, FollowUpCase.Builder> rows)
      throws SQLException {
    PreparedStatement ps = con.prepareStatement(sql);
    try {
      ps.closeOnCompletion();
      int i = 1;
      ps.setString(i++, tenant);
      for (String id : rows.keySet()) {
        ps.setString(i++, id);
      }
      return ps.executeQuery();
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  private static void setString(PreparedStatement ps, int i, @Nullable String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  private static void setMicros(PreparedStatement ps, int i, @Nullable Instant v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, Micros.of(v));
    }
  }

  private static @Nullable Instant micros(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : Micros.instant(v);
  }

  /** The status names of open cases, for SQL {@code in} lists. */
  public static List<String> openStatusNames() {
    List<String> out = new ArrayList<>();
    for (CaseStatus s : CaseStatus.values()) {
      if (s.isOpen()) {
        out.add(s.name());
      }
    }
    return out;
  }

  /** The kind names of linked responses and respondents in the sets table. */
  public static String kind(boolean respondent) {
    return respondent ? RESPONDENT : RESPONSE;
  }
}
