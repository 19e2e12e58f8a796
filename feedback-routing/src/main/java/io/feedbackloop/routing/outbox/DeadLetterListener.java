package io.feedbackloop.routing.outbox;

/**
 * Told when the {@link OutboxWorker} gives up on a message, after the dead letter is recorded: to
 * alert an operator or open a ticket. The worker guards it: a listener that throws is logged (by
 * key, never content) and the worker carries on. Called on the thread that runs the worker; must
 * not block for long.
 */
@FunctionalInterface
public interface DeadLetterListener {

  /**
   * A message became a dead letter.
   *
   * @param deadLetter the message, in state {@link OutboxState#DEAD}, with the reason as its {@link
   *     OutboxMessage#lastError() last error}
   */
  void onDeadLetter(OutboxMessage deadLetter);

  /** A listener that does nothing (the default). */
  static DeadLetterListener noop() {
    return deadLetter -> {};
  }
}
