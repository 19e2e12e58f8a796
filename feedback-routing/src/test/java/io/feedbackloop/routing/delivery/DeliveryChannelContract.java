package io.feedbackloop.routing.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.feedbackloop.core.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit of the {@link DeliveryChannel} plug-in interface: every channel we ship
 * runs it, and a host can run it against its own. A subclass supplies a channel wired to a working
 * receiver, a deliverable message, and (when it can observe the receiver) the idempotency keys the
 * receiver saw.
 */
public abstract class DeliveryChannelContract {
  protected static final TenantId TENANT = TenantId.of("contract");

  /** A channel whose receiver accepts everything. */
  protected abstract DeliveryChannel channel();

  /** A message with {@code key} that {@link #channel()} can deliver. */
  protected abstract Message deliverable(String key);

  /**
   * The ids the receiver saw, in arrival order (see {@link #receivedIdOf}), or null if the receiver
   * cannot be observed (a no-op channel).
   */
  protected abstract @Nullable List<String> received();

  /**
   * The id under which the receiver sees {@code message}; by default its idempotency key. A channel
   * that derives the receiver's id from the key (e-mail's Message-ID) overrides this.
   */
  protected String receivedIdOf(Message message) {
    return message.idempotencyKey();
  }

  private List<String> idsOf(String... keys) {
    List<String> ids = new ArrayList<>();
    for (String key : keys) {
      ids.add(receivedIdOf(deliverable(key)));
    }
    return ids;
  }

  /** A message of {@link #deliverable} sent to {@code recipient} instead. */
  private Message to(Recipient recipient, String key) {
    return deliverable(key).toBuilder().recipient(recipient).build();
  }

  @Test
  void deliversAWellFormedMessage() {
    DeliveryResult result = channel().deliver(deliverable("contract-1"));

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    List<String> seen = received();
    if (seen != null) {
      assertThat(seen).containsExactlyElementsOf(idsOf("contract-1"));
    }
  }

  @Test
  void everyAttemptCarriesTheSameIdempotencyKey() {
    DeliveryChannel channel = channel();
    Message message = deliverable("contract-again");

    assertThat(channel.deliver(message)).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(channel.deliver(message)).isInstanceOf(DeliveryResult.Delivered.class);

    List<String> seen = received();
    if (seen != null) {
      assertThat(seen).containsExactlyElementsOf(idsOf("contract-again", "contract-again"));
    }
  }

  @Test
  void answersEveryRecipientKindWithAResultInsteadOfThrowing() {
    DeliveryChannel channel = channel();
    List<Recipient> kinds =
        List.of(
            Recipient.respondent("nobody-knows-me"),
            Recipient.email("contract@example.com"),
            Recipient.phone("+46701234567"),
            Recipient.team("support"));
    int n = 0;
    for (Recipient recipient : kinds) {
      DeliveryResult result = channel.deliver(to(recipient, "kind-" + n++));
      assertThat(result).as("result for a %s", recipient.getClass().getSimpleName()).isNotNull();
      if (!(result instanceof DeliveryResult.Delivered)) {
        assertThat(result.describe())
            .as("a refusal names no address")
            .doesNotContain("contract@example.com")
            .doesNotContain("701234567");
      }
    }
  }

  @Test
  void theEndpointIsAShortStableKeyWithoutPersonalData() {
    DeliveryChannel channel = channel();
    Message message = deliverable("contract-endpoint");

    String endpoint = channel.endpoint(message);

    assertThat(endpoint).isNotBlank().hasSizeLessThanOrEqualTo(255);
    assertThat(channel.endpoint(deliverable("contract-endpoint"))).isEqualTo(endpoint);
    assertThat(endpoint).doesNotContain(message.text());
  }

  @Test
  void isSafeToCallFromSeveralThreads() throws Exception {
    DeliveryChannel channel = channel();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<DeliveryResult>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Message message = deliverable("parallel-" + i);
        calls.add(() -> channel.deliver(message));
      }
      for (Future<DeliveryResult> f : pool.invokeAll(calls)) {
        assertThat(f.get()).isInstanceOf(DeliveryResult.Delivered.class);
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    List<String> seen = received();
    if (seen != null) {
      String[] keys = new String[40];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = "parallel-" + i;
      }
      assertThat(seen).containsExactlyInAnyOrderElementsOf(idsOf(keys));
    }
  }
}
