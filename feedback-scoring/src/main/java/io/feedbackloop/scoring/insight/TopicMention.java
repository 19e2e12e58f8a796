package io.feedbackloop.scoring.insight;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One analysed response as a {@link RecurringIssueDetector} counts it: the topics its text
 * mentions, when, and the segment attributes it belongs to.
 *
 * @param responseId the response's id, not blank
 * @param respondentId the respondent's host id where known, not blank when given
 * @param at when the response was given; the detector's clock (replaying history works)
 * @param segment segment attributes such as {@code region=north}; the detector keeps the ones it
 *     segments by and ignores the rest (copied)
 * @param topics the topic ids mentioned, not empty, none blank (copied, iterated in id order)
 */
public record TopicMention(
    String responseId,
    @Nullable String respondentId,
    Instant at,
    Map<String, String> segment,
    Set<String> topics) {

  /**
   * Creates a mention.
   *
   * @throws IllegalArgumentException if an id is blank, {@code topics} is empty or holds a blank
   *     id, or {@code segment} holds a null key or value
   * @throws NullPointerException if a required argument is null
   */
  public TopicMention {
    requireText("responseId", responseId);
    if (respondentId != null) {
      requireText("respondentId", respondentId);
    }
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(segment, "segment must not be null");
    Objects.requireNonNull(topics, "topics must not be null");
    for (Map.Entry<String, String> e : segment.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException(
            "segment must not hold null keys or values, but had " + e.getKey() + "=" + e.getValue());
      }
    }
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("topics must not be empty, but was []");
    }
    SortedSet<String> sorted = new TreeSet<>();
    for (String topic : topics) {
      if (topic == null || topic.isBlank()) {
        throw new IllegalArgumentException(
            "topics must hold non-blank ids, but had " + (topic == null ? "null" : "\"" + topic + "\""));
      }
      sorted.add(topic);
    }
    segment = Map.copyOf(segment);
    topics = Collections.unmodifiableSortedSet(sorted);
  }

  /** A mention without a respondent or segment attributes. */
  public static TopicMention of(String responseId, Instant at, Set<String> topics) {
    return new TopicMention(responseId, null, at, Map.of(), topics);
  }

  private static void requireText(String name, @Nullable String value) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, but was \"" + value + "\"");
    }
  }
}
