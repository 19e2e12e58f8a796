package io.feedbackloop.routing.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseFixtures;
import io.feedbackloop.routing.cases.CaseNote;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.internal.loop.CaseRedaction;
import io.feedbackloop.routing.internal.loop.ExportView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure rules of erasure ({@link CaseRedaction}) and export ({@link ExportView}). */
class CaseRedactionPrivacyTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final RespondentId ANA = RespondentId.of("ana");
  private static final RespondentId BEN = RespondentId.of("ben");

  private static FollowUpCase problemCase() {
    return CaseFixtures.newCase(CaseFixtures.ACME, "c-1", "r-ben", T0)
        .responseIds(List.of("r-ben", "r-ana"))
        .respondents(List.of(BEN, ANA))
        .owner("agent-1")
        .firstContactDue(T0.plusSeconds(3600))
        .notes(List.of(new CaseNote(0, T0, "agent-1", "Ben and Ana, same depot")))
        .resolutionSummary("Depot fixed for Ana")
        .customerMessage("Dear Ana")
        .audit(
            List.of(
                new AuditEntry(0, T0, "system", AuditEntry.RESPONDENT, null, "ben"),
                new AuditEntry(0, T0, "system", AuditEntry.RESPONDENT, "ana", "ana"),
                new AuditEntry(0, T0, "system", AuditEntry.RESPONSE, null, "r-ana"),
                new AuditEntry(0, T0, "system", AuditEntry.OWNER, null, "ana")))
        .build();
  }

  @Test
  void redactionDropsTextsAndTheLinkButKeepsTheRestOneVersionLater() {
    FollowUpCase c = problemCase();

    FollowUpCase r = CaseRedaction.redact(c, ANA, T0.plusSeconds(60));

    assertThat(r.version()).isEqualTo(1);
    assertThat(r.updatedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(r.respondents()).containsExactly(BEN);
    assertThat(r.responseIds()).containsExactly("r-ben", "r-ana");
    assertThat(r.notes()).containsExactly(new CaseNote(0, T0, "agent-1", CaseRedaction.ERASED));
    assertThat(r.resolutionSummary()).contains(CaseRedaction.ERASED);
    assertThat(r.customerMessage()).contains(CaseRedaction.ERASED);
    assertThat(r.audit())
        .containsExactly(
            new AuditEntry(0, T0, "system", AuditEntry.RESPONDENT, null, "ben"),
            new AuditEntry(
                0, T0, "system", AuditEntry.RESPONDENT, CaseRedaction.ERASED, CaseRedaction.ERASED),
            new AuditEntry(0, T0, "system", AuditEntry.RESPONSE, null, "r-ana"),
            new AuditEntry(0, T0, "system", AuditEntry.OWNER, null, "ana"),
            new AuditEntry(1, T0.plusSeconds(60), "system", "erasure", null, null));
    assertThat(r.owner()).contains("agent-1");
    assertThat(r.firstContactDue()).isEqualTo(c.firstContactDue());
    assertThat(r.status()).isEqualTo(c.status());
    assertThat(r.createdAt()).isEqualTo(c.createdAt());
  }

  @Test
  void redactionNeverMovesUpdatedAtBackAndLeavesAbsentTextsAbsent() {
    FollowUpCase c = CaseFixtures.newCase(CaseFixtures.ACME, "c-2", "r-1", T0).build();

    FollowUpCase r = CaseRedaction.redact(c, ANA, T0.minusSeconds(5));

    assertThat(r.updatedAt()).isEqualTo(T0);
    assertThat(r.resolutionSummary()).isEmpty();
    assertThat(r.customerMessage()).isEmpty();
  }

  @Test
  void exportViewOfSomeoneElsesProblemCaseShowsOnlyTheSubject() {
    FollowUpCase v = ExportView.forSubject(problemCase(), ANA, Set.of("r-ana"));

    assertThat(v.respondents()).containsExactly(ANA);
    assertThat(v.responseIds()).containsExactly("r-ben", "r-ana");
    assertThat(v.notes()).isEmpty();
    assertThat(v.resolutionSummary()).isEmpty();
    assertThat(v.customerMessage()).contains("Dear Ana");
    assertThat(v.audit())
        .extracting(AuditEntry::field, AuditEntry::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditEntry.RESPONDENT, "ana"),
            org.assertj.core.groups.Tuple.tuple(AuditEntry.RESPONSE, "r-ana"),
            org.assertj.core.groups.Tuple.tuple(AuditEntry.OWNER, "ana"));
  }

  @Test
  void exportViewOfTheSubjectsOwnCaseKeepsNotesAndSummary() {
    FollowUpCase own =
        problemCase().toBuilder().sourceResponseId("r-ana").responseIds(List.of("r-ana", "r-ben")).build();

    FollowUpCase v = ExportView.forSubject(own, ANA, Set.of("r-ana"));

    assertThat(v.responseIds()).containsExactly("r-ana");
    assertThat(v.notes()).hasSize(1);
    assertThat(v.resolutionSummary()).contains("Depot fixed for Ana");
  }

  @Test
  void exportViewOfACaseNotLinkingTheSubjectHasNoRespondent() {
    FollowUpCase v =
        ExportView.forSubject(problemCase().toBuilder().respondents(List.of(BEN)).build(), ANA, Set.of("r-ana"));

    assertThat(v.respondents()).isEmpty();
  }
}
