package io.feedbackloop.routing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link OutboxStore} keeps; run against the in-memory store, H2 and embedded
 * PostgreSQL by the subclasses.
 */
public abstract class OutboxStoreContract {
  protected static final TenantId ACME = TenantId.of("acme");
  protected static final TenantId GLOBEX = TenantId.of("globex");
  protected static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);

  private OutboxStore store;
  private UnitOfWork unitOfWork;

  /** A new, empty store (with its schema in place). */
  protected abstract OutboxStore newStore();

  /** The unit of work {@code store}'s calls run in. */
  protected abstract UnitOfWork unitOfWorkOf(OutboxStore store);

  @BeforeEach
  void setUpStore() {
    store = newStore();
    unitOfWork = unitOfWorkOf(store);
  }

  /** A plain message to a team. */
  public static Message message(TenantId tenant, String key) {
    return Message.builder()
        .tenant(tenant)
        .recipient(Recipient.team("support"))
        .subject("Detractor")
        .text("Score 3 for " + key)
        .idempotencyKey(key)
        .build();
  }

  @Test
  void enqueuedMessageIsPendingAndComesBackInFull() {
    Message full =
        Message.builder()
            .tenant(ACME)
            .recipient(Recipient.email("ana@example.com"))
            .subject("Hej")
            .text("Tack för ditt svar: \"bra\" \u00e5\u00e4\u00f6 \ud83d\ude00")
            .html("<p>Tack</p>")
            .locale(Locale.forLanguageTag("sv-SE"))
            .idempotencyKey("case-1/notify")
            .metadata("score", "3")
            .metadata("caseUrl", "https://example.com/c/1")
            .header("List-Unsubscribe", "<mailto:u@example.com>")
            .build();

    assertThat(store.enqueue("email", full, T0)).isTrue();

    OutboxMessage found = store.find(ACME, "case-1/notify").orElseThrow();
    assertThat(found.message()).isEqualTo(full);
    assertThat(found.message().metadata()).containsExactly(
        java.util.Map.entry("score", "3"), java.util.Map.entry("caseUrl", "https://example.com/c/1"));
    assertThat(found.channel()).isEqualTo("email");
    assertThat(found.state()).isEqualTo(OutboxState.PENDING);
    assertThat(found.attempts()).isZero();
    assertThat(found.nextAttemptAt()).isEqualTo(T0);
    assertThat(found.lastError()).isEmpty();
  }

  @Test
  void everyRecipientKindRoundTrips() {
    List<Recipient> recipients =
        List.of(
            Recipient.respondent("customer-42"),
            Recipient.email("ben@example.com"),
            Recipient.phone("+46701234567"),
            Recipient.team("ops"));
    int i = 0;
    for (Recipient r : recipients) {
      Message m = message(ACME, "r-" + i++).toBuilder().recipient(r).build();
      store.enqueue("slack", m, T0);
      assertThat(store.find(ACME, m.idempotencyKey()).orElseThrow().message().recipient())
          .isEqualTo(r);
    }
  }

  @Test
  void enqueueIsIdempotentPerTenantAndKey() {
    assertThat(store.enqueue("slack", message(ACME, "k1"), T0)).isTrue();
    Message other = message(ACME, "k1").toBuilder().text("changed").build();

    assertThat(store.enqueue("email", other, T0.plusSeconds(60))).isFalse();
    assertThat(store.enqueue("slack", message(GLOBEX, "k1"), T0)).isTrue();

    OutboxMessage kept = store.find(ACME, "k1").orElseThrow();
    assertThat(kept.channel()).isEqualTo("slack");
    assertThat(kept.message().text()).isEqualTo("Score 3 for k1");
    assertThat(store.find(GLOBEX, "k1")).isPresent();
    assertThat(store.find(TenantId.of("initech"), "k1")).isEmpty();
  }

  @Test
  void enqueueAfterDeliveryStillChangesNothing() {
    store.enqueue("slack", message(ACME, "k1"), T0);
    ClaimedMessage c = store.claim("w1", 10, T0, LEASE).get(0);
    store.markDelivered(c, T0);

    assertThat(store.enqueue("slack", message(ACME, "k1"), T0)).isFalse();
    assertThat(store.find(ACME, "k1").orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);
  }

  @Test
  void rollbackOfTheCallersUnitOfWorkDropsTheMessage() {
    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    tx -> {
                      store.enqueue("slack", message(ACME, "k1"), T0);
                      assertThat(store.find(ACME, "k1")).isPresent();
                      throw new IllegalStateException("the case could not be opened");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the case could not be opened");

    assertThat(store.find(ACME, "k1")).isEmpty();
    assertThat(store.claim("w1", 10, T0, LEASE)).isEmpty();
    assertThat(store.enqueue("slack", message(ACME, "k1"), T0)).isTrue();
  }

  @Test
  void commitOfTheCallersUnitOfWorkKeepsAllItsMessages() {
    unitOfWork.inTransaction(
        tx -> {
          store.enqueue("slack", message(ACME, "k1"), T0);
          return store.enqueue("email", message(ACME, "k2"), T0);
        });

    assertThat(store.find(ACME, "k1")).isPresent();
    assertThat(store.find(ACME, "k2")).isPresent();
  }

  @Test
  void claimTakesDueMessagesEarliestFirstUpToTheLimit() {
    store.enqueue("slack", message(ACME, "late"), T0.plusSeconds(30));
    store.enqueue("slack", message(ACME, "second"), T0.minusSeconds(10));
    store.enqueue("slack", message(GLOBEX, "first"), T0.minusSeconds(20));
    store.enqueue("slack", message(ACME, "third"), T0);

    List<ClaimedMessage> claimed = store.claim("w1", 2, T0, LEASE);

    assertThat(claimed).extracting(c -> c.message().idempotencyKey())
        .containsExactly("first", "second");
    assertThat(claimed).allSatisfy(
        c -> {
          assertThat(c.leaseExpiresAt()).isEqualTo(T0.plus(LEASE));
          assertThat(c.message().state()).isEqualTo(OutboxState.CLAIMED);
        });
    assertThat(claimed.get(0).claimToken()).isNotEqualTo(claimed.get(1).claimToken());
    assertThat(store.claim("w1", 10, T0, LEASE)).extracting(c -> c.message().idempotencyKey())
        .containsExactly("third");
    assertThat(store.claim("w1", 10, T0, LEASE)).isEmpty();
    assertThat(store.find(ACME, "second").orElseThrow().state()).isEqualTo(OutboxState.CLAIMED);
  }

  @Test
  void anExpiredLeaseIsTakenOverAndTheStaleWorkerCannotOverwriteTheNewOwner() {
    store.enqueue("slack", message(ACME, "k1"), T0);
    ClaimedMessage first = store.claim("w1", 10, T0, LEASE).get(0);

    assertThat(store.claim("w2", 10, T0.plus(LEASE).minusMillis(1), LEASE)).isEmpty();
    List<ClaimedMessage> taken = store.claim("w2", 10, T0.plus(LEASE), LEASE);

    assertThat(taken).hasSize(1);
    ClaimedMessage second = taken.get(0);
    assertThat(second.claimToken()).isNotEqualTo(first.claimToken());
    assertThat(store.markDelivered(first, T0.plusSeconds(61))).isFalse();
    assertThat(store.reschedule(first, 1, T0.plusSeconds(90), "late failure")).isFalse();
    assertThat(store.release(first, T0)).isFalse();
    assertThat(store.deadLetter(first, 1, "late", T0)).isFalse();
    assertThat(store.find(ACME, "k1").orElseThrow().state()).isEqualTo(OutboxState.CLAIMED);

    assertThat(store.markDelivered(second, T0.plusSeconds(62))).isTrue();
    assertThat(store.find(ACME, "k1").orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);
    assertThat(store.markDelivered(second, T0.plusSeconds(63))).isFalse();
  }

  @Test
  void anExpiredLeaseNobodyTookStillLetsItsHolderRecord() {
    store.enqueue("slack", message(ACME, "k1"), T0);
    ClaimedMessage c = store.claim("w1", 10, T0, LEASE).get(0);

    assertThat(store.markDelivered(c, T0.plus(LEASE).plusSeconds(5))).isTrue();
    assertThat(store.find(ACME, "k1").orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);
  }

  @Test
  void rescheduleRecordsTheAttemptAndMakesTheMessageDueAgainLater() {
    store.enqueue("slack", message(ACME, "k1"), T0);
    ClaimedMessage c = store.claim("w1", 10, T0, LEASE).get(0);

    assertThat(store.reschedule(c, 1, T0.plusSeconds(30), "retryable: HTTP 503")).isTrue();

    OutboxMessage m = store.find(ACME, "k1").orElseThrow();
    assertThat(m.state()).isEqualTo(OutboxState.PENDING);
    assertThat(m.attempts()).isEqualTo(1);
    assertThat(m.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(m.lastError()).contains("retryable: HTTP 503");
    assertThat(store.claim("w1", 10, T0.plusSeconds(29), LEASE)).isEmpty();
    ClaimedMessage again = store.claim("w1", 10, T0.plusSeconds(30), LEASE).get(0);
    assertThat(again.message().attempts()).isEqualTo(1);
    assertThat(again.message().lastError()).contains("retryable: HTTP 503");
  }

  @Test
  void releaseKeepsAttemptsAndLastError() {
    store.enqueue("slack", message(ACME, "k1"), T0);
    ClaimedMessage c = store.claim("w1", 10, T0, LEASE).get(0);
    store.reschedule(c, 2, T0, "retryable: timeout");
    ClaimedMessage again = store.claim("w1", 10, T0, LEASE).get(0);

    assertThat(store.release(again, T0.plusSeconds(45))).isTrue();

    OutboxMessage m = store.find(ACME, "k1").orElseThrow();
    assertThat(m.state()).isEqualTo(OutboxState.PENDING);
    assertThat(m.attempts()).isEqualTo(2);
    assertThat(m.lastError()).contains("retryable: timeout");
    assertThat(m.nextAttemptAt()).isEqualTo(T0.plusSeconds(45));
  }

  @Test
  void deadLettersAreListedPerTenantAndCanBeRequeuedWithTheSameKey() {
    for (String key : List.of("d2", "d1", "ok")) {
      store.enqueue("slack", message(ACME, key), T0);
    }
    store.enqueue("slack", message(GLOBEX, "g1"), T0);
    for (ClaimedMessage c : store.claim("w1", 10, T0, LEASE)) {
      String key = c.message().idempotencyKey();
      switch (key) {
        case "d1" -> store.deadLetter(c, 5, "retryable: HTTP 503 after 5 attempts", T0.plusSeconds(1));
        case "d2" -> store.deadLetter(c, 1, "permanent: HTTP 410", T0.plusSeconds(2));
        case "g1" -> store.deadLetter(c, 1, "permanent: gone", T0);
        default -> store.markDelivered(c, T0);
      }
    }

    List<OutboxMessage> dead = store.deadLetters(ACME, 10);
    assertThat(dead).extracting(OutboxMessage::idempotencyKey).containsExactly("d1", "d2");
    assertThat(dead.get(0).state()).isEqualTo(OutboxState.DEAD);
    assertThat(dead.get(0).attempts()).isEqualTo(5);
    assertThat(dead.get(0).lastError()).contains("retryable: HTTP 503 after 5 attempts");
    assertThat(store.deadLetters(ACME, 1)).extracting(OutboxMessage::idempotencyKey)
        .containsExactly("d1");
    assertThat(store.deadLetters(GLOBEX, 10)).extracting(OutboxMessage::idempotencyKey)
        .containsExactly("g1");

    assertThat(store.requeue(ACME, "d1", T0.plusSeconds(60))).isTrue();
    assertThat(store.requeue(ACME, "d1", T0.plusSeconds(60))).isFalse();
    assertThat(store.requeue(ACME, "ok", T0)).isFalse();
    assertThat(store.requeue(ACME, "missing", T0)).isFalse();

    OutboxMessage requeued = store.find(ACME, "d1").orElseThrow();
    assertThat(requeued.state()).isEqualTo(OutboxState.PENDING);
    assertThat(requeued.attempts()).isZero();
    assertThat(requeued.lastError()).isEmpty();
    assertThat(requeued.message()).isEqualTo(message(ACME, "d1"));
    assertThat(store.claim("w1", 10, T0.plusSeconds(60), LEASE))
        .extracting(c -> c.message().idempotencyKey()).containsExactly("d1");
  }

  @Test
  void cancelStopsAPendingMessageOnly() {
    store.enqueue("slack", message(ACME, "pending"), T0);
    store.enqueue("slack", message(ACME, "claimed"), T0.minusSeconds(1));
    store.claim("w1", 1, T0, LEASE);

    assertThat(store.cancel(ACME, "pending")).isTrue();
    assertThat(store.cancel(ACME, "pending")).isFalse();
    assertThat(store.cancel(ACME, "claimed")).isFalse();
    assertThat(store.cancel(ACME, "missing")).isFalse();
    assertThat(store.cancel(GLOBEX, "pending")).isFalse();

    assertThat(store.find(ACME, "pending").orElseThrow().state()).isEqualTo(OutboxState.CANCELLED);
    assertThat(store.claim("w1", 10, T0.plusSeconds(3600), Duration.ofSeconds(1)))
        .extracting(c -> c.message().idempotencyKey()).containsExactly("claimed");
  }

  @Test
  void aCancelRolledBackWithTheCallersWorkLeavesTheMessagePending() {
    store.enqueue("slack", message(ACME, "k1"), T0);

    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    tx -> {
                      assertThat(store.cancel(ACME, "k1")).isTrue();
                      throw new IllegalStateException("no");
                    }))
        .hasMessage("no");

    assertThat(store.find(ACME, "k1").orElseThrow().state()).isEqualTo(OutboxState.PENDING);
  }

  @Test
  void countsTellHowManyAreInEachState() {
    for (int i = 0; i < 6; i++) {
      store.enqueue("slack", message(i % 2 == 0 ? ACME : GLOBEX, "k" + i), T0.plusSeconds(i));
    }
    List<ClaimedMessage> c = store.claim("w1", 3, T0.plusSeconds(10), LEASE);
    store.markDelivered(c.get(0), T0);
    store.deadLetter(c.get(1), 1, "permanent: no", T0);
    store.cancel(GLOBEX, "k5");

    OutboxCounts counts = store.counts();

    assertThat(counts).isEqualTo(new OutboxCounts(2, 1, 1, 1, 1));
    assertThat(counts.total()).isEqualTo(6);
    assertThat(counts.of(OutboxState.CLAIMED)).isEqualTo(1);
    assertThat(store.find(ACME, "k2").orElseThrow().state()).isEqualTo(OutboxState.CLAIMED);
  }

  @Test
  void timesAreKeptToTheMillisecond() {
    Instant precise = T0.plusNanos(1_234_567);
    store.enqueue("slack", message(ACME, "k1"), precise);

    assertThat(store.find(ACME, "k1").orElseThrow().nextAttemptAt())
        .isEqualTo(T0.plusMillis(1));
    assertThat(store.claim("w1", 1, T0.plusMillis(1), LEASE)).hasSize(1);
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> store.enqueue("no spaces", message(ACME, "k"), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("channel must be 1-64 characters")
        .hasMessageEndingWith("but was 'no spaces'");
    assertThatThrownBy(() -> store.claim("w1", 0, T0, LEASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be > 0, but was 0");
    assertThatThrownBy(() -> store.claim("w1", 1, T0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lease must be > 0, but was PT0S");
    assertThatThrownBy(() -> store.claim(" ", 1, T0, LEASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workerId must not be blank, but was ' '");
    assertThatThrownBy(() -> store.deadLetters(ACME, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be > 0, but was -1");
    store.enqueue("slack", message(ACME, "k1"), T0);
    ClaimedMessage c = store.claim("w1", 1, T0, LEASE).get(0);
    assertThatThrownBy(() -> store.reschedule(c, -3, T0, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attempts must be >= 0, but was -3");
  }

  @Test
  void aLongLastErrorIsCut() {
    store.enqueue("slack", message(ACME, "k1"), T0);
    ClaimedMessage c = store.claim("w1", 1, T0, LEASE).get(0);

    store.reschedule(c, 1, T0, "x".repeat(5000));

    Optional<String> error = store.find(ACME, "k1").orElseThrow().lastError();
    assertThat(error).hasValueSatisfying(e -> assertThat(e).hasSize(1000));
  }

  // ---- erasure, export, retention and health ----------------------------------------------

  private static Message toRespondent(TenantId tenant, String key, String who) {
    return Message.builder()
        .tenant(tenant)
        .recipient(Recipient.respondent(who))
        .subject("How did we do, Ana?")
        .text("Ana, tell us about order 42")
        .html("<p>Ana</p>")
        .metadata("name", "Ana")
        .idempotencyKey(key)
        .build();
  }

  @Test
  void addressedToListsOneRespondentsMessagesInAnyState() {
    store.enqueue("email", toRespondent(ACME, "k-2", "ana"), T0);
    store.enqueue("email", toRespondent(ACME, "k-1", "ana"), T0);
    store.enqueue("email", toRespondent(ACME, "k-3", "ben"), T0);
    store.enqueue("email", toRespondent(GLOBEX, "k-4", "ana"), T0);
    store.enqueue("email", message(ACME, "k-5"), T0);
    store.cancel(ACME, "k-2");

    assertThat(store.addressedTo(ACME, io.feedbackloop.core.response.RespondentId.of("ana")))
        .extracting(OutboxMessage::idempotencyKey, OutboxMessage::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("k-1", OutboxState.PENDING),
            org.assertj.core.groups.Tuple.tuple("k-2", OutboxState.CANCELLED));
  }

  @Test
  void eraseCancelsPendingStripsFinishedContentLeavesClaimedAndIsIdempotent() {
    io.feedbackloop.core.response.RespondentId ana = io.feedbackloop.core.response.RespondentId.of("ana");
    store.enqueue("email", toRespondent(ACME, "delivered", "ana"), T0);
    ClaimedMessage c = store.claim("w", 10, T0, LEASE).get(0);
    store.markDelivered(c, T0.plusSeconds(1));
    store.enqueue("email", toRespondent(ACME, "in-flight", "ana"), T0.plusSeconds(2));
    store.claim("w", 10, T0.plusSeconds(2), LEASE);
    store.enqueue("email", toRespondent(ACME, "pending", "ana"), T0.plusSeconds(60));
    store.enqueue("email", toRespondent(ACME, "bens", "ben"), T0.plusSeconds(60));

    assertThat(store.erase(ACME, ana)).isEqualTo(1);
    assertThat(store.erase(ACME, ana)).isZero();

    OutboxMessage delivered = store.find(ACME, "delivered").orElseThrow();
    assertThat(delivered.state()).isEqualTo(OutboxState.DELIVERED);
    assertThat(delivered.message().text()).isEqualTo(OutboxStore.ERASED);
    assertThat(delivered.message().subject()).isEqualTo(OutboxStore.ERASED);
    assertThat(delivered.message().html()).isEmpty();
    assertThat(delivered.message().metadata()).isEmpty();
    OutboxMessage pending = store.find(ACME, "pending").orElseThrow();
    assertThat(pending.state()).isEqualTo(OutboxState.CANCELLED);
    assertThat(pending.message().text()).isEqualTo(OutboxStore.ERASED);
    OutboxMessage inFlight = store.find(ACME, "in-flight").orElseThrow();
    assertThat(inFlight.state()).isEqualTo(OutboxState.CLAIMED);
    assertThat(inFlight.message().text()).isEqualTo("Ana, tell us about order 42");
    assertThat(store.find(ACME, "bens").orElseThrow().message().text()).isEqualTo("Ana, tell us about order 42");
    assertThat(store.enqueue("email", toRespondent(ACME, "delivered", "ana"), T0)).isFalse();
  }

  @Test
  void eraseIsUndoneWithItsTransaction() {
    Message m = toRespondent(ACME, "pending", "ana");
    store.enqueue("email", m, T0);

    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    tx -> {
                      store.erase(ACME, io.feedbackloop.core.response.RespondentId.of("ana"));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    OutboxMessage found = store.find(ACME, "pending").orElseThrow();
    assertThat(found.state()).isEqualTo(OutboxState.PENDING);
    assertThat(found.message()).isEqualTo(m);
  }

  @Test
  void deleteFinishedBeforeDeletesOnlyFinishedMessagesOlderThanTheCutoffInBatches() {
    Instant cutoff = T0.plusSeconds(100);
    for (int i = 0; i < 3; i++) {
      store.enqueue("email", message(i == 1 ? GLOBEX : ACME, "done-" + i), T0);
    }
    for (ClaimedMessage c : store.claim("w", 10, T0, LEASE)) {
      store.markDelivered(c, T0.plusSeconds(1));
    }
    store.enqueue("email", message(ACME, "dead"), T0.plusSeconds(2));
    store.deadLetter(store.claim("w", 1, T0.plusSeconds(2), LEASE).get(0), 5, "gone", cutoff);
    store.enqueue("email", message(ACME, "cancelled"), T0);
    store.cancel(ACME, "cancelled");
    store.enqueue("email", message(ACME, "pending"), T0);

    assertThat(store.deleteFinishedBefore(cutoff, 2)).isEqualTo(2);
    assertThat(store.deleteFinishedBefore(cutoff, 2)).isEqualTo(2);
    assertThat(store.deleteFinishedBefore(cutoff, 2)).isZero();

    assertThat(store.find(ACME, "dead")).as("changed exactly at the cutoff: kept").isPresent();
    assertThat(store.find(ACME, "pending")).isPresent();
    assertThat(store.find(ACME, "cancelled")).isEmpty();
    assertThat(store.counts().total()).isEqualTo(2);
  }

  @Test
  void earliestPendingIsTheSmallestDueTimeOfPendingMessages() {
    assertThat(store.earliestPending()).isEmpty();
    store.enqueue("email", message(ACME, "a"), T0.plusSeconds(30));
    store.enqueue("email", message(GLOBEX, "b"), T0.plusSeconds(10));
    store.enqueue("email", message(ACME, "c"), T0);
    store.claim("w", 1, T0, LEASE);

    assertThat(store.earliestPending()).contains(T0.plusSeconds(10));
  }
}
