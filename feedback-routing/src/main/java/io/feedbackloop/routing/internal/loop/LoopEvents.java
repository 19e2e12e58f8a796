package io.feedbackloop.routing.internal.loop;

import io.feedbackloop.routing.loop.LoopEvent;
import io.feedbackloop.routing.loop.LoopListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events to the host's listeners, guarding each: a listener that throws is logged with the
 * event type and tenant (never content) and the others still get the event.
 */
public final class LoopEvents {
  private static final Logger LOG = LoggerFactory.getLogger(LoopEvents.class);

  private final List<LoopListener> listeners;

  /** Dispatches to {@code listeners}, in order. */
  public LoopEvents(List<LoopListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /** True if no listener is registered (then events need not be built at all). */
  public boolean isEmpty() {
    return listeners.isEmpty();
  }

  /** Publishes one event to every listener. */
  public void publish(LoopEvent event) {
    for (int i = 0; i < listeners.size(); i++) {
      try {
        listeners.get(i).onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn(
            "loop listener {} failed on {} in tenant {} ({})",
            i,
            event.getClass().getSimpleName(),
            event.tenant(),
            e.getClass().getName());
      }
    }
  }

  /** Publishes the events in order. */
  public void publishAll(List<LoopEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      publish(events.get(i));
    }
  }
}
