package io.feedbackloop.routing.internal.cases;

import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseNote;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.internal.rules.Checks;
import java.util.ArrayList;
import java.util.List;

/** The checks and append-only rules every {@link io.feedbackloop.routing.cases.CaseStore} applies. */
public final class StoreRules {
  private StoreRules() {}

  /** Checks a case given to {@link io.feedbackloop.routing.cases.CaseStore#createIfAbsent}. */
  public static FollowUpCase checkNew(FollowUpCase c) {
    Checks.notNull("newCase", c);
    Checks.check(c.version() == 0, "version of a new case", "0", c.version());
    return c;
  }

  /** Checks the arguments of {@link io.feedbackloop.routing.cases.CaseStore#update}. */
  public static FollowUpCase checkUpdate(FollowUpCase updated, long expectedVersion) {
    Checks.notNull("updated", updated);
    Checks.check(expectedVersion >= 0, "expectedVersion", ">= 0", expectedVersion);
    Checks.check(
        updated.version() == expectedVersion + 1,
        "version of the updated case " + updated.id(),
        "expectedVersion + 1 (" + (expectedVersion + 1) + ")",
        updated.version());
    return updated;
  }

  /** Fails unless {@code updated} keeps the identity of {@code stored}. */
  public static void checkSameIdentity(FollowUpCase stored, FollowUpCase updated) {
    Checks.check(
        sameIdentity(stored, updated),
        "rule, source response and creation time of case " + stored.id(),
        "unchanged (" + stored.ruleId() + ", " + stored.sourceResponseId() + ", " + stored.createdAt() + ")",
        "(" + updated.ruleId() + ", " + updated.sourceResponseId() + ", " + updated.createdAt() + ")");
  }

  private static boolean sameIdentity(FollowUpCase a, FollowUpCase b) {
    return a.ruleId().equals(b.ruleId())
        && a.sourceResponseId().equals(b.sourceResponseId())
        && a.createdAt().equals(b.createdAt());
  }

  /** The audit entries {@code updated} adds: those of its own version. */
  public static List<AuditEntry> newEntries(FollowUpCase updated) {
    List<AuditEntry> out = new ArrayList<>();
    for (AuditEntry e : updated.audit()) {
      if (e.version() == updated.version()) {
        out.add(e);
      }
    }
    return out;
  }

  /** The notes {@code updated} adds: those of its own version. */
  public static List<CaseNote> newNotes(FollowUpCase updated) {
    List<CaseNote> out = new ArrayList<>();
    for (CaseNote n : updated.notes()) {
      if (n.version() == updated.version()) {
        out.add(n);
      }
    }
    return out;
  }

  /** {@code updated} with the audit trail and notes of {@code stored} plus its own new ones. */
  public static FollowUpCase appendOnly(FollowUpCase stored, FollowUpCase updated) {
    List<AuditEntry> audit = new ArrayList<>(stored.audit());
    audit.addAll(newEntries(updated));
    List<CaseNote> notes = new ArrayList<>(stored.notes());
    notes.addAll(newNotes(updated));
    return updated.toBuilder().audit(audit).notes(notes).build();
  }
}
