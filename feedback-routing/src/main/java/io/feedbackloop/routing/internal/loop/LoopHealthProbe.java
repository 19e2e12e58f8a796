package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.routing.invite.ReasonCode;
import io.feedbackloop.routing.loop.LoopHealth;
import java.time.Instant;
import java.util.Map;

/** Reads a {@link LoopHealth} snapshot off the stores. */
public final class LoopHealthProbe {

  private LoopHealthProbe() {}

  /** The snapshot at {@code now}, with this node's suppression counts. */
  @SuppressWarnings("DoNotCallSuggester") // a stub until built
  public static LoopHealth snapshot(
      LoopStores stores, Instant now, Map<ReasonCode, Long> invitationsSuppressed) {
    throw new UnsupportedOperationException("LoopHealthProbe.snapshot: not built yet");
  }
}
