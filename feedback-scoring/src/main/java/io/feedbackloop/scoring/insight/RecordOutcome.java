package io.feedbackloop.scoring.insight;

import java.util.List;

/**
 * What {@link RecurringIssueDetector#record} did with one mention.
 *
 * @param ignored true when the mention was older than the detector's retained history and was
 *     counted nowhere
 * @param events the events the mention emitted, in topic order (empty when ignored); the same
 *     events went to the listener
 */
public record RecordOutcome(boolean ignored, List<RecurringIssueDetected> events) {
  private static final RecordOutcome IGNORED = new RecordOutcome(true, List.of());
  private static final RecordOutcome QUIET = new RecordOutcome(false, List.of());

  /**
   * Creates an outcome; {@code events} is copied.
   *
   * @throws IllegalArgumentException if an ignored mention has events
   */
  public RecordOutcome {
    events = List.copyOf(events);
    if (ignored && !events.isEmpty()) {
      throw new IllegalArgumentException(
          "events must be empty for an ignored mention, but had " + events.size());
    }
  }

  /** The outcome of a mention that was too old to count. */
  public static RecordOutcome ignoredMention() {
    return IGNORED;
  }

  /** The outcome of a counted mention that emitted {@code events} (possibly none). */
  public static RecordOutcome counted(List<RecurringIssueDetected> events) {
    return events.isEmpty() ? QUIET : new RecordOutcome(false, events);
  }
}
