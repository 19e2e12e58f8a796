package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static io.feedbackloop.routing.cases.CaseFixtures.ALICE;
import static io.feedbackloop.routing.cases.CaseFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpCaseTest {

  @Test
  void toStringNeverShowsNotesSummaryOrCustomerMessage() {
    FollowUpCase c = CaseFixtures.everyField(ACME, "c-1", T0);
    assertThat(c.toString())
        .contains("id=c-1", "status=ON_HOLD", "version=3", "notes=2", "auditEntries=4")
        .doesNotContain("Ringde", "second note", "earlier summary", "earlier message");
    assertThat(c.notes().get(0).toString())
        .isEqualTo("CaseNote[version=1, at=2026-03-02T09:01:00.123456Z, author=ana, text=(25 chars)]");
  }

  @Test
  void instantsAreKeptToTheMicrosecond() {
    FollowUpCase c = CaseFixtures.everyField(ACME, "c-1", T0);
    assertThat(c.createdAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00.123456Z"));
    assertThat(c.holds().get(0).start()).isEqualTo(Instant.parse("2026-03-02T11:00:00.123456Z"));
    assertThat(c.audit().get(0).at()).isEqualTo(c.createdAt());
  }

  @Test
  void theSourceResponseComesFirstAndDuplicatesGo() {
    FollowUpCase c =
        CaseFixtures.newCase(ACME, "c-1", "r-1", T0)
            .responseIds(List.of("r-2", "r-1", "r-2"))
            .respondents(List.of(ALICE, ALICE))
            .tags(List.of("b", "a", "b"))
            .build();
    assertThat(c.responseIds()).containsExactly("r-1", "r-2");
    assertThat(c.respondents()).containsExactly(ALICE);
    assertThat(c.tags()).containsExactly("a", "b");
  }

  @Test
  void holdFieldsGoWithOnHoldOnly() {
    assertThatThrownBy(() -> CaseFixtures.newCase(ACME, "c-1", "r-1", T0).heldFrom(CaseStatus.ASSIGNED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "heldFrom and onHoldSince must be set exactly when the status is ON_HOLD (status NEW),"
                + " but was heldFrom ASSIGNED, onHoldSince null");
    assertThatThrownBy(
            () ->
                CaseFixtures.newCase(ACME, "c-1", "r-1", T0)
                    .status(CaseStatus.ON_HOLD)
                    .heldFrom(CaseStatus.NEW)
                    .onHoldSince(T0)
                    .build())
        .hasMessage("heldFrom must be a status that may be put on hold, but was NEW");
  }

  @Test
  void auditEntriesCannotBeNewerThanTheCaseNorOutOfOrder() {
    assertThatThrownBy(
            () ->
                CaseFixtures.newCase(ACME, "c-1", "r-1", T0)
                    .audit(List.of(new AuditEntry(1, T0, "ana", AuditEntry.TAG, null, "x")))
                    .build())
        .hasMessage(
            "audit entry version must be between the previous entry's (0) and the case version (0), but was 1");
    assertThatThrownBy(
            () ->
                CaseFixtures.newCase(ACME, "c-1", "r-1", T0)
                    .version(2)
                    .audit(
                        List.of(
                            new AuditEntry(2, T0, "ana", AuditEntry.TAG, null, "x"),
                            new AuditEntry(1, T0, "ana", AuditEntry.TAG, null, "y")))
                    .build())
        .hasMessage(
            "audit entry version must be between the previous entry's (2) and the case version (2), but was 1");
  }

  @Test
  void valuesAreChecked() {
    assertThatThrownBy(() -> CaseFixtures.newCase(ACME, "c-1", "r-1", T0).updatedAt(T0.minusSeconds(1)).build())
        .hasMessage("updatedAt must be not before createdAt (2026-03-02T09:00:00Z), but was 2026-03-02T08:59:59Z");
    assertThatThrownBy(() -> CaseFixtures.newCase(ACME, "c-1", "r-1", T0).version(-1).build())
        .hasMessage("version must be >= 0, but was -1");
    assertThatThrownBy(() -> CaseFixtures.newCase(ACME, "c-1", "r-1", T0).resolutionSummary(" ").build())
        .hasMessage("resolutionSummary must be not blank, but was blank");
    assertThatThrownBy(() -> new CaseNote(1, T0, "ana", "x".repeat(CaseNote.MAX_LENGTH + 1)))
        .hasMessage("note length must be <= 10000, but was 10001");
    assertThatThrownBy(() -> new AuditEntry(0, T0, "ana@example.com", "tag", null, null))
        .hasMessageStartingWith("actor must be 1-64 characters");
    assertThatThrownBy(() -> new HoldInterval(T0, T0.minusSeconds(1)))
        .hasMessage("end must be not before start (2026-03-02T09:00:00Z), but was 2026-03-02T08:59:59Z");
    assertThatThrownBy(() -> CaseId.of("c 1")).hasMessageStartingWith("case id must be 1-64 characters");
  }

  @Test
  void timeOnHoldAddsFinishedPausesAndTheCurrentOne() {
    FollowUpCase c = CaseFixtures.everyField(ACME, "c-1", T0);
    Instant since = c.onHoldSince().orElseThrow();
    assertThat(c.timeOnHold(since)).isEqualTo(Duration.ofHours(1));
    assertThat(c.timeOnHold(since.plus(Duration.ofMinutes(30)))).isEqualTo(Duration.ofMinutes(90));
    assertThat(c.timeOnHold(since.minusSeconds(10))).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void equalityCoversEveryFieldAndToBuilderCopiesThem() {
    FollowUpCase c = CaseFixtures.everyField(ACME, "c-1", T0);
    assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c.toBuilder().customerMessage("other").build()).isNotEqualTo(c);
    assertThat(c.toBuilder().notes(List.of()).build()).isNotEqualTo(c);
    assertThat(c.toBuilder().owner(null).build()).isNotEqualTo(c);
    assertThat(CaseId.random().value()).matches("c-[0-9a-f]{32}");
  }
}
