package io.feedbackloop.core.store;

import io.feedbackloop.core.internal.Args;

/**
 * What {@link ResponseStore#erase} removed. Both counts are 0 when there was nothing (left) to
 * erase.
 *
 * @param responses the number of responses erased
 * @param attributes the number of attribute values erased with them
 */
public record ErasureReport(long responses, long attributes) {

  /** Creates a report, checking that the counts are {@code >= 0}. */
  public ErasureReport {
    Args.notNegative("responses", responses);
    Args.notNegative("attributes", attributes);
  }
}
