package io.feedbackloop.routing.insight;

import static io.feedbackloop.routing.insight.InsightWorld.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.cases.CaseIncompleteException;
import io.feedbackloop.routing.cases.FollowUpCase;
import io.feedbackloop.routing.cases.OpenCaseRequest;
import io.feedbackloop.routing.cases.OutcomeMessage;
import io.feedbackloop.routing.cases.OutcomeMessages;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link OutcomeMessages#sendToAll}: "you said, we did" to every respondent of a problem case. */
class OutcomeToEveryRespondentTest {
  private static final Map<String, Locale> LANGUAGES =
      Map.of(
          "p-1", Locale.forLanguageTag("sv-SE"),
          "p-2", Locale.forLanguageTag("de"),
          "p-3", Locale.forLanguageTag("pl"),
          "p-4", Locale.forLanguageTag("nl"));

  private final InsightWorld world = new InsightWorld();
  private final OutcomeMessages outcomes =
      OutcomeMessages.builder().outbox(world.outbox).clock(world.clock).build();

  private static Optional<Locale> language(RespondentId who) {
    return Optional.ofNullable(LANGUAGES.get(who.value()));
  }

  private FollowUpCase resolvedProblemCase(int respondents) {
    world.responder().build().respond(InsightWorld.event(1, respondents));
    return world.resolve(world.onlyCase(), "We changed carrier for the northern region.");
  }

  @Test
  void everyRespondentGetsOneMessageInTheirLanguageWithTheirOwnKey() {
    FollowUpCase resolved = resolvedProblemCase(5);

    Map<RespondentId, OutcomeMessage> sent =
        outcomes.sendToAll(resolved, OutcomeToEveryRespondentTest::language, Locale.ENGLISH, Map.of());

    assertThat(sent.keySet()).extracting(RespondentId::value).containsExactly("p-1", "p-2", "p-3", "p-4", "p-5");
    assertThat(sent.values()).allMatch(OutcomeMessage::queued);
    assertThat(sent.values()).extracting(m -> m.locale().toLanguageTag())
        .as("sv-SE falls back to the template's sv; p-5 has none and gets the default")
        .containsExactly("sv", "de", "pl", "nl", "en");
    String prefix = "case:" + resolved.id().value() + ":outcome:v1:";
    assertThat(sent.values()).extracting(OutcomeMessage::idempotencyKey)
        .containsExactly(prefix + "p-1", prefix + "p-2", prefix + "p-3", prefix + "p-4", prefix + "p-5");
    Message sv = world.message(prefix + "p-1").message();
    assertThat(sv.recipient()).isEqualTo(Recipient.respondent("p-1"));
    assertThat(sv.subject()).isEqualTo("Om din återkoppling");
    assertThat(sv.text()).contains("Det här har vi gjort: We changed carrier for the northern region.");
    assertThat(world.message(prefix + "p-2").message().subject()).isEqualTo("Zu Ihrem Feedback");
    assertThat(world.message(prefix + "p-3").message().subject()).isEqualTo("W sprawie Twojej opinii");
    assertThat(world.message(prefix + "p-4").message().subject()).isEqualTo("Over je feedback");
    assertThat(world.message(prefix + "p-5").message().subject()).isEqualTo("About your feedback");
    assertThat(sv.metadata()).containsEntry("caseId", resolved.id().value()).containsEntry("kind", "case-outcome");
    assertThat(world.outbox.counts().total()).as("the alert and five outcomes").isEqualTo(6);
  }

  @Test
  void aRetryQueuesNothingAndAReopenedCaseResolvedAgainGetsNewMessages() {
    FollowUpCase resolved = resolvedProblemCase(2);
    outcomes.sendToAll(resolved, OutcomeToEveryRespondentTest::language, Locale.ENGLISH, Map.of());

    Map<RespondentId, OutcomeMessage> retry =
        outcomes.sendToAll(resolved, OutcomeToEveryRespondentTest::language, Locale.ENGLISH, Map.of());
    assertThat(retry.values()).noneMatch(OutcomeMessage::queued);

    FollowUpCase reopened = world.cases.reopen(ACME, resolved.id(), "came back", "ana", resolved.version());
    FollowUpCase again = world.resolve(reopened, "We also refunded the shipping.");
    Map<RespondentId, OutcomeMessage> second =
        outcomes.sendToAll(again, OutcomeToEveryRespondentTest::language, Locale.ENGLISH, Map.of());
    assertThat(second.values()).allMatch(OutcomeMessage::queued);
    assertThat(second.values()).extracting(OutcomeMessage::idempotencyKey)
        .allMatch(k -> k.contains(":outcome:v2:"));
    assertThat(world.outbox.counts().total()).isEqualTo(1 + 2 + 2);
  }

  @Test
  void aLookupThatFailsOrHasNothingGivesTheDefaultLocale() {
    FollowUpCase resolved = resolvedProblemCase(2);
    Map<RespondentId, OutcomeMessage> sent =
        outcomes.sendToAll(
            resolved,
            who -> {
              if (who.value().equals("p-1")) {
                throw new IllegalStateException("directory down");
              }
              return Optional.empty();
            },
            Locale.forLanguageTag("de"),
            Map.of());
    assertThat(sent.values()).extracting(m -> m.locale().toLanguageTag()).containsExactly("de", "de");
  }

  @Test
  void aCommentInExtraIsQuotedToEveryone() {
    FollowUpCase resolved = resolvedProblemCase(2);
    outcomes.sendToAll(
        resolved, who -> Optional.of(Locale.ENGLISH), Locale.ENGLISH,
        Map.of(OutcomeMessages.COMMENT, "Deliveries in the north were late"));
    String key = OutcomeMessages.idempotencyKey(resolved, RespondentId.of("p-2"));
    assertThat(world.message(key).message().text())
        .contains("You told us: \"Deliveries in the north were late\"");
  }

  @Test
  void theSingleRespondentSendIsUnchanged() {
    FollowUpCase resolved = resolvedProblemCase(3);
    OutcomeMessage one = outcomes.send(resolved, Locale.forLanguageTag("pl"), Map.of());
    assertThat(one.idempotencyKey()).isEqualTo("case:" + resolved.id().value() + ":outcome:v1");
    assertThat(world.message(one.idempotencyKey()).message().recipient())
        .isEqualTo(Recipient.respondent("p-1"));
  }

  @Test
  void keysEncodeRespondentIdsThatAreNotPlainAscii() {
    FollowUpCase resolved = resolvedProblemCase(1);
    assertThat(OutcomeMessages.idempotencyKey(resolved, RespondentId.of("Åsa Nilsson")))
        .isEqualTo("case:" + resolved.id().value() + ":outcome:v1:%C3%85sa%20Nilsson");
    String longId = "x".repeat(128);
    assertThat(OutcomeMessages.idempotencyKey(resolved, RespondentId.of(longId)))
        .as("still within the key limit")
        .hasSizeLessThanOrEqualTo(Message.MAX_KEY_LENGTH)
        .startsWith("case:" + resolved.id().value() + ":outcome:v1:");
  }

  @Test
  void refusesCasesThatAreNotResolvedOrHaveNobodyToTell() {
    world.responder().build().respond(InsightWorld.event(1, 2));
    FollowUpCase open = world.onlyCase();
    assertThatThrownBy(() -> outcomes.sendToAll(open, w -> Optional.empty(), Locale.ENGLISH, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status of case " + open.id().value()
            + " must be RESOLVED or CLOSED to send an outcome message, but was NEW");

    FollowUpCase nobody =
        world.cases.open(OpenCaseRequest.builder(ACME, "r-77", "manual").team("support").build())
            .followUpCase();
    FollowUpCase resolved = world.resolve(nobody, "Fixed.");
    assertThatThrownBy(() -> outcomes.sendToAll(resolved, w -> Optional.empty(), Locale.ENGLISH, Map.of()))
        .isInstanceOf(CaseIncompleteException.class)
        .hasMessage("case " + resolved.id().value()
            + " must have a respondent to send an outcome message, but had none");
    assertThat(world.outbox.counts().total()).as("only the two alerts").isEqualTo(1);
  }
}
