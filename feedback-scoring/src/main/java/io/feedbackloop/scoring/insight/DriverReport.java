package io.feedbackloop.scoring.insight;

import java.util.List;

/**
 * What drives the score: one row per topic mentioned, the topic whose fixing would raise the NPS
 * most first.
 *
 * @param n the responses counted, with or without a topic
 * @param topics the topics, by {@link TopicDriver#impact()} descending, then topic id (copied)
 */
public record DriverReport(long n, List<TopicDriver> topics) {

  /**
   * Creates a report.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public DriverReport {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, but was " + n);
    }
    topics = List.copyOf(topics);
  }
}
