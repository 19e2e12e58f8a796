package io.feedbackloop.routing.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cache passes the same contract, and shows its own changes at once. */
class CachedSuppressionStoreTest extends SuppressionStoreContract {
  private final InMemorySuppressionStore truth = InMemorySuppressionStore.create();
  private final MutableClock clock = MutableClock.at(T0);

  @Override
  protected SuppressionStore newStore() {
    return SuppressionStore.cached(truth, 100, Duration.ofMinutes(1), clock);
  }

  @Test
  void aChangeThroughTheCacheIsSeenAtOnce() {
    assertThat(store.find(ACME, ANA, "email")).isEmpty();
    store.add(new Suppression(ACME, ANA, "email", SuppressionReason.HARD_BOUNCE, T0));
    assertThat(store.find(ACME, ANA, "email")).isPresent();
    store.remove(ACME, ANA, "email");
    assertThat(store.find(ACME, ANA, "email")).isEmpty();
  }

  @Test
  void aChangeAroundTheCacheIsSeenAfterTheTimeToLive() {
    assertThat(store.find(ACME, ANA, "email")).isEmpty();
    truth.add(new Suppression(ACME, ANA, "email", SuppressionReason.MANUAL, T0));
    assertThat(store.find(ACME, ANA, "email")).as("cached").isEmpty();
    clock.advance(Duration.ofSeconds(61));
    assertThat(store.find(ACME, ANA, "email")).isPresent();
  }

  @Test
  void aReadInsideARolledBackTransactionLeavesNothingStaleBehind() {
    try {
      store
          .unitOfWork()
          .inTransaction(
              tx -> {
                store.add(new Suppression(ACME, ANA, "sms", SuppressionReason.SMS_STOP, T0));
                assertThat(store.find(ACME, ANA, "sms")).isPresent();
                throw new IllegalStateException("boom");
              });
    } catch (IllegalStateException expected) {
      // the rollback is the point
    }
    assertThat(store.find(ACME, ANA, "sms")).isEmpty();
  }
}
