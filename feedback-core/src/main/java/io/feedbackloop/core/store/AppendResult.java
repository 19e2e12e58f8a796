package io.feedbackloop.core.store;

import io.feedbackloop.core.internal.Args;
import io.feedbackloop.core.response.Response;

/**
 * What {@link ResponseStore#append} did.
 *
 * @param response the stored response: the one given when {@code created}, else the one stored
 *     first under the same idempotency key (which may differ in id and submission time)
 * @param created true if this call stored the response, false if it was a harmless retry
 */
public record AppendResult(Response response, boolean created) {

  /** Creates a result. */
  public AppendResult {
    Args.notNull("response", response);
  }
}
