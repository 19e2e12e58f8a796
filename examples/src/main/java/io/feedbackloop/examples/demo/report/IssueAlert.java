package io.feedbackloop.examples.demo.report;

import io.feedbackloop.scoring.insight.RecurringIssueDetected;
import java.time.Instant;

/**
 * A recurring issue the detector raised: a topic far more frequent than usual in one segment.
 *
 * @param topic the topic id
 * @param segment the segment label ({@code region=north}, or {@code all})
 * @param windowStart the start of the counted window, inclusive
 * @param windowEnd the end of the window, exclusive
 * @param count the mentions in the window
 * @param baseline the mentions expected in such a window
 */
public record IssueAlert(
    String topic,
    String segment,
    Instant windowStart,
    Instant windowEnd,
    long count,
    double baseline) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the window is empty, the count negative or the baseline
   *     negative or not finite
   */
  public IssueAlert {
    Checks.notBlank("topic", topic);
    Checks.notNull("segment", segment);
    Checks.notNull("windowStart", windowStart);
    Checks.notNull("windowEnd", windowEnd);
    if (!windowEnd.isAfter(windowStart)) {
      throw new IllegalArgumentException(
          "windowEnd must be after windowStart (" + windowStart + "), but was " + windowEnd);
    }
    Checks.notNegative("count", count);
    if (!(baseline >= 0) || Double.isInfinite(baseline)) {
      throw new IllegalArgumentException("baseline must be finite and >= 0, but was " + baseline);
    }
  }

  /**
   * The alert of a detector event (the latest event of an episode carries its largest count).
   *
   * @throws NullPointerException if the event is null
   */
  public static IssueAlert of(RecurringIssueDetected event) {
    Checks.notNull("event", event);
    return new IssueAlert(
        event.topic(),
        event.segmentLabel(),
        event.windowStart(),
        event.windowEnd(),
        event.count(),
        event.baseline());
  }
}
