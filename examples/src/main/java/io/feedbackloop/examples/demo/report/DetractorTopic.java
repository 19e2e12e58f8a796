package io.feedbackloop.examples.demo.report;

/**
 * A topic that detractors talk about.
 *
 * @param topic the topic id
 * @param mentions detractor comments mentioning it
 * @param share those mentions of all detractors, in [0, 1]
 */
public record DetractorTopic(String topic, long mentions, double share) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if the topic is null
   * @throws IllegalArgumentException if the topic is blank, the count negative or the share not in
   *     [0, 1]
   */
  public DetractorTopic {
    Checks.notBlank("topic", topic);
    Checks.notNegative("mentions", mentions);
    Checks.share("share", share);
  }
}
