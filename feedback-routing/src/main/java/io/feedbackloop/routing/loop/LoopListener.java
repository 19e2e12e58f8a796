package io.feedbackloop.routing.loop;

/**
 * Receives the {@link LoopEvent}s of a {@link FeedbackLoop}, registered with {@link
 * FeedbackLoop.Builder#listener}.
 *
 * <p>Called on the thread that did the work (the one that called {@code submit} or {@code
 * runDueWork}), after the work committed; must be thread-safe and should return quickly (hand slow
 * work to the host's own executor). A listener that throws is logged with the event type and ids
 * and skipped: the loop and the other listeners carry on.
 */
@FunctionalInterface
public interface LoopListener {

  /** One event. */
  void onEvent(LoopEvent event);

  /** A listener that does nothing. */
  static LoopListener noop() {
    return event -> {};
  }
}
