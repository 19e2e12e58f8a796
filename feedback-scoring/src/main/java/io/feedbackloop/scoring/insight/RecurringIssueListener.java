package io.feedbackloop.scoring.insight;

/**
 * Receives {@link RecurringIssueDetected} events from a {@link RecurringIssueDetector}.
 *
 * <p>Called on the thread that recorded the mention, after the detector released its locks. A
 * listener that throws is caught and logged; the detector's state is not affected.
 */
@FunctionalInterface
public interface RecurringIssueListener {

  /** Handles one event. */
  void onRecurringIssue(RecurringIssueDetected event);

  /** A listener that does nothing. */
  static RecurringIssueListener noop() {
    return event -> {};
  }
}
