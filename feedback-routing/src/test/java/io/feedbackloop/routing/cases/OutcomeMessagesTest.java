package io.feedbackloop.routing.cases;

import static io.feedbackloop.routing.cases.CaseFixtures.ACME;
import static io.feedbackloop.routing.cases.CaseFixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.testing.MutableClock;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.MessageTemplate;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.internal.cases.metrics.OutcomeTemplates;
import io.feedbackloop.routing.outbox.InMemoryOutboxStore;
import io.feedbackloop.routing.outbox.OutboxMessage;
import io.feedbackloop.routing.rules.Action.CasePriority;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OutcomeMessagesTest {
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final String DONE = "Vi har bytt transportör och återbetalat frakten.";

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final UnitOfWork uow = UnitOfWork.inMemory();
  private final InMemoryCaseStore caseStore = InMemoryCaseStore.create(uow);
  private final InMemoryOutboxStore outbox = InMemoryOutboxStore.create(uow);
  private final AtomicInteger seq = new AtomicInteger();
  private final CaseService cases =
      CaseService.builder()
          .store(caseStore)
          .clock(clock)
          .ids(() -> CaseId.of("c-" + seq.incrementAndGet()))
          .build();
  private final OutcomeMessages outcomes =
      OutcomeMessages.builder().outbox(outbox).channel("sms").clock(clock).build();

  private FollowUpCase inProgress(boolean withRespondent) {
    OpenCaseRequest.Builder request =
        OpenCaseRequest.builder(ACME, "r-1", "detractor").team("support").priority(CasePriority.HIGH);
    if (withRespondent) {
      request.respondent(ALICE);
    }
    FollowUpCase c = cases.open(request.build()).followUpCase();
    c = cases.assign(ACME, c.id(), "ana", "lead", c.version());
    return cases.startProgress(ACME, c.id(), "ana", c.version());
  }

  private FollowUpCase resolve(FollowUpCase c, @Nullable String message) {
    return cases.resolve(
        ACME, c.id(), List.of("carrier-delay"), "changed carrier", message, "ana", c.version());
  }

  private Message queued(String key) {
    OutboxMessage m = outbox.find(ACME, key).orElseThrow();
    assertThat(m.channel()).isEqualTo("sms");
    assertThat(m.nextAttemptAt()).isEqualTo(clock.instant());
    return m.message();
  }

  @Test
  void queuesOneLocalizedMessageToTheRespondentQuotingTheCommentAndWhatWasDone() {
    FollowUpCase resolved = resolve(inProgress(true), DONE);

    OutcomeMessage sent =
        outcomes.send(resolved, SV, Map.of(OutcomeMessages.COMMENT, "Paketet kom för sent"));

    assertThat(sent)
        .isEqualTo(new OutcomeMessage(CaseId.of("c-1"), "case:c-1:outcome:v1", "sms", SV, true));
    Message m = queued("case:c-1:outcome:v1");
    assertThat(m.recipient()).isEqualTo(Recipient.respondent("customer-42"));
    assertThat(m.tenant()).isEqualTo(ACME);
    assertThat(m.locale()).isEqualTo(SV);
    assertThat(m.subject()).isEqualTo("Om din återkoppling");
    assertThat(m.text())
        .isEqualTo(
            "Hej!\n\nDu skrev till oss: ”Paketet kom för sent”\n\nDet här har vi gjort: "
                + DONE
                + "\n\nTack för att du hjälper oss att bli bättre.");
    assertThat(m.metadata()).containsEntry("caseId", "c-1").containsEntry("kind", "case-outcome");
    assertThat(outbox.counts().pending()).isEqualTo(1);
  }

  @Test
  void withoutACommentTheMessageDoesNotQuoteOneAndUnknownLocalesFallBackToEnglish() {
    FollowUpCase resolved = resolve(inProgress(true), "We refunded the shipping.");

    OutcomeMessage sent =
        outcomes.send(resolved, Locale.JAPANESE, Map.of(OutcomeMessages.COMMENT, "  "));

    assertThat(sent.locale()).isEqualTo(Locale.ENGLISH);
    Message m = queued(sent.idempotencyKey());
    assertThat(m.subject()).isEqualTo("About your feedback");
    assertThat(m.text())
        .isEqualTo("Hello,\n\nThank you for your feedback. Here is what we did: We refunded the shipping.");
  }

  @Test
  void everyDefaultLanguageHasBothTexts() {
    Map<String, String> withComment = Map.of("comment", "C1", "customerMessage", "D1");
    Map<String, String> without = Map.of("customerMessage", "D1");
    for (String tag : List.of("en", "sv", "nl", "pl", "de")) {
      Locale l = Locale.forLanguageTag(tag);
      Message a =
          OutcomeTemplates.withComment()
              .render(l, withComment)
              .tenant(ACME)
              .recipient(Recipient.respondent("x"))
              .idempotencyKey("k")
              .build();
      Message b =
          OutcomeTemplates.withoutComment()
              .render(l, without)
              .tenant(ACME)
              .recipient(Recipient.respondent("x"))
              .idempotencyKey("k")
              .build();
      assertThat(a.locale()).as(tag).isEqualTo(l);
      assertThat(a.text()).as(tag).contains("C1").contains("D1");
      assertThat(b.locale()).as(tag).isEqualTo(l);
      assertThat(b.text()).as(tag).contains("D1").doesNotContain("C1");
      assertThat(a.subject()).as(tag).isNotBlank().isEqualTo(b.subject());
    }
  }

  @Test
  void aRetryAndClosingQueueNothingNewButAResolutionAfterAReopenDoes() {
    FollowUpCase resolved = resolve(inProgress(true), DONE);
    assertThat(outcomes.send(resolved, SV, Map.of()).queued()).isTrue();

    OutcomeMessage retry = outcomes.send(resolved, SV, Map.of());
    FollowUpCase closed = cases.close(ACME, resolved.id(), "ana", resolved.version());
    OutcomeMessage afterClose = outcomes.send(closed, SV, Map.of());

    assertThat(retry.queued()).isFalse();
    assertThat(retry.idempotencyKey()).isEqualTo("case:c-1:outcome:v1");
    assertThat(afterClose.queued()).isFalse();
    assertThat(afterClose.idempotencyKey()).isEqualTo("case:c-1:outcome:v1");
    assertThat(outbox.counts().pending()).isEqualTo(1);

    FollowUpCase reopened = cases.reopen(ACME, closed.id(), "customer wrote back", "ana", closed.version());
    FollowUpCase working = cases.startProgress(ACME, reopened.id(), "ana", reopened.version());
    FollowUpCase again = resolve(working, "We sent a new parcel.");
    OutcomeMessage second = outcomes.send(again, SV, Map.of());

    assertThat(second.idempotencyKey()).isEqualTo("case:c-1:outcome:v2");
    assertThat(second.queued()).isTrue();
    assertThat(queued("case:c-1:outcome:v2").text()).contains("We sent a new parcel.");
    assertThat(outbox.counts().pending()).isEqualTo(2);
  }

  @Test
  void resolvingAndSendingInOneUnitOfWorkCommitOrRollBackTogether() {
    FollowUpCase working = inProgress(true);

    assertThatThrownBy(
            () ->
                uow.inTransaction(
                    tx -> {
                      FollowUpCase r = resolve(working, DONE);
                      outcomes.send(r, SV, Map.of());
                      throw new IllegalStateException("host failed after sending");
                    }))
        .hasMessage("host failed after sending");
    assertThat(cases.find(ACME, working.id()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(outbox.find(ACME, "case:c-1:outcome:v1")).isEmpty();

    OutcomeMessage sent =
        uow.inTransaction(tx -> outcomes.send(resolve(working, DONE), SV, Map.of()));
    assertThat(sent.queued()).isTrue();
    assertThat(cases.find(ACME, working.id()).orElseThrow().status()).isEqualTo(CaseStatus.RESOLVED);
  }

  @Test
  void refusesACaseThatIsNotResolvedOrClosed() {
    FollowUpCase working = inProgress(true);
    assertThatThrownBy(() -> outcomes.send(working, SV, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "status of case c-1 must be RESOLVED or CLOSED to send an outcome message, but was"
                + " IN_PROGRESS");
    assertThat(outbox.counts().pending()).isZero();
  }

  @Test
  void refusesACaseWithoutCustomerMessage() {
    FollowUpCase resolved = resolve(inProgress(true), null);
    assertThatThrownBy(() -> outcomes.send(resolved, SV, Map.of()))
        .isInstanceOf(CaseIncompleteException.class)
        .hasMessage(
            "case c-1 must have a customer message to send an outcome message, but had none"
                + " (resolve it with one)");
  }

  @Test
  void refusesACaseWithoutRespondent() {
    FollowUpCase resolved = resolve(inProgress(false), DONE);
    assertThatThrownBy(() -> outcomes.send(resolved, SV, Map.of()))
        .isInstanceOf(CaseIncompleteException.class)
        .hasMessage("case c-1 must have a respondent to send an outcome message, but had none");
  }

  @Test
  void refusesTheReservedKeyInExtra() {
    FollowUpCase resolved = resolve(inProgress(true), DONE);
    assertThatThrownBy(() -> outcomes.send(resolved, SV, Map.of("customerMessage", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "extra must be free of the reserved key 'customerMessage' (the case's own message is"
                + " used), but was [customerMessage]");
  }

  @Test
  void customTemplatesGetTheExtraValuesAndMissingOnesAreNamed() {
    MessageTemplate custom =
        MessageTemplate.builder("outcome-custom")
            .text(Locale.ENGLISH, "Hi {{name}}: {{customerMessage}} (you said {{comment}})")
            .build();
    OutcomeMessages o =
        OutcomeMessages.builder().outbox(outbox).clock(clock).template(custom).build();
    FollowUpCase resolved = resolve(inProgress(true), DONE);

    assertThatThrownBy(() -> o.send(resolved, SV, Map.of("comment", "late")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "values must include every placeholder of template 'outcome-custom' (locale en), but"
                + " were missing: name");
    OutcomeMessage sent = o.send(resolved, SV, Map.of("comment", "late", "name", "Åsa"));
    OutboxMessage m = outbox.find(ACME, sent.idempotencyKey()).orElseThrow();
    assertThat(m.channel()).isEqualTo("email");
    assertThat(m.message().text()).isEqualTo("Hi Åsa: " + DONE + " (you said late)");
  }

  @Test
  void keyCountsResolutionsAndIsAtLeastOne() {
    FollowUpCase bare =
        CaseFixtures.newCase(ACME, "c-9", "r-9", clock.instant())
            .status(CaseStatus.CLOSED)
            .audit(List.of())
            .build();
    assertThat(OutcomeMessages.idempotencyKey(bare)).isEqualTo("case:c-9:outcome:v1");
  }

  @Test
  @SuppressWarnings("NullAway")
  void builderAndArgumentChecks() {
    assertThatThrownBy(() -> OutcomeMessages.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("OutcomeMessages needs an outbox(...), but none was set");
    assertThatThrownBy(() -> OutcomeMessages.builder().channel("no spaces"))
        .hasMessageStartingWith("channel must be 1-64 characters");
    FollowUpCase resolved = resolve(inProgress(true), DONE);
    assertThatThrownBy(() -> outcomes.send(resolved, null, Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale must not be null");
    assertThatThrownBy(() -> outcomes.send(null, SV, Map.of()))
        .hasMessage("case must not be null");
    assertThatThrownBy(() -> outcomes.send(resolved, SV, null)).hasMessage("extra must not be null");
    assertThat(outcomes.toString())
        .isEqualTo("OutcomeMessages[channel=sms, templates=case-outcome, case-outcome-no-comment]");
  }
}
