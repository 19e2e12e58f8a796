package io.feedbackloop.routing.link;

/**
 * Hears about every refused link, with the internal reason (for a metric or an audit log; never
 * show the reason to the visitor). Called on the thread that checked the link; must be fast and
 * thread-safe. One that throws is caught and logged, and the refusal stands.
 */
@FunctionalInterface
public interface LinkRejectionListener {

  /** Called once per refused token. */
  void rejected(LinkRejection reason);

  /** A listener that does nothing. */
  static LinkRejectionListener noop() {
    return reason -> {};
  }
}
