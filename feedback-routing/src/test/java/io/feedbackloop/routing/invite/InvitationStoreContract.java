package io.feedbackloop.routing.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link InvitationStore}: run against the in-memory store, H2 and
 * PostgreSQL. Each test uses tenants of its own, so implementations may share one schema.
 */
public abstract class InvitationStoreContract {
  private static final AtomicInteger TENANTS = new AtomicInteger();
  protected static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123Z");
  protected static final RespondentId ANA = RespondentId.of("ana");
  protected static final RespondentId BEN = RespondentId.of("ben");

  protected InvitationStore store;
  protected TenantId tenant;
  protected TenantId otherTenant;

  /** A store on the shared schema (or a fresh one). */
  protected abstract InvitationStore newStore();

  @BeforeEach
  void setUp() {
    store = newStore();
    int n = TENANTS.incrementAndGet();
    tenant = TenantId.of("contract-" + n);
    otherTenant = TenantId.of("contract-" + n + "-other");
  }

  protected Invitation invitation(
      TenantId t, String id, RespondentId who, String survey, String channel, Instant sendAt,
      Optional<Instant> reminderAt) {
    return new Invitation(t, id, who, survey, "e-" + id, channel, T0, sendAt, reminderAt, Optional.empty());
  }

  protected Invitation invitation(String id, RespondentId who, String survey, Instant sendAt) {
    return invitation(tenant, id, who, survey, "email", sendAt, Optional.empty());
  }

  @Test
  void insertedInvitationIsFoundAsItWas() {
    Invitation i =
        new Invitation(
            tenant, "inv-1", ANA, "post-delivery", "order-1", "sms", T0, T0.plus(Duration.ofHours(2)),
            Optional.of(T0.plus(Duration.ofDays(3))), Optional.empty());
    assertThat(store.insert(i)).isTrue();
    assertThat(store.find(tenant, "inv-1")).contains(i);
    assertThat(store.find(tenant, "inv-2")).isEmpty();
    assertThat(store.find(otherTenant, "inv-1")).isEmpty();
  }

  @Test
  void insertIsIdempotentOnIdAndOnEvent() {
    Invitation i = invitation("inv-1", ANA, "s", T0);
    assertThat(store.insert(i)).isTrue();
    assertThat(store.insert(i)).isFalse();
    Invitation sameEvent =
        new Invitation(tenant, "inv-other", ANA, "s", i.eventId(), "email", T0, T0, Optional.empty(), Optional.empty());
    assertThat(store.insert(sameEvent)).isFalse();
    assertThat(store.find(tenant, "inv-other")).isEmpty();
    // the same ids in another tenant are another invitation
    assertThat(store.insert(invitation(otherTenant, "inv-1", ANA, "s", "email", T0, Optional.empty()))).isTrue();
  }

  @Test
  void historyIsTheRespondentsInvitationsInAHalfOpenRangeBySendTime() {
    store.insert(invitation("inv-c", ANA, "a", T0.plus(Duration.ofDays(2))));
    store.insert(invitation("inv-a", ANA, "b", T0));
    store.insert(invitation("inv-b", ANA, "c", T0));
    store.insert(invitation("inv-d", ANA, "d", T0.plus(Duration.ofDays(3))));
    store.insert(invitation("inv-e", BEN, "a", T0));
    store.insert(invitation(otherTenant, "inv-f", ANA, "a", "email", T0, Optional.empty()));

    assertThat(store.history(tenant, ANA, T0, T0.plus(Duration.ofDays(3))))
        .extracting(Invitation::id)
        .containsExactly("inv-a", "inv-b", "inv-c");
    assertThat(store.history(tenant, ANA, T0.plusMillis(1), Instant.MAX))
        .extracting(Invitation::id)
        .containsExactly("inv-c", "inv-d");
    assertThat(store.history(tenant, BEN, Instant.EPOCH, Instant.MAX)).extracting(Invitation::id).containsExactly("inv-e");
    assertThat(store.history(tenant, RespondentId.of("nobody"), Instant.EPOCH, Instant.MAX)).isEmpty();
  }

  @Test
  void lockRespondentReportsTheLastAnswer() {
    Optional<Instant> none = store.unitOfWork().inTransaction(tx -> store.lockRespondent(tenant, ANA));
    assertThat(none).isEmpty();
    store.recordAnswer(tenant, ANA, "s", T0);
    Optional<Instant> last = store.unitOfWork().inTransaction(tx -> store.lockRespondent(tenant, ANA));
    assertThat(last).contains(T0);
    store.recordAnswer(tenant, ANA, "other", T0.plus(Duration.ofDays(1)));
    assertThat(store.lockRespondent(tenant, ANA)).contains(T0.plus(Duration.ofDays(1)));
    assertThat(store.lockRespondent(otherTenant, ANA)).isEmpty();
    assertThat(store.lockRespondent(tenant, BEN)).isEmpty();
  }

  @Test
  void quotaCountsUpToItsMaxPerPeriodSurveyAndTenant() {
    Instant day1 = Instant.parse("2026-03-02T00:00:00Z");
    Instant day2 = Instant.parse("2026-03-03T00:00:00Z");
    assertThat(store.quotaUsed(tenant, "s", day1)).isZero();
    assertThat(store.tryConsumeQuota(tenant, "s", day1, 2)).isTrue();
    assertThat(store.tryConsumeQuota(tenant, "s", day1, 2)).isTrue();
    assertThat(store.tryConsumeQuota(tenant, "s", day1, 2)).isFalse();
    assertThat(store.quotaUsed(tenant, "s", day1)).isEqualTo(2);
    assertThat(store.tryConsumeQuota(tenant, "s", day2, 2)).isTrue();
    assertThat(store.tryConsumeQuota(tenant, "t", day1, 2)).isTrue();
    assertThat(store.tryConsumeQuota(otherTenant, "s", day1, 2)).isTrue();
    assertThat(store.quotaUsed(tenant, "s", day2)).isEqualTo(1);
    assertThat(store.quotaUsed(tenant, "t", day1)).isEqualTo(1);
  }

  @Test
  void answerMarksTheSurveysInvitationsAndReturnsPendingReminders() {
    Instant reminder = T0.plus(Duration.ofDays(3));
    store.insert(invitation(tenant, "inv-1", ANA, "s", "email", T0, Optional.of(reminder)));
    store.insert(invitation(tenant, "inv-2", ANA, "s", "email", T0.plusSeconds(1), Optional.empty()));
    store.insert(invitation(tenant, "inv-3", ANA, "other", "email", T0, Optional.of(reminder)));

    Instant answered = T0.plus(Duration.ofDays(1));
    assertThat(store.recordAnswer(tenant, ANA, "s", answered))
        .extracting(Invitation::id)
        .containsExactly("inv-1");
    Invitation one = store.find(tenant, "inv-1").orElseThrow();
    assertThat(one.answeredAt()).contains(answered);
    assertThat(one.reminderAt()).isEmpty();
    assertThat(one.reminderPending()).isFalse();
    assertThat(store.find(tenant, "inv-2").orElseThrow().answeredAt()).contains(answered);
    assertThat(store.find(tenant, "inv-3").orElseThrow().reminderPending()).isTrue();
    // a second answer leaves the first answer time on the invitations
    assertThat(store.recordAnswer(tenant, ANA, "s", answered.plusSeconds(60))).isEmpty();
    assertThat(store.find(tenant, "inv-1").orElseThrow().answeredAt()).contains(answered);
  }

  @Test
  void clearRemindersReturnsAndClearsThePendingOnes() {
    Instant reminder = T0.plus(Duration.ofDays(3));
    store.insert(invitation(tenant, "inv-1", ANA, "s", "email", T0, Optional.of(reminder)));
    store.insert(invitation(tenant, "inv-2", ANA, "t", "sms", T0.plusSeconds(5), Optional.of(reminder)));
    store.insert(invitation(tenant, "inv-3", BEN, "s", "email", T0, Optional.of(reminder)));
    assertThat(store.clearReminders(tenant, ANA)).extracting(Invitation::id).containsExactly("inv-1", "inv-2");
    assertThat(store.clearReminders(tenant, ANA)).isEmpty();
    assertThat(store.find(tenant, "inv-1").orElseThrow().reminderAt()).isEmpty();
    assertThat(store.find(tenant, "inv-1").orElseThrow().answeredAt()).isEmpty();
    assertThat(store.find(tenant, "inv-3").orElseThrow().reminderPending()).isTrue();
  }

  @Test
  void eraseRemovesTheRespondentOnly() {
    store.insert(invitation("inv-1", ANA, "s", T0));
    store.insert(invitation("inv-2", ANA, "t", T0));
    store.insert(invitation("inv-3", BEN, "s", T0));
    store.recordAnswer(tenant, ANA, "s", T0);
    assertThat(store.erase(tenant, ANA)).isEqualTo(2);
    assertThat(store.history(tenant, ANA, Instant.EPOCH, Instant.MAX)).isEmpty();
    assertThat(store.lockRespondent(tenant, ANA)).isEmpty();
    assertThat(store.find(tenant, "inv-3")).isPresent();
    // the event can be recorded again after erasure
    assertThat(store.insert(invitation("inv-1", ANA, "s", T0))).isTrue();
  }

  @Test
  void everythingInARolledBackTransactionIsUndone() {
    store.insert(invitation(tenant, "inv-0", ANA, "s", "email", T0, Optional.of(T0.plus(Duration.ofDays(2)))));
    Instant day = Instant.parse("2026-03-02T00:00:00Z");
    assertThatThrownBy(
            () ->
                store.unitOfWork().inTransaction(
                    tx -> {
                      store.lockRespondent(tenant, ANA);
                      store.insert(invitation("inv-1", ANA, "s", T0));
                      store.tryConsumeQuota(tenant, "s", day, 5);
                      store.recordAnswer(tenant, ANA, "s", T0);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(store.find(tenant, "inv-1")).isEmpty();
    assertThat(store.quotaUsed(tenant, "s", day)).isZero();
    assertThat(store.lockRespondent(tenant, ANA)).isEmpty();
    assertThat(store.find(tenant, "inv-0").orElseThrow().reminderPending()).isTrue();
  }

  @Test
  void instantsAreKeptToTheMillisecond() {
    Instant precise = Instant.parse("2026-03-02T09:00:00.123456789Z");
    store.insert(invitation("inv-1", ANA, "s", precise));
    assertThat(store.find(tenant, "inv-1").orElseThrow().sendAt())
        .isEqualTo(Instant.parse("2026-03-02T09:00:00.123Z"));
  }

  @Test
  void nullArgumentsAreRejectedWithTheirName() {
    assertThatThrownBy(() -> store.history(tenant, ANA, nullInstant(), Instant.MAX))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from must not be null");
  }

  @SuppressWarnings("NullAway")
  private static Instant nullInstant() {
    return null;
  }

  /** Lists the ids of a list of invitations, for messages. */
  protected static List<String> ids(List<Invitation> list) {
    return list.stream().map(Invitation::id).toList();
  }

  // ---- retention ---------------------------------------------------------------------------

  @Test
  void deleteSentBeforeDeletesOlderInvitationsOfEveryTenantInBatches() {
    // long before every other test's invitations: the JDBC kits share one schema
    Instant old = Instant.parse("2001-01-01T00:00:00Z");
    Instant cutoff = old.plusSeconds(100);
    for (int i = 0; i < 3; i++) {
      Instant at = old.plusSeconds(i);
      assertThat(
              store.insert(
                  new Invitation(
                      i == 1 ? otherTenant : tenant, "old-" + i, ANA, "nps", "e-old-" + i, "email",
                      at, at, Optional.empty(), Optional.empty())))
          .isTrue();
    }
    store.insert(
        new Invitation(tenant, "at-cutoff", ANA, "nps", "e-at", "email", cutoff, cutoff,
            Optional.empty(), Optional.empty()));

    assertThat(store.deleteSentBefore(cutoff, 2)).isEqualTo(2);
    assertThat(store.deleteSentBefore(cutoff, 2)).isEqualTo(1);
    assertThat(store.deleteSentBefore(cutoff, 2)).isZero();
    assertThat(store.find(tenant, "old-0")).isEmpty();
    assertThat(store.find(otherTenant, "old-1")).isEmpty();
    assertThat(store.find(tenant, "at-cutoff")).isPresent();
    assertThatThrownBy(() -> store.deleteSentBefore(cutoff, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 10000, but was 0");
  }
}
