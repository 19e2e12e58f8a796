package io.feedbackloop.scoring.text;

import java.util.Objects;

/**
 * One place where a comment mentions a topic.
 *
 * @param topic the topic id
 * @param term the taxonomy term that matched, as written in the taxonomy
 * @param start the offset of the first matched character in the text
 * @param end the offset after the last matched character
 * @param negated whether a negation word stands just before it ("not late", "inte försenad")
 */
public record TopicMatch(String topic, String term, int start, int end, boolean negated) {
  /**
   * Creates a match.
   *
   * @throws IllegalArgumentException if {@code start < 0} or {@code end <= start}
   */
  public TopicMatch {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(term, "term");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "match must satisfy 0 <= start < end, but was [" + start + ", " + end + ")");
    }
  }
}
