package io.feedbackloop.routing.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The compatibility kit every {@link SuppressionStore} passes. */
public abstract class SuppressionStoreContract {
  protected static final TenantId ACME = TenantId.of("acme");
  protected static final TenantId OTHER = TenantId.of("other");
  protected static final RespondentId ANA = RespondentId.of("customer-42");
  protected static final RespondentId BEN = RespondentId.of("customer-43");
  protected static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  protected SuppressionStore store;

  /** A new, empty store. */
  protected abstract SuppressionStore newStore();

  @BeforeEach
  void setUpStore() {
    store = newStore();
  }

  private static Suppression entry(RespondentId who, String channel, SuppressionReason reason) {
    return new Suppression(ACME, who, channel, reason, T0);
  }

  @Test
  void addsOncePerChannelAndKeepsTheFirstEntry() {
    Suppression sms = entry(ANA, "sms", SuppressionReason.SMS_STOP);
    assertThat(store.add(sms)).isTrue();
    assertThat(store.add(new Suppression(ACME, ANA, "sms", SuppressionReason.MANUAL, T0.plusSeconds(9))))
        .isFalse();
    assertThat(store.list(ACME, ANA)).containsExactly(sms);
    assertThat(store.find(ACME, ANA, "sms")).contains(sms);
    assertThat(store.find(ACME, ANA, "email")).isEmpty();
  }

  @Test
  void anEntryForAllChannelsBlocksEveryChannelAndWins() {
    Suppression sms = entry(ANA, "sms", SuppressionReason.SMS_STOP);
    Suppression all = entry(ANA, Suppression.ALL_CHANNELS, SuppressionReason.UNSUBSCRIBED);
    store.add(sms);
    store.add(all);
    assertThat(store.find(ACME, ANA, "email")).contains(all);
    assertThat(store.find(ACME, ANA, "sms")).contains(all);
    assertThat(store.list(ACME, ANA)).containsExactly(all, sms);
  }

  @Test
  void removesExactlyOneChannel() {
    store.add(entry(ANA, "sms", SuppressionReason.SMS_STOP));
    Suppression all = entry(ANA, Suppression.ALL_CHANNELS, SuppressionReason.UNSUBSCRIBED);
    store.add(all);
    assertThat(store.remove(ACME, ANA, "sms")).isTrue();
    assertThat(store.remove(ACME, ANA, "sms")).isFalse();
    assertThat(store.list(ACME, ANA)).containsExactly(all);
    assertThat(store.remove(ACME, ANA, Suppression.ALL_CHANNELS)).isTrue();
    assertThat(store.list(ACME, ANA)).isEmpty();
  }

  @Test
  void tenantsAndRespondentsAreApart() {
    store.add(entry(ANA, "email", SuppressionReason.HARD_BOUNCE));
    assertThat(store.find(OTHER, ANA, "email")).isEmpty();
    assertThat(store.find(ACME, BEN, "email")).isEmpty();
    assertThat(store.remove(OTHER, ANA, "email")).isFalse();
    assertThat(store.list(ACME, ANA)).hasSize(1);
  }

  @Test
  void joinsTheCallersTransactionAndRollsBackWithIt() {
    store.add(entry(BEN, "sms", SuppressionReason.SMS_STOP));
    assertThatThrownBy(
            () ->
                store
                    .unitOfWork()
                    .inTransaction(
                        tx -> {
                          store.add(entry(ANA, "email", SuppressionReason.HARD_BOUNCE));
                          store.remove(ACME, BEN, "sms");
                          assertThat(store.find(ACME, ANA, "email")).isPresent();
                          assertThat(store.find(ACME, BEN, "sms")).isEmpty();
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(store.find(ACME, ANA, "email")).isEmpty();
    assertThat(store.find(ACME, BEN, "sms")).isPresent();
  }

  @Test
  void checksChannelNames() {
    assertThatThrownBy(() -> store.find(ACME, ANA, "*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "channel must be 1-64 characters of letters, digits, '.', '_' or '-' starting with a"
                + " letter or digit, but was '*'");
    assertThatThrownBy(() -> store.remove(ACME, ANA, "a b"))
        .hasMessageStartingWith("channel must be 1-64 characters");
  }
}
