package io.feedbackloop.routing.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionListenerTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final RespondentId ANA = RespondentId.of("customer-42");

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final InMemorySuppressionStore store = InMemorySuppressionStore.create();

  @Test
  void eachNewSuppressionCancelsTheRespondentsReminders() {
    List<String> cancelled = new ArrayList<>();
    InboundSignals signals =
        InboundSignals.builder()
            .store(store)
            .clock(clock)
            .listener(
                SuppressionListener.cancellingReminders(
                    (tenant, respondent) -> {
                      cancelled.add(tenant.value() + "/" + respondent.value());
                      return 1;
                    }))
            .build();

    assertThat(signals.hardBounce(TENANT, ANA)).isTrue();
    assertThat(signals.hardBounce(TENANT, ANA)).as("a repeated signal").isFalse();
    signals.smsReply(TENANT, ANA, "STOP");

    assertThat(cancelled).containsExactly("acme/customer-42", "acme/customer-42");
  }

  @Test
  void aThrowingListenerDoesNotUndoTheSuppression() {
    InboundSignals signals =
        InboundSignals.builder()
            .store(store)
            .clock(clock)
            .listener(
                entry -> {
                  throw new IllegalStateException("boom");
                })
            .build();

    assertThat(signals.unsubscribe(TENANT, ANA, Suppression.ALL_CHANNELS, "preference-centre")).isTrue();

    assertThat(store.find(TENANT, ANA, "email"))
        .hasValueSatisfying(s -> assertThat(s.reason()).isEqualTo(SuppressionReason.UNSUBSCRIBED));
  }

  @Test
  void theNoopListenerAcceptsAnything() {
    SuppressionListener.noop()
        .suppressed(
            new Suppression(TENANT, ANA, "*", SuppressionReason.MANUAL, clock.instant()));
    assertThat(store.list(TENANT, ANA)).isEmpty();
  }
}
