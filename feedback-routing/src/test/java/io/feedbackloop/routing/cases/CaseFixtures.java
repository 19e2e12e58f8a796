package io.feedbackloop.routing.cases;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.rules.Action.CasePriority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Cases for tests. */
public final class CaseFixtures {
  public static final TenantId ACME = TenantId.of("acme");
  public static final TenantId GLOBEX = TenantId.of("globex");
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  public static final RespondentId ALICE = RespondentId.of("customer-42");
  public static final RespondentId BOB = RespondentId.of("customer-43");

  private CaseFixtures() {}

  /** A NEW case at version 0 opened at {@code at} for response {@code responseId}. */
  public static FollowUpCase.Builder newCase(TenantId tenant, String id, String responseId, Instant at) {
    return FollowUpCase.builder()
        .id(CaseId.of(id))
        .tenant(tenant)
        .ruleId("detractor")
        .sourceResponseId(responseId)
        .status(CaseStatus.NEW)
        .priority(CasePriority.HIGH)
        .team("support")
        .createdAt(at)
        .updatedAt(at)
        .audit(List.of(new AuditEntry(0, at, "system", AuditEntry.STATUS, null, "NEW")));
  }

  /** A case with every field set, at version 3, ON_HOLD. */
  public static FollowUpCase everyField(TenantId tenant, String id, Instant at) {
    Instant t = at.plusNanos(123_456_789); // sub-microsecond parts must vanish in every store
    return FollowUpCase.builder()
        .id(CaseId.of(id))
        .tenant(tenant)
        .ruleId("detractor")
        .sourceResponseId("r-" + id)
        .responseIds(List.of("r-" + id, "r-other-1", "r-other-2"))
        .respondents(List.of(ALICE, BOB))
        .status(CaseStatus.ON_HOLD)
        .heldFrom(CaseStatus.IN_PROGRESS)
        .onHoldSince(t.plus(Duration.ofHours(5)))
        .priority(CasePriority.URGENT)
        .team("support")
        .owner("ana")
        .firstContactDue(t.plus(Duration.ofDays(1)))
        .resolutionDue(t.plus(Duration.ofDays(3)))
        .tags(List.of("vip", "late-delivery"))
        .notes(
            List.of(
                new CaseNote(1, t.plusSeconds(60), "ana", "Ringde kunden, inget svar"),
                new CaseNote(2, t.plusSeconds(120), "ben", "second note")))
        .rootCauses(List.of("carrier-delay"))
        .resolutionSummary("earlier summary")
        .customerMessage("earlier message")
        .version(3)
        .createdAt(t)
        .updatedAt(t.plus(Duration.ofHours(5)))
        .firstContactAt(t.plus(Duration.ofHours(1)))
        .holds(List.of(new HoldInterval(t.plus(Duration.ofHours(2)), t.plus(Duration.ofHours(3)))))
        .audit(
            List.of(
                new AuditEntry(0, t, "system", AuditEntry.CREATED, null, "detractor"),
                new AuditEntry(1, t.plusSeconds(60), "ana", AuditEntry.NOTE, null, "note 1"),
                new AuditEntry(2, t.plusSeconds(120), "ben", AuditEntry.NOTE, null, "note 2"),
                new AuditEntry(3, t.plusSeconds(180), "ana", AuditEntry.STATUS, "IN_PROGRESS", "ON_HOLD")))
        .build();
  }

  /** The next version of {@code c} with one audit entry and {@code change} applied. */
  public static FollowUpCase nextVersion(FollowUpCase c, String actor, String field, String to, Instant at) {
    List<AuditEntry> audit = new java.util.ArrayList<>(c.audit());
    audit.add(new AuditEntry(c.version() + 1, at, actor, field, null, to));
    return c.toBuilder().version(c.version() + 1).updatedAt(at).audit(audit).build();
  }
}
