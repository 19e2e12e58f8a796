package io.feedbackloop.routing.loop;

import io.feedbackloop.core.response.Response;
import io.feedbackloop.routing.rules.Action;

/**
 * Executes the {@link Action.Custom} actions of one custom type, registered with {@link
 * FeedbackLoop.Builder#customAction}.
 *
 * <p>Called inside the submit's unit of work, on the submitting thread: if it throws, the whole
 * submit rolls back (the response, cases and messages are not kept) and the exception reaches the
 * caller of {@code submit}. A handler with side effects outside the loop's stores should make them
 * idempotent by {@code idempotencyKey} (a submit that rolled back may be retried), or only queue
 * them. Must be thread-safe.
 */
@FunctionalInterface
public interface CustomActionHandler {

  /**
   * Executes one action.
   *
   * @param response the response whose rule asked for it (stored in the same unit of work)
   * @param action the action with its parameters
   * @param idempotencyKey the action's stable key ({@link
   *     io.feedbackloop.routing.rules.KeyedAction#key()})
   */
  void execute(Response response, Action.Custom action, String idempotencyKey);
}
