package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.delivery.DeliveryChannel;
import io.feedbackloop.routing.delivery.DeliveryResult;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.suppression.Suppression;
import io.feedbackloop.routing.suppression.SuppressionReason;
import io.feedbackloop.routing.suppression.SuppressionStore;
import java.time.Instant;
import java.util.List;

/**
 * Ends a rule's time-limited survey suppression. A suppression has no end time, so the loop queues
 * a message on this internal channel when it adds one, due when the period ends: delivering it
 * removes the entry, but only if it is still the one the rule added (MANUAL, same start), so a later
 * unsubscribe is never lifted. Going through the outbox keeps the lift durable and at-least-once.
 */
public final class SuppressionLift implements DeliveryChannel {
  /** The channel name the lift messages are queued on. */
  public static final String CHANNEL = "loop-suppression-lift";

  /** The metadata key holding the start of the suppression to lift. */
  public static final String SINCE = "since";

  private final SuppressionStore store;

  /** Lifts suppressions in {@code store}. */
  public SuppressionLift(SuppressionStore store) {
    this.store = store;
  }

  /** The lift message for {@code entry}, keyed {@code key}. */
  public static Message message(Suppression entry, String key) {
    return Message.builder()
        .tenant(entry.tenant())
        .recipient(new Recipient.Respondent(entry.respondent()))
        .subject("survey suppression ends")
        .text("survey suppression ends")
        .idempotencyKey(key)
        .metadata(SINCE, entry.since().toString())
        .build();
  }

  @Override
  public DeliveryResult deliver(Message message) {
    if (!(message.recipient() instanceof Recipient.Respondent r)) {
      return DeliveryResult.permanent("a suppression lift must name a respondent");
    }
    String since = message.metadata().get(SINCE);
    if (since == null) {
      return DeliveryResult.permanent("a suppression lift must carry its start");
    }
    Instant start = Instant.parse(since);
    RespondentId respondent = r.id();
    List<Suppression> entries = store.list(message.tenant(), respondent);
    for (Suppression s : entries) {
      if (Suppression.ALL_CHANNELS.equals(s.channel())
          && s.reason() == SuppressionReason.MANUAL
          && s.since().equals(start)) {
        store.remove(message.tenant(), respondent, Suppression.ALL_CHANNELS);
      }
    }
    return DeliveryResult.delivered();
  }
}
