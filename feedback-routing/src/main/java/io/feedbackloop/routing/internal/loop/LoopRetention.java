package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.routing.loop.RetentionPolicy;
import io.feedbackloop.routing.loop.RetentionReport;
import java.time.Instant;

/** Deletes what a {@link RetentionPolicy} no longer keeps, in bounded batches. */
public final class LoopRetention {

  private LoopRetention() {}

  /** One retention pass at {@code now}; a policy that keeps all deletes nothing. */
  @SuppressWarnings("DoNotCallSuggester") // a stub until built
  public static RetentionReport run(LoopStores stores, RetentionPolicy policy, Instant now) {
    throw new UnsupportedOperationException("LoopRetention.run: not built yet");
  }
}
