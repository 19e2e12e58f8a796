package io.feedbackloop.routing.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.response.Response;
import io.feedbackloop.core.store.InMemoryResponseStore;
import io.feedbackloop.core.store.ResponseQuery;
import io.feedbackloop.core.store.jdbc.CoreMigrations;
import io.feedbackloop.core.store.jdbc.JdbcResponseStore;
import io.feedbackloop.core.store.jdbc.SchemaMigrator;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.cases.AuditEntry;
import io.feedbackloop.routing.cases.CaseFixtures;
import io.feedbackloop.routing.cases.CaseId;
import io.feedbackloop.routing.cases.CaseNote;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.InMemoryCaseStore;
import io.feedbackloop.routing.cases.Resurvey;
import io.feedbackloop.routing.cases.ResurveyStore;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.internal.loop.CaseRedaction;
import io.feedbackloop.routing.internal.loop.LoopPrivacy;
import io.feedbackloop.routing.internal.loop.LoopStores;
import io.feedbackloop.routing.invite.InMemoryInvitationStore;
import io.feedbackloop.routing.invite.Invitation;
import io.feedbackloop.routing.jdbc.JdbcCaseStore;
import io.feedbackloop.routing.jdbc.JdbcInvitationStore;
import io.feedbackloop.routing.jdbc.JdbcLinkStore;
import io.feedbackloop.routing.jdbc.JdbcOutboxStore;
import io.feedbackloop.routing.jdbc.JdbcResurveyStore;
import io.feedbackloop.routing.jdbc.JdbcSuppressionStore;
import io.feedbackloop.routing.jdbc.RoutingMigrations;
import io.feedbackloop.routing.link.InMemoryLinkStore;
import io.feedbackloop.routing.outbox.ClaimedMessage;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.routing.outbox.OutboxState;
import io.feedbackloop.routing.outbox.OutboxStore;
import io.feedbackloop.routing.suppression.InMemorySuppressionStore;
import io.feedbackloop.routing.suppression.Suppression;
import io.feedbackloop.routing.suppression.SuppressionReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Erasure and export across every store of a loop; run on in-memory, H2 and PostgreSQL stores by
 * the subclasses. Also the home of the store set-ups the retention and health tests share.
 */
abstract class AbstractLoopPrivacyTest {
  static final TenantId ACME = TenantId.of("acme");
  static final TenantId GLOBEX = TenantId.of("globex");
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final RespondentId ANA = RespondentId.of("ana");
  static final RespondentId BEN = RespondentId.of("ben");

  LoopStores stores;

  /** Fresh, empty stores sharing one unit of work. */
  abstract LoopStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
  }

  static LoopStores inMemory() {
    UnitOfWork uow = UnitOfWork.inMemory();
    return new LoopStores(
        uow,
        InMemoryResponseStore.create(uow),
        InMemoryCaseStore.create(uow),
        InMemoryOutboxStore.create(uow),
        InMemoryInvitationStore.of(uow),
        InMemorySuppressionStore.create(uow),
        ResurveyStore.inMemory(uow),
        InMemoryLinkStore.create(uow));
  }

  static LoopStores jdbc(DataSource ds, String prefix) {
    SchemaMigrator migrator = SchemaMigrator.builder().dataSource(ds).tablePrefix(prefix).build();
    migrator.migrate(CoreMigrations.all());
    migrator.migrate(RoutingMigrations.all());
    UnitOfWork uow = UnitOfWork.jdbc(ds);
    return new LoopStores(
        uow,
        JdbcResponseStore.builder().unitOfWork(uow).tablePrefix(prefix).build(),
        JdbcCaseStore.builder().unitOfWork(uow).tablePrefix(prefix).build(),
        JdbcOutboxStore.builder().unitOfWork(uow).tablePrefix(prefix).build(),
        JdbcInvitationStore.builder().unitOfWork(uow).tablePrefix(prefix).build(),
        JdbcSuppressionStore.builder().unitOfWork(uow).tablePrefix(prefix).build(),
        JdbcResurveyStore.builder().unitOfWork(uow).tablePrefix(prefix).build(),
        JdbcLinkStore.builder().unitOfWork(uow).tablePrefix(prefix).build());
  }

  static Response response(TenantId tenant, String id, RespondentId who, Instant at) {
    return Response.builder(tenant, "post-delivery")
        .id(id)
        .submittedAt(at)
        .respondent(who)
        .answer("nps", 2)
        .answer("comment", "Late again, " + who.value() + " here")
        .attribute("region", "north")
        .build();
  }

  static Message toRespondent(TenantId tenant, String key, RespondentId who) {
    return Message.builder()
        .tenant(tenant)
        .recipient(Recipient.respondent(who.value()))
        .subject("Sorry, " + who.value())
        .text("We fixed order 42 for " + who.value())
        .idempotencyKey(key)
        .build();
  }

  static Invitation invitation(TenantId tenant, String id, RespondentId who, Instant at) {
    return new Invitation(
        tenant, id, who, "post-delivery", "e-" + id, "email", at, at, Optional.empty(), Optional.empty());
  }

  static Resurvey resurvey(TenantId tenant, String caseId, RespondentId who) {
    return new Resurvey(
        tenant, CaseId.of(caseId), who, 2, T0, Optional.of(T0), Optional.of("inv-" + caseId),
        Optional.empty(), Optional.empty());
  }

  /**
   * Ana: one response, her own case (with a note and a customer message), a link to Ben's problem
   * case, a delivered and a pending message, an invitation, a re-survey and an opt-out. Ben: one
   * response, the problem case, a pending message, an invitation. Ana also exists in GLOBEX.
   */
  void seed() {
    stores.responses().append(response(ACME, "r-ana", ANA, T0));
    stores.responses().append(response(ACME, "r-ben", BEN, T0.plusSeconds(1)));
    stores.responses().append(response(GLOBEX, "r-ana", ANA, T0));
    stores.cases().createIfAbsent(
        CaseFixtures.newCase(ACME, "c-ana", "r-ana", T0)
            .respondents(List.of(ANA))
            .notes(List.of(new CaseNote(0, T0, "agent-1", "Ana says the driver was rude")))
            .customerMessage("Dear Ana, we are sorry")
            .audit(
                List.of(
                    new AuditEntry(0, T0, "system", AuditEntry.STATUS, null, "NEW"),
                    new AuditEntry(0, T0, "system", AuditEntry.RESPONDENT, null, "ana")))
            .build());
    stores.cases().createIfAbsent(
        CaseFixtures.newCase(ACME, "c-problem", "r-ben", T0.plusSeconds(5))
            .responseIds(List.of("r-ben", "r-ana"))
            .respondents(List.of(BEN, ANA))
            .notes(List.of(new CaseNote(0, T0, "agent-1", "Ben and Ana hit the same depot")))
            .audit(
                List.of(
                    new AuditEntry(0, T0, "system", AuditEntry.RESPONDENT, null, "ben"),
                    new AuditEntry(0, T0, "system", AuditEntry.RESPONDENT, null, "ana"),
                    new AuditEntry(0, T0, "system", AuditEntry.RESPONSE, null, "r-ana")))
            .build());
    OutboxStore outbox = stores.outbox();
    outbox.enqueue("email", toRespondent(ACME, "ana-delivered", ANA), T0);
    for (ClaimedMessage c : outbox.claim("w", 10, T0, Duration.ofMinutes(1))) {
      outbox.markDelivered(c, T0.plusSeconds(1));
    }
    outbox.enqueue("email", toRespondent(ACME, "ana-pending", ANA), T0.plus(Duration.ofDays(1)));
    outbox.enqueue("email", toRespondent(ACME, "ben-pending", BEN), T0.plus(Duration.ofDays(1)));
    stores.invitations().insert(invitation(ACME, "inv-ana", ANA, T0));
    stores.invitations().insert(invitation(ACME, "inv-ben", BEN, T0));
    stores.suppressions().add(new Suppression(ACME, ANA, "*", SuppressionReason.UNSUBSCRIBED, T0));
    stores.resurveys().insertIfAbsent(resurvey(ACME, "c-ana", ANA));
  }

  @Test
  void eraseReachesEveryStoreKeepsTheOptOutAndReportsZerosTheSecondTime() {
    seed();

    RespondentErasure erased = LoopPrivacy.erase(stores, ACME, ANA, T0.plusSeconds(3600));

    assertThat(erased)
        .isEqualTo(new RespondentErasure(ACME, ANA, 1, 2, 1, 1, 1));
    assertThat(stores.responses().get(ACME, "r-ana")).isEmpty();
    assertThat(stores.responses().get(GLOBEX, "r-ana")).as("other tenant").isPresent();
    assertThat(stores.responses().get(ACME, "r-ben")).isPresent();
    FollowUpCase own = stores.cases().find(ACME, CaseId.of("c-ana")).orElseThrow();
    assertThat(own.respondents()).isEmpty();
    assertThat(own.notes()).extracting(CaseNote::text).containsExactly(CaseRedaction.ERASED);
    assertThat(own.customerMessage()).contains(CaseRedaction.ERASED);
    assertThat(own.status()).isEqualTo(CaseFixtures.newCase(ACME, "x", "y", T0).build().status());
    assertThat(own.team()).isEqualTo("support");
    assertThat(own.createdAt()).isEqualTo(T0);
    assertThat(own.audit()).extracting(AuditEntry::field)
        .containsExactly(AuditEntry.STATUS, AuditEntry.RESPONDENT, CaseRedaction.FIELD);
    FollowUpCase problem = stores.cases().find(ACME, CaseId.of("c-problem")).orElseThrow();
    assertThat(problem.respondents()).containsExactly(BEN);
    assertThat(problem.notes()).extracting(CaseNote::text).containsExactly(CaseRedaction.ERASED);
    OutboxMessage delivered = stores.outbox().find(ACME, "ana-delivered").orElseThrow();
    assertThat(delivered.state()).isEqualTo(OutboxState.DELIVERED);
    assertThat(delivered.message().text()).isEqualTo(OutboxStore.ERASED);
    assertThat(stores.outbox().find(ACME, "ana-pending").orElseThrow().state())
        .isEqualTo(OutboxState.CANCELLED);
    assertThat(stores.outbox().find(ACME, "ben-pending").orElseThrow().state())
        .isEqualTo(OutboxState.PENDING);
    assertThat(stores.invitations().find(ACME, "inv-ana")).isEmpty();
    assertThat(stores.invitations().find(ACME, "inv-ben")).isPresent();
    assertThat(stores.resurveys().find(ACME, CaseId.of("c-ana"))).isEmpty();
    assertThat(stores.suppressions().list(ACME, ANA)).hasSize(1);

    RespondentErasure again = LoopPrivacy.erase(stores, ACME, ANA, T0.plusSeconds(7200));
    assertThat(again.total()).isZero();
    RespondentExport after = LoopPrivacy.export(stores, ACME, ANA);
    assertThat(after.responses()).isEmpty();
    assertThat(after.cases()).isEmpty();
    assertThat(after.invitations()).isEmpty();
    assertThat(after.suppressions()).hasSize(1);
    assertThat(after.toJson()).doesNotContain("driver was rude").doesNotContain("Late again");
  }

  @Test
  void aStoreFailingMidwayLeavesEverythingAsItWas() {
    seed();
    ResurveyStore real = stores.resurveys();
    LoopStores failing =
        new LoopStores(
            stores.unitOfWork(), stores.responses(), stores.cases(), stores.outbox(),
            stores.invitations(), stores.suppressions(), new FailingResurveys(real), stores.links());
    RespondentExport before = LoopPrivacy.export(stores, ACME, ANA);

    assertThatThrownBy(() -> LoopPrivacy.erase(failing, ACME, ANA, T0.plusSeconds(60)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("re-survey store down");

    RespondentExport after = LoopPrivacy.export(stores, ACME, ANA);
    assertThat(after).isEqualTo(before);
    assertThat(after.total()).isEqualTo(7);
    assertThat(stores.outbox().find(ACME, "ana-pending").orElseThrow().state())
        .isEqualTo(OutboxState.PENDING);
    assertThat(stores.cases().find(ACME, CaseId.of("c-ana")).orElseThrow().version()).isZero();
  }

  @Test
  void exportHoldsEverythingAboutTheSubjectAndNothingAboutOthers() {
    seed();

    RespondentExport export = LoopPrivacy.export(stores, ACME, ANA);

    assertThat(export.responses()).extracting(Response::id).containsExactly("r-ana");
    assertThat(export.cases()).extracting(c -> c.id().value()).containsExactly("c-ana", "c-problem");
    FollowUpCase problem = export.cases().get(1);
    assertThat(problem.respondents()).containsExactly(ANA);
    assertThat(problem.notes()).isEmpty();
    assertThat(problem.audit()).extracting(AuditEntry::to).containsExactly("ana", "r-ana");
    assertThat(export.cases().get(0).notes()).extracting(CaseNote::text)
        .containsExactly("Ana says the driver was rude");
    assertThat(export.messages()).extracting(OutboxMessage::idempotencyKey)
        .containsExactly("ana-delivered", "ana-pending");
    assertThat(export.invitations()).extracting(Invitation::id).containsExactly("inv-ana");
    assertThat(export.suppressions()).hasSize(1);

    String json = export.toJson();
    assertThat(json)
        .contains("Late again, ana here", "Ana says the driver was rude", "Dear Ana, we are sorry")
        .contains("We fixed order 42 for ana", "inv-ana", "UNSUBSCRIBED", "\"region\"")
        .doesNotContain("ben", "Ben and Ana");
    assertThat(json.indexOf("\"tenant\""))
        .isLessThan(json.indexOf("\"respondent\""))
        .isLessThan(json.indexOf("\"responses\""));
    assertThat(json.indexOf("\"responses\"")).isLessThan(json.indexOf("\"cases\""));
    assertThat(json.indexOf("\"cases\"")).isLessThan(json.indexOf("\"messages\""));
    assertThat(json.indexOf("\"messages\"")).isLessThan(json.indexOf("\"invitations\""));
    assertThat(json.indexOf("\"invitations\"")).isLessThan(json.indexOf("\"suppressions\""));
    assertThat(export.toJson()).isEqualTo(json);
  }

  @Test
  void exportOfSomeoneUnknownIsEmpty() {
    seed();

    RespondentExport export = LoopPrivacy.export(stores, ACME, RespondentId.of("nobody"));

    assertThat(export.total()).isZero();
    assertThat(export.toJson()).contains("\"respondent\" : \"nobody\"");
    try (Stream<Response> s = stores.responses().stream(ResponseQuery.of(ACME))) {
      assertThat(s).hasSize(2);
    }
  }

  @Test
  @SuppressWarnings("NullAway")
  void badArgumentsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> LoopPrivacy.erase(stores, null, ANA, T0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tenant must not be null");
    assertThatThrownBy(() -> LoopPrivacy.erase(stores, ACME, null, T0))
        .hasMessage("respondent must not be null");
    assertThatThrownBy(() -> LoopPrivacy.export(stores, ACME, null))
        .hasMessage("respondent must not be null");
  }

  /** A re-survey store whose erase fails: the last step of an erasure. */
  private static final class FailingResurveys implements ResurveyStore {
    private final ResurveyStore real;

    FailingResurveys(ResurveyStore real) {
      this.real = real;
    }

    @Override
    public UnitOfWork unitOfWork() {
      return real.unitOfWork();
    }

    @Override
    public boolean insertIfAbsent(Resurvey resurvey) {
      return real.insertIfAbsent(resurvey);
    }

    @Override
    public Optional<Resurvey> find(TenantId tenant, CaseId caseId) {
      return real.find(tenant, caseId);
    }

    @Override
    public Optional<Resurvey> findByInvitation(TenantId tenant, String invitationId) {
      return real.findByInvitation(tenant, invitationId);
    }

    @Override
    public boolean recordAnswer(Resurvey answered) {
      return real.recordAnswer(answered);
    }

    @Override
    public List<Resurvey> list(TenantId tenant) {
      return real.list(tenant);
    }

    @Override
    public int erase(TenantId tenant, RespondentId respondent) {
      throw new IllegalStateException("re-survey store down");
    }

    @Override
    public int deleteForCases(TenantId tenant, Collection<CaseId> caseIds) {
      return real.deleteForCases(tenant, caseIds);
    }
  }
}
