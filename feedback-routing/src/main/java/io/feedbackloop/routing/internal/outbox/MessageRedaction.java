package io.feedbackloop.routing.internal.outbox;

import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.routing.delivery.Message;
import io.feedbackloop.routing.delivery.Recipient;
import io.feedbackloop.routing.outbox.OutboxStore;
import java.util.Optional;

/** The erasure rules for outbox messages, shared by the in-memory and JDBC outbox stores. */
public final class MessageRedaction {
  private MessageRedaction() {}

  /** The respondent {@code m} is addressed to, if it goes to a respondent. */
  public static Optional<RespondentId> respondentOf(Message m) {
    return m.recipient() instanceof Recipient.Respondent r ? Optional.of(r.id()) : Optional.empty();
  }

  /**
   * {@code m} without its content: same tenant, recipient, key and locale; subject and text
   * {@link OutboxStore#ERASED}; no HTML, metadata or headers (they may carry names, scores or
   * links).
   */
  public static Message redact(Message m) {
    return Message.builder()
        .tenant(m.tenant())
        .recipient(m.recipient())
        .idempotencyKey(m.idempotencyKey())
        .locale(m.locale())
        .subject(OutboxStore.ERASED)
        .text(OutboxStore.ERASED)
        .build();
  }
}
